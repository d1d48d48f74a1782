/**
 * Where the page's scans get their matcher. The claim index is made once per set of claim datasets
 * (read ready-made for the bundled claims, built in slices otherwise), on the first page text about
 * the topic, and shared by every scan that needs it meanwhile and by every sensitivity: a new
 * sensitivity only changes the matcher's thresholds.
 *
 * The matching half of the core is a module of its own, loaded on that first need: a page the quick
 * name test let through but the page gate did not ("Karachi" starts like "Karabakh") never pays for
 * evaluating its tables.
 */
import type { Dataset } from '@/src/data/schema';
import type { ClaimIndex } from '@/src/core/matching/index';
import type { MatcherSource } from '@/src/core/scan';
import type { ClaimMatcher } from '@/src/core/types';
import { runSliced } from './run-sliced';

type Matching = typeof import('./core-matching');

/** The claim index of one set of datasets, made on first need. */
export type IndexSource = () => Promise<{ index: ClaimIndex; matching: Matching }>;

export function createIndexSource(datasets: readonly Dataset[], signal?: AbortSignal): IndexSource {
  let making: ReturnType<IndexSource> | null = null;
  const make = async () => {
    const matching = await import('./core-matching');
    return { index: await runSliced(matching.indexSteps(datasets), { signal }), matching };
  };
  return () =>
    // One index for every scan that waits on it; a failed one is tried again by the next scan.
    (making ??= make().catch((e: unknown) => {
      making = null;
      throw e;
    }));
}

export function createMatcherSource(indexSource: IndexSource, sensitivity: number): MatcherSource {
  let matcher: ClaimMatcher | null = null;
  return function* source() {
    if (!matcher) {
      const { index, matching } = (yield indexSource()) as Awaited<ReturnType<IndexSource>>;
      matcher ??= matching.matcherFromIndex(index, { sensitivity });
    }
    return matcher;
  };
}
