/**
 * The datasets that take part in page matching and popup search: the bundled set, then every enabled
 * pack. The content script and the popup use these two functions and nothing else of this module.
 */
import type { Dataset } from '@/src/data/schema';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { getPacks, watchPacks } from './store';
import type { ClaimPack } from './types';

function active(packs: ClaimPack[]): Dataset[] {
  return [BUNDLED_DATASET, ...packs.filter((p) => p.enabled).map((p) => p.dataset)];
}

export async function loadActiveDatasets(): Promise<Dataset[]> {
  return active(await getPacks());
}

/** Calls `cb` with the new list after every import, toggle or removal. Returns the unwatch function. */
export function watchActiveDatasets(cb: (datasets: Dataset[]) => void): () => void {
  return watchPacks((packs) => cb(active(packs)));
}
