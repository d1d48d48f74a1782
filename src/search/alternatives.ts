/**
 * The words of the index a query word may mean: the same word, words it begins (the word being
 * typed), words Fuse's Bitap scorer accepts as a typo of it, and the words of its concept in every
 * language, each with how well it stands for the query word (1 = the same word).
 */
import Fuse from 'fuse.js';
import { conceptWord } from './concepts';
import { CONCEPT_PREFIX, type WordSource } from './word-source';

/** Word → how well it stands for the query word. */
export type Alternatives = Map<string, number>;

/** How well a word of the same concept stands for a query word (the same word is 1, a typo up to 0.8). */
const CONCEPT_QUALITY = 0.75;
const MAX_PREFIX_WORDS = 60;
const MAX_FUZZY_CANDIDATES = 80;
const FUSE_WORD_OPTIONS = { threshold: 0.34, ignoreLocation: true, isCaseSensitive: true } as const;

export function alternatives(source: WordSource, norm: string, typing: boolean): Alternatives {
  const out: Alternatives = new Map();
  if (source.posting(norm)) out.set(norm, 1);
  if (norm.length >= 3 || (typing && norm.length >= 2)) addPrefixed(source, norm, out);
  if (norm.length >= 5) addFuzzy(source, norm, out);
  // The query word's concept: the claims' words of the same concept in every language.
  // Not for English words: they find English claims themselves, and the other languages' claims
  // through the English wordings every claim has; a Russian or Turkish word has no such way.
  const c = conceptWord(norm, true);
  const key = c === null ? undefined : CONCEPT_PREFIX + c;
  if (key !== undefined && source.posting(key) && (out.get(key) ?? 0) < CONCEPT_QUALITY) out.set(key, CONCEPT_QUALITY);
  return out;
}

function addPrefixed(source: WordSource, norm: string, out: Alternatives) {
  // Every word that starts with `norm` starts with its first unit, so its group holds them all, in order.
  const { words } = source.group(norm[0]!);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < norm) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo, n = 0; i < words.length && n < MAX_PREFIX_WORDS; i++, n++) {
    const w = words[i]!;
    if (!w.startsWith(norm)) break;
    // A short prefix of a long word is a weaker guess than a near-complete one.
    const q = 0.7 + 0.2 * (norm.length / w.length);
    if ((out.get(w) ?? 0) < q) out.set(w, q);
  }
}

function addFuzzy(source: WordSource, norm: string, out: Alternatives) {
  const grams = [...new Set(trigramsOf(norm))];
  const need = Math.max(1, Math.ceil(grams.length / 3));
  // Readers rarely mistype a word's first letter; requiring it keeps "pakistani" from finding
  // "afghanistan", and keeps the candidates to the query word's group.
  const { words, ids } = source.group(norm[0]!);
  const candidates: { w: string; shared: number; first: number; id: number }[] = [];
  words.forEach((w, i) => {
    if (Math.abs(w.length - norm.length) > 2 || out.has(w)) return;
    let shared = 0;
    let first = -1;
    grams.forEach((g, k) => {
      if (!w.includes(g)) return;
      shared++;
      if (first < 0) first = k;
    });
    if (shared >= need) candidates.push({ w, shared, first, id: ids[i]! });
  });
  // Most trigrams shared first; then the order in which a scan of the query's trigrams meets them.
  candidates.sort((a, b) => b.shared - a.shared || a.first - b.first || a.id - b.id);
  for (const { w } of candidates.slice(0, MAX_FUZZY_CANDIDATES)) {
    const r = Fuse.match(norm, w, FUSE_WORD_OPTIONS);
    if (r.isMatch) out.set(w, 0.8 * (1 - r.score));
  }
}

function trigramsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= word.length; i++) out.push(word.slice(i, i + 3));
  return out;
}
