/** One query against a word source: its terms, the claims ranked, the best ones described. */
import { describe } from './describe';
import { tokenize } from './normalize';
import type { PlaceMatcher } from './place-names';
import { queryTerms, type AlternativesCache } from './query-terms';
import { rank } from './rank';
import type { SearchOptions, SearchResults } from './results';
import type { WordSource } from './word-source';

export function searchWith(
  source: WordSource,
  places: PlaceMatcher,
  query: string,
  options: SearchOptions,
  cache: AlternativesCache,
): SearchResults {
  const limit = options.limit ?? 20;
  const hitsPerClaim = options.hitsPerClaim ?? 2;
  const tokens = tokenize(query);
  const empty = { query, claims: [], partial: false };
  if (tokens.reduce((n, t) => n + t.norm.length, 0) < 2) return empty;
  const { terms, marked } = queryTerms(tokens, source, places, cache);
  const ranked = rank(terms, source, limit);
  if (!ranked) return empty;
  return {
    query,
    partial: ranked.partial,
    claims: ranked.claims.map((ci, i) => describe(source.claim(ci), ranked.scores[i]!, marked, places, hitsPerClaim)),
  };
}
