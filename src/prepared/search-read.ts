/** The popup's half of the prepared search (./search-prepare): its state, and its shards read from storage. */
import { browser } from 'wxt/browser';
import { PACKS_STORAGE_KEY } from '@/src/packs/storage-key';
import type { SearchShardReader } from '@/src/search/partial-search';
import { storageReader } from './read';
import { SEARCH_BUILD, SEARCH_KEY, searchShardKey, type PreparedSearch } from './search-format';

const current = (value: unknown) => ((value as PreparedSearch | undefined)?.build === SEARCH_BUILD ? (value as PreparedSearch) : undefined);

/** The prepared state, when this build of the search made it; else undefined. */
export async function readPreparedSearch(): Promise<PreparedSearch | undefined> {
  return current((await browser.storage.local.get(SEARCH_KEY))[SEARCH_KEY]);
}

/**
 * Calls `cb` when the background has prepared a new state, or when the packs change (`packs`: their
 * stored value), so that the popup stops using an index of the packs before. Returns the unwatch function.
 */
export function watchPreparedSearch(cb: (change: { state?: PreparedSearch; packs?: unknown }) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (SEARCH_KEY in changes) cb({ state: current(changes[SEARCH_KEY]!.newValue) });
    if (PACKS_STORAGE_KEY in changes) cb({ packs: changes[PACKS_STORAGE_KEY]!.newValue });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The search index's shards, for the popup. */
export const storageSearchShards: SearchShardReader = storageReader(searchShardKey);
