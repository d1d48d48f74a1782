/**
 * The claim packs' matcher index, prepared once when the packs change (in the background, see
 * ./prepare) and kept in local storage in shards (src/core/matching/index-shards.ts), so that a page
 * reads only the part its sentences reach instead of reading, checking and indexing every pack. One
 * small value says what the shards hold; each shard is a value of its own.
 */
import type { Claim, ClaimResponse, ContextFact, Dataset, Source } from '@/src/data/schema';
import type { IndexShards } from '@/src/core/matching/index-shards';
import { BUNDLED_INDEX_HASH } from '@/src/core/matching/bundled-index';

export const PREPARED_KEY = 'preparedIndex';

/** Changes with the matcher's reading of claims (its index of the bundled claims changes with it). */
export const PREPARED_BUILD = `1:${BUNDLED_INDEX_HASH}`;

export type ShardKind = keyof Omit<IndexShards, 'meta'>;

export interface PreparedIndex {
  /** The matcher build the shards were made with (PREPARED_BUILD). */
  build: string;
  /** Which packs: each enabled pack's id and import time, in order. */
  packs: string[];
  /** 'none': no pack is enabled (the bundled claims' own index serves); 'building': not ready yet. */
  state: 'ready' | 'building' | 'none';
  /** The shards' shared data and how many there are of each kind (state 'ready'). */
  meta?: string;
  counts?: Record<ShardKind, number>;
}

export const shardKey = (kind: ShardKind, n: number) => `${PREPARED_KEY}:${kind}:${n}`;

/** What a card shows of a claim, kept with its frame: the claim and its answers, facts and sources. */
export interface CardData {
  dataset: string;
  claim: Claim;
  responses: ClaimResponse[];
  context: ContextFact[];
  sources: Source[];
}

export function cardData(datasets: readonly Dataset[], claimId: string): CardData | undefined {
  for (const ds of datasets) {
    const claim = ds.claims.find((c) => c.id === claimId);
    if (!claim) continue;
    const responses = ds.responses.filter((r) => r.claimId === claimId);
    const context = ds.context.filter((f) => f.claimIds.includes(claimId));
    const ids = new Set([...claim.sourceIds, ...responses.map((r) => r.sourceId), ...context.map((f) => f.sourceId)]);
    return { dataset: ds.id, claim, responses, context, sources: ds.sources.filter((s) => ids.has(s.id)) };
  }
  return undefined;
}

/** Claims' card data as datasets of one claim each, for the card and the popup's lookups. */
export function cardDatasets(cards: Iterable<CardData>): Dataset[] {
  return [...cards].map((c) => ({
    version: 1,
    id: `${c.dataset}#${c.claim.id}`,
    title: c.dataset,
    claims: [c.claim],
    responses: c.responses,
    sources: c.sources,
    context: c.context,
  }));
}
