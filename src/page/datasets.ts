/**
 * The claims the page is matched against: the bundled dataset, then the reader's imported packs
 * (src/packs, once merged). One place to change when packs arrive.
 */
import type { Dataset } from '@/src/data/schema';
import { BUNDLED_DATASET } from '@/src/data/bundled';

export async function loadDatasets(): Promise<Dataset[]> {
  return [BUNDLED_DATASET];
}

/** Calls `cb` when the reader's packs change; returns the unwatch function. */
export function watchDatasets(_cb: (datasets: Dataset[]) => void): () => void {
  return () => {};
}
