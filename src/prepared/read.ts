/**
 * The page's half: what the background prepared (./prepare), and a partial claim index that reads
 * from storage only the shards a page's sentences reach.
 */
import { browser } from 'wxt/browser';
import type { ShardReader } from '@/src/core/matching/index-shards';
import { PREPARED_BUILD, PREPARED_KEY, shardKey, type PreparedIndex } from './format';

/** The prepared state, when it was made by this build of the matcher; else undefined. */
export async function readPreparedIndex(): Promise<PreparedIndex | undefined> {
  const value = (await browser.storage.local.get(PREPARED_KEY))[PREPARED_KEY] as PreparedIndex | undefined;
  return value?.build === PREPARED_BUILD ? value : undefined;
}

/** Calls `cb` when the background has prepared a new state. Returns the unwatch function. */
export function watchPreparedIndex(cb: (state: PreparedIndex | undefined) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PREPARED_KEY in changes)) return;
    const value = changes[PREPARED_KEY]!.newValue as PreparedIndex | undefined;
    cb(value?.build === PREPARED_BUILD ? value : undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A reader of shards from local storage under the keys `keyOf` names, one request per batch of shards. */
export function storageReader<Kind>(keyOf: (kind: Kind, n: number) => string) {
  return async (kind: Kind, numbers: number[]): Promise<(string | undefined)[]> => {
    const keys = numbers.map((n) => keyOf(kind, n));
    const got = await browser.storage.local.get(keys);
    return keys.map((k) => got[k] as string | undefined);
  };
}

/** The matcher index's shards, for a page. */
export const storageShards: ShardReader = storageReader(shardKey);
