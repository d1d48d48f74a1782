/**
 * A query as terms: each place it names (in any spelling), each other word with the index's words it
 * may mean, whether a claim must hold it, and how rare it is. Place names still being typed ("нагорный
 * кара") count for the place they are on their way to.
 */
import { alternatives, type Alternatives } from './alternatives';
import type { Token } from './normalize';
import type { PlaceMatcher } from './place-names';
import { PLACE_PREFIX, type WordSource } from './word-source';

export interface Term {
  /** Index word → how well it stands for the query word (1 = the same word). */
  words: Map<string, number>;
  required: boolean;
  idf: number;
}

/** Words that say nothing on their own; they still count when they are the whole query. */
const STOPWORDS = new Set(
  'a an the of in on at to for by and or is was were be with from that this it its as did not no и в во на по с со о об от до из за к у не что как а'.split(
    ' ',
  ),
);

/** Query words repeat from one keystroke to the next ("pakistani t", "pakistani tr"...). */
export type AlternativesCache = Map<string, Alternatives>;

function cachedAlternatives(source: WordSource, cache: AlternativesCache, norm: string, typing: boolean): Alternatives {
  const key = (typing ? '>' : '=') + norm;
  const cached = cache.get(key);
  if (cached) return cached;
  const out = alternatives(source, norm, typing);
  if (cache.size > 500) cache.clear();
  cache.set(key, out);
  return out;
}

export function queryTerms(
  tokens: readonly Token[],
  source: WordSource,
  places: PlaceMatcher,
  cache: AlternativesCache,
): { terms: Term[]; marked: Set<string> } {
  const list: Term[] = [];
  const consumed = new Set<number>();
  for (const hit of places.find(tokens)) {
    const key = PLACE_PREFIX + hit.canonical;
    for (let i = hit.from; i < hit.to; i++) consumed.add(i);
    list.push({ words: new Map(source.posting(key) ? [[key, 1]] : []), required: true, idf: 0 });
  }
  // The last words may be a place name still being typed: "нагорный кара".
  const completing = places
    .completing(tokens, 3)
    .filter(() => !consumed.has(tokens.length - 1))
    .sort((a, b) => b.count - a.count);
  const guess = completing[0];
  const guessFrom = guess ? tokens.length - guess.count : tokens.length;
  tokens.forEach((t, i) => {
    if (consumed.has(i)) return;
    const last = i === tokens.length - 1;
    const words = new Map(cachedAlternatives(source, cache, t.norm, last));
    if (i >= guessFrom) {
      for (const c of completing) {
        if (tokens.length - c.count > i) continue;
        const key = PLACE_PREFIX + c.canonical;
        if (source.posting(key)) words.set(key, 0.9);
      }
    }
    // Earlier words of a place name being typed need not match on their own, nor need a lone
    // letter just typed ("pakistani t" keeps the results of "pakistani" until the word takes shape).
    const partOfGuess = i >= guessFrom && !last;
    const required = !STOPWORDS.has(t.norm) && !partOfGuess && t.norm.length > 1;
    list.push({ words, required, idf: 0 });
  });
  if (list.length > 0 && list.every((t) => !t.required)) list.forEach((t) => (t.required = true));
  const marked = new Set<string>();
  for (const term of list) {
    let df = 0;
    for (const w of term.words.keys()) {
      marked.add(w);
      // Undefined only while a prepared index is still being read (./partial-search).
      df = Math.max(df, source.posting(w)?.claims.length ?? 0);
    }
    term.idf = Math.log(1 + source.claimCount / (1 + df));
  }
  return { terms: list, marked };
}
