/**
 * The background's half of the prepared search: the word index of the bundled claims and the enabled
 * packs, built in slices and stored in shards (src/search/shards.ts). The state says "building" while
 * the shards are written, so the popup never reads shards of two indexes as one; each shard names its
 * index's generation too, for a popup that read the state before.
 */
import { browser } from 'wxt/browser';
import { NAMES } from '@/src/core/names';
import type { Dataset } from '@/src/data/schema';
import { runSliced } from '@/src/page/run-sliced';
import { suggestions } from '@/src/popup/suggestions';
import { claimDocuments } from '@/src/search/documents';
import { searchIndexOf } from '@/src/search';
import { compilePlaceNames } from '@/src/search/place-names';
import { shardSearchTable, type SearchMeta } from '@/src/search/shards';
import { indexWordsSteps } from '@/src/search/word-table';
import { SEARCH_BUILD, SEARCH_KEY, searchShardKey, type PreparedSearch } from './search-format';

/** Values written per storage call: one call for tens of megabytes would hold the background up. */
const WRITE_BATCH = 512;

async function readState(): Promise<PreparedSearch | undefined> {
  return (await browser.storage.local.get(SEARCH_KEY))[SEARCH_KEY] as PreparedSearch | undefined;
}

const setState = (state: PreparedSearch) => browser.storage.local.set({ [SEARCH_KEY]: state });

/**
 * Says the index is being made for these packs (and keeps what the shards before were), as soon as
 * the packs change: a popup opened meanwhile indexes the packs itself rather than use the index of
 * the packs before.
 */
export async function markSearchBuilding(packs: string[]): Promise<void> {
  const before = await readState();
  await setState({ build: SEARCH_BUILD, packs, state: 'building', ...(before?.meta && { meta: before.meta }) });
}

/**
 * Indexes these datasets for the popup's search and stores the shards; returns the state written.
 * The caller said "building" (markSearchBuilding) when the packs changed, before the matcher's index.
 */
export async function prepareSearch(datasets: readonly Dataset[], packs: string[]): Promise<PreparedSearch> {
  const before = (await readState())?.meta;
  const places = compilePlaceNames(NAMES);
  const table = await runSliced(indexWordsSteps(claimDocuments(datasets), places), { sliceMs: 20 });
  const gen = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  const { meta, shards } = shardSearchTable(table, gen);
  for (let i = 0; i < shards.length; i += WRITE_BATCH) {
    const batch: Record<string, string> = {};
    for (const s of shards.slice(i, i + WRITE_BATCH)) batch[searchShardKey(s.kind, s.n)] = s.text;
    await browser.storage.local.set(batch);
  }
  const suggested = suggestions(searchIndexOf(table, places));
  const state: PreparedSearch = { build: SEARCH_BUILD, packs, state: 'ready', meta, suggestions: suggested };
  await setState(state);
  // Shards the new index does not have belong to the index before.
  if (before) await removeShards(before, meta);
  return state;
}

/** No pack is enabled: the popup indexes the bundled claims itself, and the shards go. */
export async function clearSearch(packs: string[]): Promise<PreparedSearch> {
  const before = (await readState())?.meta;
  const state: PreparedSearch = { build: SEARCH_BUILD, packs, state: 'none' };
  await setState(state);
  if (before) await removeShards(before);
  return state;
}

/** The shards of `old` that `kept` does not overwrite (all of them without `kept`). */
async function removeShards(old: SearchMeta, kept?: SearchMeta): Promise<void> {
  const keys: string[] = [];
  for (const kind of ['words', 'claims', 'ids'] as const) {
    for (let n = kept?.counts[kind] ?? 0; n < old.counts[kind]; n++) keys.push(searchShardKey(kind, n));
  }
  const vocab = new Set(kept?.vocab ?? []);
  for (const code of old.vocab) if (!vocab.has(code)) keys.push(searchShardKey('vocab', code));
  if (keys.length > 0) await browser.storage.local.remove(keys);
}
