/**
 * Where the page's scans get their matcher: built once per set of claim datasets and sensitivity,
 * on the first page text about the topic, and shared by every scan that needs it meanwhile.
 *
 * The matching half of the core is a module of its own, loaded on that first need: a page the quick
 * name test let through but the page gate did not ("Karachi" starts like "Karabakh") never pays for
 * evaluating its tables.
 */
import type { Dataset } from '@/src/data/schema';
import type { MatcherSource } from '@/src/core/scan';
import type { ClaimMatcher } from '@/src/core/types';
import { runSliced } from './run-sliced';

export function createMatcherSource(datasets: readonly Dataset[], sensitivity: number, signal?: AbortSignal): MatcherSource {
  let building: Promise<ClaimMatcher> | null = null;
  const build = async (): Promise<ClaimMatcher> => {
    const { buildMatcher } = await import('./core-matching');
    return runSliced(buildMatcher(datasets, { sensitivity }), { signal });
  };
  return function* matcher() {
    // One build for every scan that waits on it; a failed build is tried again by the next scan.
    building ??= build().catch((e: unknown) => {
      building = null;
      throw e;
    });
    return (yield building) as ClaimMatcher;
  };
}
