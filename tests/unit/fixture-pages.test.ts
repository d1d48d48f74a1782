/**
 * The fixture pages (tests/fixtures/pages/<case>/) as committed: the hand-built ones are still what
 * their generator writes, and every case says what a reader should see on it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES, SPECIAL_FIXTURES } from '../fixtures/lib/build-special-fixtures.mjs';

const cases = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('fixture pages', () => {
  it('the hand-built cases are what build-special-fixtures.mjs writes (rerun it after changing it)', () => {
    expect(SPECIAL_FIXTURES.length).toBeGreaterThanOrEqual(10);
    for (const { name, files } of SPECIAL_FIXTURES) {
      for (const [file, text] of Object.entries(files)) {
        const path = join(PAGES, name, file);
        expect(existsSync(path), `${name}/${file} is not committed`).toBe(true);
        expect(readFileSync(path, 'utf8'), `${name}/${file} differs from what the generator writes`).toBe(text);
      }
    }
  });

  it('every case has its page and a meta.json saying where it is served and what a reader sees', () => {
    for (const name of cases) {
      const meta = JSON.parse(readFileSync(join(PAGES, name, 'meta.json'), 'utf8')) as { title?: string; hostname?: string; expected?: string; generator?: string };
      expect(meta.title, name).toBeTruthy();
      expect(meta.hostname, name).toMatch(/^[a-z0-9.-]+$/);
      expect(meta.expected, name).toBeTruthy();
      expect(meta.expected, name).not.toBe('Describe what a reader should see here.');
      expect(existsSync(join(PAGES, name, meta.generator ?? 'index.html')), `${name}: no page or generator`).toBe(true);
    }
  });

  it('real pages say where they come from, fetch nothing, and the ones made from the corpus hold only sentences of its tuning half only, in order', () => {
    const real = cases.filter((c) => c.startsWith('real-'));
    expect(real.length).toBeGreaterThanOrEqual(3);
    for (const name of real) {
      const meta = JSON.parse(readFileSync(join(PAGES, name, 'meta.json'), 'utf8')) as { source?: string; url?: string };
      expect(meta.source, `${name}: meta.source`).toBeTruthy();
      expect(meta.url, `${name}: meta.url`).toMatch(/^https?:\/\//);
      const html = readFileSync(join(PAGES, name, 'index.html'), 'utf8');
      expect(html, `${name} runs or loads something`).not.toMatch(/<script|<img|<iframe|<link\s+rel="stylesheet"|\ssrc=/i);
      const corpus = /tests\/eval\/real\/(\w+)\.tsv/.exec(meta.source!);
      if (!corpus) continue;
      const lines = readFileSync(join(PAGES, '../../eval/real', `${corpus[1]}.tsv`), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
      const header = lines[0]!.split('\t');
      const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v])) as Record<string, string>);
      const sentences = rows.filter((r) => r.url === meta.url).sort((a, b) => Number(a.seq) - Number(b.seq)).map((r) => r.sentence);
      const unescape = (t: string) => t.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const shown = [...html.matchAll(/<(h1|p)>([\s\S]*?)<\/\1>/g)].map((m) => unescape(m[2]!));
      expect(sentences.length, `${name}: no sentence of ${meta.url} in the corpus`).toBeGreaterThan(0);
      // A browser test passing on a page is a reason to keep its sentences matched, so they come from the tuning half only.
      expect(rows.filter((r) => r.url === meta.url && r.half !== 'tune').map((r) => r.seq), `${name}: sentences from the corpus's test half`).toEqual([]);
      expect(shown, `${name}: the page's text is not the article's published sentences, in order`).toEqual(sentences);
      // And no other text anywhere: the title is the headline.
      expect(unescape(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ''), `${name} holds text of ours`).toBe((sentences[0] + sentences.join('')).replace(/\s+/g, ''));
    }
  });
});
