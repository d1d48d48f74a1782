/**
 * The background's half: whenever the packs change (an import, a switch, a removal) and when the
 * extension starts with shards of another matcher build, index the bundled claims and the enabled
 * packs once, and store the index in shards for the pages (./read). While it works, the stored state
 * says "building", and pages fall back to indexing the packs themselves.
 */
import { browser } from 'wxt/browser';
import { shardIndex } from '@/src/core/matching/index-shards';
import { buildIndex } from '@/src/core/matching/index';
import { runSliced } from '@/src/page/run-sliced';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { packsItem } from '@/src/packs/items';
import { readStoredPacks } from '@/src/packs/stored';
import { watchPacks } from '@/src/packs/store';
import { packsKey } from './packs-key';
import { clearSearch, markSearchBuilding, prepareSearch } from './search-prepare';
import { readPreparedSearch } from './search-read';
import { cardData, PREPARED_BUILD, PREPARED_KEY, shardKey, type PreparedIndex, type ShardKind } from './format';

/** Values written per storage call: one call for tens of megabytes would hold the background up. */
const WRITE_BATCH = 512;


async function readPrepared(): Promise<PreparedIndex | undefined> {
  return (await browser.storage.local.get(PREPARED_KEY))[PREPARED_KEY] as PreparedIndex | undefined;
}

/** Indexes the enabled packs with the bundled claims and stores the shards; returns the state written. */
export async function prepareIndex(): Promise<PreparedIndex> {
  const raw = await packsItem.getValue();
  const enabled = readStoredPacks(raw).packs.filter((p) => p.enabled);
  const key = packsKey(raw);
  const before = await readPrepared();
  if (enabled.length === 0) {
    const state: PreparedIndex = { build: PREPARED_BUILD, packs: key, state: 'none' };
    await browser.storage.local.set({ [PREPARED_KEY]: state });
    await removeShards(before?.counts);
    await clearSearch(key);
    return state;
  }
  await browser.storage.local.set({ [PREPARED_KEY]: { build: PREPARED_BUILD, packs: key, state: 'building' } satisfies PreparedIndex });
  await markSearchBuilding(key);
  const datasets = [BUNDLED_DATASET, ...enabled.map((p) => p.dataset)];
  // In slices: the background keeps answering pages (badge, second stage) while it indexes.
  const index = await runSliced(buildIndex(datasets), { sliceMs: 20 });
  const shards = shardIndex(index, (id) => cardData(datasets, id));
  const counts = { keys: shards.keys.length, docs: shards.docs.length, frames: shards.frames.length };
  for (const kind of ['keys', 'docs', 'frames'] as const) {
    const list = shards[kind];
    for (let i = 0; i < list.length; i += WRITE_BATCH) {
      const batch: Record<string, string> = {};
      for (let n = i; n < Math.min(list.length, i + WRITE_BATCH); n++) batch[shardKey(kind, n)] = list[n]!;
      await browser.storage.local.set(batch);
    }
  }
  const state: PreparedIndex = { build: PREPARED_BUILD, packs: key, state: 'ready', meta: shards.meta, counts };
  await browser.storage.local.set({ [PREPARED_KEY]: state });
  // The popup's search index after the pages' matcher index: a page waits for its index, the popup
  // falls back to indexing the packs itself meanwhile.
  await prepareSearch(datasets, key);
  // Shards past the new counts belong to the index before.
  await removeShards(before?.counts, counts);
  return state;
}

/** The shards of `old` that `kept` does not overwrite (all of them without `kept`). */
async function removeShards(old: PreparedIndex['counts'], kept?: PreparedIndex['counts']): Promise<void> {
  if (!old) return;
  const keys: string[] = [];
  for (const kind of Object.keys(old) as ShardKind[]) for (let n = kept?.[kind] ?? 0; n < old[kind]; n++) keys.push(shardKey(kind, n));
  if (keys.length > 0) await browser.storage.local.remove(keys);
}

/**
 * Keeps the prepared index in step with the packs. One preparation at a time; changes that come
 * while one runs are taken up by the next, with the packs as they are then.
 */
export function keepPreparedIndex(): void {
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        const now = await readPrepared();
        const key = packsKey(await packsItem.getValue());
        const search = await readPreparedSearch();
        const done = (s: { state: string; packs: string[] } | undefined) => (s?.state === 'ready' || s?.state === 'none') && JSON.stringify(s.packs) === JSON.stringify(key);
        const current = now?.build === PREPARED_BUILD && done(now) && done(search);
        if (!current) await prepareIndex();
      } while (again);
    })()
      .catch((e: unknown) => console.error('Karabakh Context: could not prepare the packs’ index', e))
      .finally(() => {
        running = null;
      });
  };
  watchPacks(() => run());
  run();
}
