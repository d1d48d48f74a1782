import { describe, expect, it } from 'vitest';
import { pieces, scanText, type Scanner } from '@/src/page/scanner';
import { createCoreScanner } from '@/src/page/core-scanner';
import { BUNDLED_DATASET } from '@/src/data/bundled';

describe('pieces', () => {
  it('cuts long text only at block boundaries and loses nothing', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i} about Karabakh.`).join('\n');
    const parts = [...pieces(text)];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const p of parts.slice(0, -1)) expect(p.text.endsWith('\n')).toBe(true);
    for (const p of parts) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
});

describe('scanText with the core', () => {
  const scanner: Scanner = createCoreScanner([BUNDLED_DATASET], 0.5);
  const noYield = { yieldToLoop: async () => {} };

  it('finds mentions and the claim sentence with offsets into the whole text', async () => {
    const text =
      'Fighting resumed in Nagorno-Karabakh.\n' +
      'A report claimed the Pakistan Army was fighting alongside Azerbaijani forces against Armenia in Agdam.\n' +
      'Pakistan rejected the “speculative and baseless” reports.';
    const scan = await scanText(scanner, text, noYield);
    expect(scan.topic).toBe(true);
    expect(scan.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Nagorno-Karabakh', 'Agdam']);
    expect(scan.matches.length).toBeGreaterThan(0);
    for (const m of scan.matches) {
      expect(m.claimId).toBe('pakistan-troops-agdam-2020');
      expect(text.slice(m.start, m.end).trim()).toBe(m.sentence.trim());
    }
  });

  it('finds nothing to match on a page that is not about the topic', async () => {
    const scan = await scanText(scanner, 'Pakistani troops fought militants near the Afghan border.', noYield);
    expect(scan).toMatchObject({ topic: false, matches: [] });
  });

  it('yields between slices on long text', async () => {
    const text = 'Shelling near Stepanakert was reported in Karabakh.\n'.repeat(3000);
    let yields = 0;
    await scanText(scanner, text, { sliceMs: 0, yieldToLoop: async () => void yields++ });
    expect(yields).toBeGreaterThan(1);
  });
});
