/**
 * ClaimReview JSON-LD → dataset, through the data module's converter so import and `claims:export`
 * share one mapping.
 */
import type { PackError } from './types';

export type FromClaimReviewResult = { ok: true; json: unknown } | { ok: false; errors: PackError[] };

// The data helper's fromClaimReview is not on this branch yet; until it is merged a ClaimReview file
// is refused with a clear message instead of being half-read.
export function datasetFromClaimReview(file: string, _json: unknown): FromClaimReviewResult {
  return { ok: false, errors: [{ file, path: '$', rule: 'format', message: 'ClaimReview import is not available in this build' }] };
}
