/**
 * The sentence splitter applies Unicode's sentence rules itself (src/core/sentences.ts); here it is
 * held to Intl.Segmenter, which it replaces, on real text in every language we read and on random
 * strings of the characters the rules turn on.
 */
import { describe, expect, it } from 'vitest';
import { CANDIDATES, splitSentences } from '@/src/core/sentences';
import type { Sentence } from '@/src/core/types';
import { corpusParagraphs, corpusRows, seedTexts } from '@/tests/support/corpus-texts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** What splitSentences gave when it called Intl.Segmenter on each block. */
function bySegmenter(text: string): Sentence[] {
  const out: Sentence[] = [];
  let blockStart = 0;
  for (const block of text.split('\n')) {
    for (const seg of segmenter.segment(block)) {
      const lead = seg.segment.length - seg.segment.replace(/^[\s\u00a0]+/, '').length;
      const trimmed = seg.segment.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
      if (!trimmed) continue;
      const start = blockStart + seg.index + lead;
      out.push({ start, end: start + trimmed.length, text: trimmed });
    }
    blockStart += block.length + 1;
  }
  return out;
}

const rows = corpusRows();

describe('splitSentences gives the sentences Intl.Segmenter gives', () => {
  it('on every real corpus sentence, alone', () => {
    for (const r of rows) expect(splitSentences(r.sentence), r.sentence).toEqual(bySegmenter(r.sentence));
  });

  it('on every article of the corpus, its sentences joined into one paragraph', () => {
    const paragraphs = corpusParagraphs(rows);
    expect(paragraphs.length).toBeGreaterThan(100);
    let sentences = 0;
    for (const p of paragraphs) {
      const expected = bySegmenter(p);
      expect(splitSentences(p), p).toEqual(expected);
      sentences += expected.length;
    }
    expect(sentences).toBeGreaterThan(rows.length * 0.9);
  });

  it('on the seed documents, line by line', () => {
    for (const text of seedTexts()) expect(splitSentences(text)).toEqual(bySegmenter(text));
  });

  it('on random strings of terminals, brackets, quotes, spaces, letters, digits and marks', () => {
    const alphabet = [
      ...'.?!։।۔。…',
      '\u2024', '\uFF0E', '\uFE52', '\u3002', '\u061F', '\u0964',
      ...'"\'()[]«»“”‘’„‚‹›',
      ' ', '\u00a0', '\t', '\u2003', '\u2029', '\u0085', '\r',
      ...'aAzZéÉßŁłиИՀհשاپनあ漢',
      '\u01C5', '\u05F3',
      ...'019٣३',
      ...',:;-–—、،',
      '\u0301', '\u093E', '\u200B', '\u200D', '\u00AD', '\uFEFF',
      '\u{1F600}', '\u{1D400}', '\u{1D41A}',
      ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
    ];
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      const len = 1 + Math.floor(rand() * 12);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      expect(splitSentences(s), JSON.stringify(s)).toEqual(bySegmenter(s));
    }
  }, 60_000);
});

describe('the places the splitter looks at', () => {
  it('include every sentence terminal Unicode knows (else the rules are never asked there)', () => {
    const missed: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!/\p{Sentence_Terminal}/u.test(ch)) continue;
      CANDIDATES.lastIndex = 0;
      if (CANDIDATES.exec(ch)?.index !== 0) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
