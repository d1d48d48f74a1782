/**
 * The popup's search: built once per set of datasets, then queried on every keystroke.
 *
 * A plain Fuse.js query over every document of 10k claims costs tens of milliseconds, so the index
 * works at the level of words: a query word finds the vocabulary words it could mean (the same word,
 * a word it begins, or one Fuse's Bitap scorer accepts as a typo of it, among the words sharing its
 * trigrams), and each vocabulary word lists the claims whose texts hold it. Place names in any
 * spelling become one canonical word, so "Ханкенди" and "Stepanakert" meet, and a word the concept
 * lexicons know (src/core/lexicon) also stands for its concept, so "пакистанский спецназ",
 * "Pakistan askerleri" and "پاکستانی فوج" find the claims that say Pakistani special forces or
 * troops in any language. Words that matched are marked only for the claims shown.
 */
import Fuse from 'fuse.js';
import type { Dataset } from '@/src/data/schema';
import { claimDocuments, KIND_WEIGHT, type ClaimDocs, type DocKind } from './documents';
import { answerLines, type AnswerLine } from './glance';
import { tokenize, type Token } from './normalize';
import { compilePlaceNames, type PlaceMatcher, type PlaceSpelling } from './place-names';
import { conceptWord } from './concepts';

export type { PlaceSpelling } from './place-names';
export type { DocKind } from './documents';
export type { AnswerLine } from './glance';

/** A text with the character ranges [start, end) that the query matched. */
export interface MarkedText {
  text: string;
  marks: [number, number][];
}

/** A text of the claim (an answer's quote, a speaker, an outlet...) in which the query was found. */
interface DocHit extends MarkedText {
  kind: DocKind;
  /** The response, source or context fact the text belongs to. */
  refId?: string;
  /** Who said or published it, when the text is a quote, an answer's summary, a headline or an outlet's phrasing. */
  by?: string;
}

/** One answer to a result's claim, at a glance, with the query's words marked in who gave it and in its words. */
export interface AnswerHit {
  line: AnswerLine;
  who: MarkedText;
  quote: MarkedText;
}

export interface ClaimResult {
  claimId: string;
  datasetId: string;
  statement: MarkedText;
  /** Every answer to the claim, oldest first, whether or not the query was found in it. */
  answers: AnswerHit[];
  /** Other texts of the claim that hold query words, best first (at most `hitsPerClaim`). */
  hits: DocHit[];
  score: number;
}

export interface SearchResults {
  query: string;
  claims: ClaimResult[];
  /** True when no claim holds every word of the query and the closest ones are shown instead. */
  partial: boolean;
}

interface SearchOptions {
  /** Claims returned, best first. */
  limit?: number;
  hitsPerClaim?: number;
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResults;
  /** Forgets the query words remembered between keystrokes (benchmarks measure a cold keystroke). */
  forgetQueries(): void;
  readonly claimCount: number;
  readonly wordCount: number;
}

/** Words that say nothing on their own; they still count when they are the whole query. */
const STOPWORDS = new Set(
  'a an the of in on at to for by and or is was were be with from that this it its as did not no и в во на по с со о об от до из за к у не что как а'.split(
    ' ',
  ),
);
const PLACE_PREFIX = '\u0001';
const CONCEPT_PREFIX = '\u0002';
/** How well a word of the same concept stands for a query word (the same word is 1, a typo up to 0.8). */
const CONCEPT_QUALITY = 0.75;
const MAX_PREFIX_WORDS = 60;
const MAX_FUZZY_CANDIDATES = 80;
const FUSE_WORD_OPTIONS = { threshold: 0.34, ignoreLocation: true, isCaseSensitive: true } as const;

interface Term {
  /** Vocabulary word id → how well it stands for the query word (1 = the same word). */
  words: Map<number, number>;
  required: boolean;
  idf: number;
}

class WordIndex {
  readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  /** Per word, the claims that hold it and the weight of the best kind of text it appears in. */
  claims: Int32Array[] = [];
  weights: Float32Array[] = [];
  /** Vocabulary sorted, for prefix lookups by binary search. */
  sorted: string[] = [];
  trigrams = new Map<string, Int32Array>();

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }
}

function trigramsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= word.length; i++) out.push(word.slice(i, i + 3));
  return out;
}

