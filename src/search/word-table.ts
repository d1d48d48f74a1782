/**
 * The search's word index in memory: every word of every claim's texts (and the place and concept
 * each stands for) with the claims that hold it.
 */
import { runToEnd, type Steps } from '@/src/core/steps';
import type { ClaimDocs } from './documents';
import { KIND_WEIGHT } from './documents';
import { tokenize } from './normalize';
import type { PlaceMatcher } from './place-names';
import { conceptWord } from './concepts';
import { CONCEPT_PREFIX, EMPTY_GROUP, isPseudo, PLACE_PREFIX, type Posting, type VocabGroup, type WordSource } from './word-source';

export interface WordTable extends WordSource {
  readonly claims: readonly ClaimDocs[];
  readonly postings: ReadonlyMap<string, Posting>;
  readonly groups: ReadonlyMap<string, VocabGroup>;
}

export function indexWords(claims: readonly ClaimDocs[], places: PlaceMatcher): WordTable {
  return runToEnd(indexWordsSteps(claims, places));
}

/** The same, a claim per step (the background prepares a large pack's index in slices). */
export function* indexWordsSteps(claims: readonly ClaimDocs[], places: PlaceMatcher): Steps<WordTable> {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const id = (word: string) => {
    let n = ids.get(word);
    if (n === undefined) {
      n = words.length;
      ids.set(word, n);
      words.push(word);
    }
    return n;
  };
  /** Word id -> the id of its concept's pseudo-word (-1: none), looked up once per word. */
  const conceptOfId: number[] = [];
  const postClaims: number[][] = [];
  const postWeights: number[][] = [];
  for (const [ci, c] of claims.entries()) {
    const best = new Map<number, number>();
    const note = (n: number, w: number) => {
      if ((best.get(n) ?? 0) < w) best.set(n, w);
    };
    for (const doc of c.docs) {
      const w = KIND_WEIGHT[doc.kind];
      const tokens = tokenize(doc.text);
      for (const t of tokens) {
        const n = id(t.norm);
        note(n, w);
        let cid = conceptOfId[n];
        if (cid === undefined) {
          const concept = conceptWord(t.norm);
          cid = conceptOfId[n] = concept === null ? -1 : id(CONCEPT_PREFIX + concept);
        }
        if (cid >= 0) note(cid, w);
      }
      for (const p of places.find(tokens)) note(id(PLACE_PREFIX + p.canonical), w);
    }
    for (const [n, w] of best) {
      (postClaims[n] ??= []).push(ci);
      (postWeights[n] ??= []).push(w);
    }
    yield;
  }
  const postings = new Map<string, Posting>();
  words.forEach((w, n) => postings.set(w, { claims: Int32Array.from(postClaims[n] ?? []), weights: Float32Array.from(postWeights[n] ?? []) }));
  return {
    claims,
    postings,
    groups: vocabularyGroups(words),
    claimCount: claims.length,
    wordCount: words.length,
    posting: (w) => postings.get(w),
    group(first) {
      return this.groups.get(first) ?? EMPTY_GROUP;
    },
    claim: (n) => claims[n]!,
  };
}

function vocabularyGroups(words: readonly string[]): Map<string, VocabGroup> {
  const sorted = words.map((w, id) => ({ w, id })).filter(({ w }) => !isPseudo(w));
  sorted.sort((a, b) => (a.w < b.w ? -1 : a.w > b.w ? 1 : 0));
  const groups = new Map<string, { words: string[]; ids: number[] }>();
  for (const { w, id } of sorted) {
    const g = groups.get(w[0]!) ?? { words: [], ids: [] };
    g.words.push(w);
    g.ids.push(id);
    groups.set(w[0]!, g);
  }
  return groups;
}
