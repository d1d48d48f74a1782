/**
 * The part of the core only pages about the topic need: claim matching. The second stage imports
 * this module dynamically (see matcher-source.ts), so its tables (the lexicon, the matcher's word
 * sets) are evaluated only once the page gate has passed.
 */
import { BUNDLED_DATASET } from '@/src/data/bundled';
import type { Dataset } from '@/src/data/schema';
import { BUNDLED_INDEX_JSON } from '@/src/core/matching/bundled-index';
import { buildIndex, type ClaimIndex } from '@/src/core/matching/index';
import { deserializeIndex } from '@/src/core/matching/index-json';
import type { Steps } from '@/src/core/steps';

export { matcherFromIndex } from '@/src/core/matcher';
export { keysOf, PartialIndex } from '@/src/core/matching/index-shards';

/** The claim index of these datasets: the bundled claims' is read ready-made (built at build time). */
export function* indexSteps(datasets: readonly Dataset[]): Steps<ClaimIndex> {
  if (datasets.length === 1 && datasets[0] === BUNDLED_DATASET) return deserializeIndex(BUNDLED_INDEX_JSON, datasets);
  return yield* buildIndex(datasets);
}