export function buildSearchIndex(datasets: readonly Dataset[], names: readonly PlaceSpelling[] = []): SearchIndex {
  const claims = claimDocuments(datasets);
  const places = compilePlaceNames(names);
  const wi = new WordIndex();

  /** Vocabulary word id -> the id of its concept's pseudo-word (-1: none), looked up once per word. */
  const conceptOfId: number[] = [];

  const postClaims: number[][] = [];
  const postWeights: number[][] = [];
  claims.forEach((c, ci) => {
    const best = new Map<number, number>();
    const noteId = (id: number, w: number) => {
      if ((best.get(id) ?? 0) < w) best.set(id, w);
    };
    const note = (word: string, w: number) => noteId(wi.id(word), w);
    for (const doc of c.docs) {
      const w = KIND_WEIGHT[doc.kind];
      const tokens = tokenize(doc.text);
      for (const t of tokens) {
        const id = wi.id(t.norm);
        noteId(id, w);
        let cid = conceptOfId[id];
        if (cid === undefined) {
          const c = conceptWord(t.norm);
          cid = conceptOfId[id] = c === null ? -1 : wi.id(CONCEPT_PREFIX + c);
        }
        if (cid >= 0) noteId(cid, w);
      }
      for (const p of places.find(tokens)) note(PLACE_PREFIX + p.canonical, w);
    }
    for (const [id, w] of best) {
      (postClaims[id] ??= []).push(ci);
      (postWeights[id] ??= []).push(w);
    }
  });
  wi.claims = wi.words.map((_, id) => Int32Array.from(postClaims[id] ?? []));
  wi.weights = wi.words.map((_, id) => Float32Array.from(postWeights[id] ?? []));
  const pseudo = (w: string) => w.startsWith(PLACE_PREFIX) || w.startsWith(CONCEPT_PREFIX);
  wi.sorted = wi.words.filter((w) => !pseudo(w)).sort();
  const tri = new Map<string, number[]>();
  wi.words.forEach((w, id) => {
    if (pseudo(w)) return;
    for (const g of new Set(trigramsOf(w))) {
      const list = tri.get(g) ?? [];
      list.push(id);
      tri.set(g, list);
    }
  });
  for (const [g, ids] of tri) wi.trigrams.set(g, Int32Array.from(ids));

  // Query words repeat from one keystroke to the next ("pakistani t", "pakistani tr"...).
  const wordCache = new Map<string, Map<number, number>>();

  function alternatives(norm: string, typing: boolean): Map<number, number> {
    const key = (typing ? '>' : '=') + norm;
    const cached = wordCache.get(key);
    if (cached) return cached;
    const out = new Map<number, number>();
    const exact = wi.ids.get(norm);
    if (exact !== undefined) out.set(exact, 1);
    if (norm.length >= 3 || (typing && norm.length >= 2)) addPrefixed(norm, out);
    if (norm.length >= 5) addFuzzy(norm, out);
    // The query word's concept: the claims' words of the same concept in every language.
    // Not for English words: they find English claims themselves, and the other languages' claims
    // through the English wordings every claim has; a Russian or Turkish word has no such way.
    const c = conceptWord(norm, true);
    const cid = c === null ? undefined : wi.ids.get(CONCEPT_PREFIX + c);
    if (cid !== undefined && (out.get(cid) ?? 0) < CONCEPT_QUALITY) out.set(cid, CONCEPT_QUALITY);
    if (wordCache.size > 500) wordCache.clear();
    wordCache.set(key, out);
    return out;
  }

  function addPrefixed(norm: string, out: Map<number, number>) {
    let lo = 0;
    let hi = wi.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (wi.sorted[mid]! < norm) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, n = 0; i < wi.sorted.length && n < MAX_PREFIX_WORDS; i++, n++) {
      const w = wi.sorted[i]!;
      if (!w.startsWith(norm)) break;
      const id = wi.ids.get(w)!;
      // A short prefix of a long word is a weaker guess than a near-complete one.
      const q = 0.7 + 0.2 * (norm.length / w.length);
      if ((out.get(id) ?? 0) < q) out.set(id, q);
    }
  }

  function addFuzzy(norm: string, out: Map<number, number>) {
    const grams = [...new Set(trigramsOf(norm))];
    const shared = new Map<number, number>();
    for (const g of grams) {
      const ids = wi.trigrams.get(g);
      if (!ids) continue;
      for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const need = Math.max(1, Math.ceil(grams.length / 3));
    const candidates = [...shared]
      // Readers rarely mistype a word's first letter; requiring it keeps "pakistani" from finding "afghanistan".
      .filter(([id, n]) => {
        const w = wi.words[id]!;
        return n >= need && w[0] === norm[0] && Math.abs(w.length - norm.length) <= 2 && !out.has(id);
      })
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_FUZZY_CANDIDATES);
    for (const [id] of candidates) {
      const r = Fuse.match(norm, wi.words[id]!, FUSE_WORD_OPTIONS);
      if (r.isMatch) out.set(id, 0.8 * (1 - r.score));
    }
  }

  function terms(tokens: Token[]): { terms: Term[]; marked: Set<number> } {
    const list: Term[] = [];
    const consumed = new Set<number>();
    for (const hit of places.find(tokens)) {
      const id = wi.ids.get(PLACE_PREFIX + hit.canonical);
      for (let i = hit.from; i < hit.to; i++) consumed.add(i);
      list.push({ words: new Map(id === undefined ? [] : [[id, 1]]), required: true, idf: 0 });
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
      const words = new Map(alternatives(t.norm, last));
      if (i >= guessFrom) {
        for (const c of completing) {
          if (tokens.length - c.count > i) continue;
          const id = wi.ids.get(PLACE_PREFIX + c.canonical);
          if (id !== undefined) words.set(id, 0.9);
        }
      }
      // Earlier words of a place name being typed need not match on their own, nor need a lone
      // letter just typed ("pakistani t" keeps the results of "pakistani" until the word takes shape).
      const partOfGuess = i >= guessFrom && !last;
      const required = !STOPWORDS.has(t.norm) && !partOfGuess && t.norm.length > 1;
      list.push({ words, required, idf: 0 });
    });
    if (list.length > 0 && list.every((t) => !t.required)) list.forEach((t) => (t.required = true));
    const marked = new Set<number>();
    for (const term of list) {
      let df = 0;
      for (const id of term.words.keys()) {
        marked.add(id);
        df = Math.max(df, wi.claims[id]!.length);
      }
      term.idf = Math.log(1 + claims.length / (1 + df));
    }
    return { terms: list, marked };
  }

  function search(query: string, options: SearchOptions = {}): SearchResults {
    const limit = options.limit ?? 20;
    const hitsPerClaim = options.hitsPerClaim ?? 2;
    const tokens = tokenize(query);
    const empty = { query, claims: [], partial: false };
    if (tokens.reduce((n, t) => n + t.norm.length, 0) < 2) return empty;
    const { terms: list, marked } = terms(tokens);

    const n = claims.length;
    const coverage = new Uint8Array(n);
    const score = new Float32Array(n);
    const touched: number[] = [];
    const seen = new Uint8Array(n);
    const termBest = new Float32Array(n);
    const idfSum = list.reduce((s, t) => s + t.idf, 0) || 1;
    for (const term of list) {
      termBest.fill(0);
      const termTouched: number[] = [];
      for (const [id, quality] of term.words) {
        const cs = wi.claims[id]!;
        const ws = wi.weights[id]!;
        for (let k = 0; k < cs.length; k++) {
          const ci = cs[k]!;
          const v = quality * ws[k]!;
          if (termBest[ci] === 0) termTouched.push(ci);
          if (v > termBest[ci]!) termBest[ci] = v;
        }
      }
      for (const ci of termTouched) {
        if (!seen[ci]) {
          seen[ci] = 1;
          touched.push(ci);
        }
        if (term.required) coverage[ci]!++;
        score[ci]! += (term.idf * termBest[ci]!) / idfSum;
      }
    }
    const required = list.filter((t) => t.required).length;
    let best = 0;
    for (const ci of touched) best = Math.max(best, coverage[ci]!);
    if (best === 0) return empty;
    const ranked = touched
      .filter((ci) => coverage[ci] === best)
      .sort((a, b) => score[b]! - score[a]! || a - b)
      .slice(0, limit);
    return {
      query,
      partial: best < required,
      claims: ranked.map((ci) => describe(claims[ci]!, score[ci]!, marked, hitsPerClaim)),
    };
  }

  function describe(c: ClaimDocs, score: number, marked: Set<number>, hitsPerClaim: number): ClaimResult {
    const hits: (DocHit & { rank: number })[] = [];
    let statement: MarkedText = { text: c.statement, marks: [] };
    for (const doc of c.docs) {
      if (doc.hidden) continue;
      const marks = marksIn(doc.text, marked, wi, places, conceptOfId);
      if (doc.kind === 'statement') {
        statement = { text: doc.text, marks };
      } else if (marks.length > 0) {
        hits.push({
          kind: doc.kind,
          refId: doc.refId,
          by: doc.by,
          text: doc.text,
          marks,
          rank: KIND_WEIGHT[doc.kind] * marks.length,
        });
      }
    }
    hits.sort((a, b) => b.rank - a.rank);
    const mark = (text: string): MarkedText => ({ text, marks: marksIn(text, marked, wi, places, conceptOfId) });
    return {
      claimId: c.claimId,
      datasetId: c.datasetId,
      statement,
      answers: answerLines(c.responses, c.sources).map((line) => ({ line, who: mark(line.who), quote: mark(line.quote) })),
      hits: hits.slice(0, hitsPerClaim).map(({ rank: _rank, ...h }) => h),
      score,
    };
  }

  return {
    search,
    forgetQueries: () => wordCache.clear(),
    claimCount: claims.length,
    wordCount: wi.words.length,
  };
}

function marksIn(
  text: string,
  marked: Set<number>,
  wi: WordIndex,
  places: PlaceMatcher,
  conceptOfId: readonly number[],
): [number, number][] {
  const tokens = tokenize(text);
  const marks: [number, number][] = [];
  for (const p of places.find(tokens)) {
    const id = wi.ids.get(PLACE_PREFIX + p.canonical);
    if (id !== undefined && marked.has(id)) marks.push([tokens[p.from]!.start, tokens[p.to - 1]!.end]);
  }
  for (const t of tokens) {
    const id = wi.ids.get(t.norm);
    const hit = id !== undefined && (marked.has(id) || marked.has(conceptOfId[id] ?? -1));
    if (hit && !marks.some(([s, e]) => t.start >= s && t.end <= e)) {
      marks.push([t.start, t.end]);
    }
  }
  return marks.sort((a, b) => a[0] - b[0]);
}
