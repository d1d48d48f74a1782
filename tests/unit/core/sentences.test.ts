import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/src/core/sentences';

describe('splitSentences', () => {
  it('splits sentences and gives offsets into the text', () => {
    const text = 'Pakistan denied it. Armenia insisted!  Who is right?';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Pakistan denied it.', 'Armenia insisted!', 'Who is right?']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('never crosses a "\\n", even without a full stop before it', () => {
    const text = 'Headline without a stop\nBody sentence one. Body two\n\n  Caption';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Headline without a stop', 'Body sentence one.', 'Body two', 'Caption']);
    for (const x of s) {
      expect(x.text.includes('\n')).toBe(false);
      expect(text.slice(x.start, x.end)).toBe(x.text);
    }
  });

  it('handles other scripts', () => {
    expect(splitSentences('Пакистан опроверг. Армения настаивает.').map((x) => x.text)).toHaveLength(2);
    expect(splitSentences('Հայաստանը հայտարարեց։ Ադրբեջանը հերքեց։')).toHaveLength(2);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n \n')).toEqual([]);
  });
});
