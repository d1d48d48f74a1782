/**
 * The search index in shards, so that the popup reads only what a query's words reach instead of
 * reading, checking and indexing every claim pack when it opens (about a second for the largest pack
 * the size cap allows). Four kinds of shard, each a JSON text that carries its index's generation, so
 * that a shard of another index is never read as this one's:
 * - words: the claims (by number) that hold each word or pseudo-word, by the word's hash;
 * - vocab: the vocabulary's words by first UTF-16 unit, sorted with their ids (prefixes and typos);
 * - claims: each claim by its number, as its dataset has them (the claim, its answers, its
 *   facts and sources), from which the search's texts are made again;
 * - ids: each claim's number by the claim id's hash, for the claims the popup asks for by id.
 */
import type { Claim, ClaimResponse, ContextFact, Source } from '@/src/data/schema';
import { hashKey } from '@/src/core/matching/index-shards';
import type { ClaimDocs } from './documents';
import type { WordTable } from './word-table';

const WORD_SHARDS = 4096;
/** One claim a shard: a query shows about 20 of thousands, scattered. */
const CLAIMS_PER_SHARD = 1;
const ID_SHARDS = 256;

/** What the popup needs before any query: the counts, which vocab shards exist, how many of each kind. */
export interface SearchMeta {
  /** This index's generation: every shard names it. */
  gen: string;
  claimCount: number;
  wordCount: number;
  /** The first units (as char codes) that have a vocab shard. */
  vocab: number[];
  counts: { words: number; claims: number; ids: number };
}

export type SearchShardKind = 'words' | 'vocab' | 'claims' | 'ids';

/** One claim as its dataset has it (the shape of the prepared matcher's card data). */
export interface ClaimRecord {
  dataset: string;
  claim: Claim;
  responses: ClaimResponse[];
  context: ContextFact[];
  sources: Source[];
}

export interface SearchShards {
  meta: SearchMeta;
  /** By kind, shard number (for vocab: the first unit's char code) and text. */
  shards: { kind: SearchShardKind; n: number; text: string }[];
}

export const wordShardOf = (word: string) => hashKey(word) % WORD_SHARDS;
export const claimShardOf = (n: number) => Math.floor(n / CLAIMS_PER_SHARD);
export const idShardOf = (claimId: string) => hashKey(claimId) % ID_SHARDS;

/** Weights are the kinds' weights, hundredths: stored as integers, read back as the same float. */
const WEIGHT_SCALE = 100;
const storedWeight = (w: number) => Math.round(w * WEIGHT_SCALE);
export const readWeight = (w: number) => w / WEIGHT_SCALE;

function record(c: ClaimDocs): ClaimRecord {
  // Every source a text of the claim or its card names: those the search's texts are made from too.
  const ids = new Set([
    ...c.claim.sourceIds,
    ...(c.claim.phrasingSources ?? []).map((p) => p.sourceId),
    ...c.responses.map((r) => r.sourceId),
    ...c.context.map((f) => f.sourceId),
  ]);
  const sources = [...ids].map((id) => c.sources.get(id)).filter((s): s is Source => s !== undefined);
  return { dataset: c.datasetId, claim: c.claim, responses: [...c.responses], context: [...c.context], sources };
}

export function shardSearchTable(table: WordTable, gen: string): SearchShards {
  const shards: SearchShards['shards'] = [];
  const words = Array.from({ length: WORD_SHARDS }, () => ({}) as Record<string, [number[], number[]]>);
  for (const [w, p] of table.postings) words[wordShardOf(w)]![w] = [Array.from(p.claims), Array.from(p.weights, storedWeight)];
  words.forEach((w, n) => shards.push({ kind: 'words', n, text: JSON.stringify({ g: gen, w }) }));
  const vocab: number[] = [];
  for (const [first, g] of table.groups) {
    vocab.push(first.charCodeAt(0));
    shards.push({ kind: 'vocab', n: first.charCodeAt(0), text: JSON.stringify({ g: gen, w: g.words, i: g.ids }) });
  }
  const claims: Record<number, ClaimRecord>[] = [];
  const ids = Array.from({ length: ID_SHARDS }, () => ({}) as Record<string, number>);
  table.claims.forEach((c, n) => {
    (claims[claimShardOf(n)] ??= {})[n] = record(c);
    ids[idShardOf(c.claimId)]![c.claimId] = n;
  });
  claims.forEach((c, n) => shards.push({ kind: 'claims', n, text: JSON.stringify({ g: gen, c }) }));
  ids.forEach((i, n) => shards.push({ kind: 'ids', n, text: JSON.stringify({ g: gen, i }) }));
  const meta: SearchMeta = {
    gen,
    claimCount: table.claimCount,
    wordCount: table.wordCount,
    vocab,
    counts: { words: WORD_SHARDS, claims: claims.length, ids: ID_SHARDS },
  };
  return { meta, shards };
}
