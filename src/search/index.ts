/**
 * The popup's search: built once per set of datasets, then queried on every keystroke.
 *
 * A plain Fuse.js query over every document of 10k claims costs tens of milliseconds, so the index
 * works at the level of words: a query word finds the vocabulary words it could mean (the same word,
 * a word it begins, or one Fuse's Bitap scorer accepts as a typo of it, among the words of its first
 * letter sharing its trigrams), and each vocabulary word lists the claims whose texts hold it
 * (./word-table). Place names in any spelling become one canonical word, so "Ханкенди" and
 * "Stepanakert" meet, and a word the concept lexicons know (src/core/lexicon) also stands for its
 * concept, so "пакистанский спецназ", "Pakistan askerleri" and "پاکستانی فوج" find the claims that
 * say Pakistani special forces or troops in any language (./alternatives, ./query-terms). Words
 * that matched are marked only for the claims shown (./describe).
 *
 * The same search runs on the index in memory (here) or on the index the background prepared in
 * storage shards, read a query's words at a time (./partial-search).
 */
import type { Dataset } from '@/src/data/schema';
import { claimDocuments } from './documents';
import { searchWith } from './engine';
import { compilePlaceNames, type PlaceMatcher, type PlaceSpelling } from './place-names';
import type { AlternativesCache } from './query-terms';
import type { SearchOptions, SearchResults } from './results';
import { indexWords, type WordTable } from './word-table';

export type { PlaceSpelling } from './place-names';
export type { DocKind } from './documents';
export type { AnswerLine } from './glance';
export type { AnswerHit, ClaimResult, MarkedText, SearchResults } from './results';

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResults;
  /** Forgets the query words remembered between keystrokes (benchmarks measure a cold keystroke). */
  forgetQueries(): void;
  readonly claimCount: number;
  readonly wordCount: number;
}

export function buildSearchIndex(datasets: readonly Dataset[], names: readonly PlaceSpelling[] = []): SearchIndex {
  const places = compilePlaceNames(names);
  return searchIndexOf(indexWords(claimDocuments(datasets), places), places);
}

/** The search on a word table made with these places' names. */
export function searchIndexOf(table: WordTable, places: PlaceMatcher): SearchIndex {
  const cache: AlternativesCache = new Map();
  return {
    search: (query, options = {}) => searchWith(table, places, query, options, cache),
    forgetQueries: () => cache.clear(),
    claimCount: table.claimCount,
    wordCount: table.wordCount,
  };
}
