/**
 * What the search reads: for each word of the claims' texts, the claims that hold it; the vocabulary
 * by first letter, for words a query word begins or may be a typo of; and each claim's texts. Kept
 * in memory (./word-table) or read from storage shards a query at a time (./shards), through this
 * one interface, so that both answer a query the same.
 */
import type { ClaimDocs } from './documents';

/** Pseudo-words: a place in any spelling, and a concept of the lexicons in any language. */
export const PLACE_PREFIX = '\u0001';
export const CONCEPT_PREFIX = '\u0002';

export const isPseudo = (word: string) => word.startsWith(PLACE_PREFIX) || word.startsWith(CONCEPT_PREFIX);

/** The claims (by number) whose texts hold a word, with the weight of the best kind of text it is in. */
export interface Posting {
  claims: Int32Array;
  weights: Float32Array;
}

/** The vocabulary's words (pseudo-words aside) that start with one UTF-16 unit, sorted, with their ids. */
export interface VocabGroup {
  words: readonly string[];
  /** Each word's id: the order in which the index met it, which breaks ties among typo candidates. */
  ids: readonly number[];
}

export const EMPTY_GROUP: VocabGroup = { words: [], ids: [] };

export interface WordSource {
  readonly claimCount: number;
  /** Words and pseudo-words, for the benchmarks. */
  readonly wordCount: number;
  /** Undefined: no claim holds the word. */
  posting(word: string): Posting | undefined;
  group(first: string): VocabGroup;
  claim(n: number): ClaimDocs;
}
