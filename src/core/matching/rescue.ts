/**
 * The misspelling rescue: documents a sentence nearly matched get one more look through Fuse's fuzzy
 * token search ("Pakistany", "Azerbaijian"). Fuse's pairing of words is not trusted as is: Fuse
 * accepts a long pattern when any 32-character chunk of it matches, so each sentence word it
 * proposes must be within a small edit distance of a word of the document before its concept counts.
 */
import Fuse from 'fuse.js';
import { conceptOf } from '../lexicon';
import { codePoints, longWords } from '../words';
import type { ClaimIndex, Doc } from './index';
import { levenshtein } from './levenshtein';
import type { Verdict } from './rules';
import type { Thresholds } from './thresholds';
import { verify } from './verify';
import type { SentenceInfo } from './sentence';

/**
 * The words a rescue looks at: words the claims do not know, that begin like a word of theirs
 * (misspellings usually keep the first letters).
 */
export function unknownWords(index: ClaimIndex, sentence: SentenceInfo): string[] {
  const unknown = new Set<string>();
  for (const w of sentence.words()) {
    // Its words of five letters or more (longWords, from the words the sentence has found already).
    if (codePoints(w) >= 5 && index.heads.has(w.slice(0, 3)) && !index.vocabulary.has(conceptOf(w)?.id ?? w)) unknown.add(w);
  }
  return [...unknown];
}

/** Verdicts for the candidates with the sentence's unknown words (see unknownWords) read as theirs. */
export function rescue(index: ClaimIndex, t: Thresholds, sentence: SentenceInfo, candidates: Doc[], unknown: readonly string[]): Verdict[] {
  if (unknown.length === 0) return [];
  // Fuse only for a document with a word that begins like one of the unknown words.
  const near = candidates.filter((d) => {
    const own = (d.heads ??= new Set(longWords(d.folded).map((w) => w.slice(0, 3))));
    return unknown.some((w) => own.has(w.slice(0, 3)));
  });
  if (near.length === 0) return [];
  const fuse = new Fuse(near, { keys: ['folded'], useTokenSearch: true, includeMatches: true, threshold: 0.34, ignoreLocation: true });
  const out: Verdict[] = [];
  for (const hit of fuse.search(unknown.join(' '))) {
    const docWords = new Set<string>();
    for (const m of hit.matches ?? []) for (const [s, e] of m.indices) docWords.add((m.value ?? '').slice(s, e + 1));
    const extra = new Set<string>();
    for (const w of unknown) {
      const max = w.length >= 8 ? 2 : 1;
      for (const dw of docWords) {
        const c = conceptOf(dw);
        if (c && dw.length >= 5 && levenshtein(w, dw, max) <= max) extra.add(c.id);
      }
    }
    if (extra.size === 0) continue;
    const v = verify(index, t, hit.item, sentence, extra);
    if (v) out.push({ ...v, score: v.score * 0.95 });
  }
  return out;
}
