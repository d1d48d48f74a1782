/**
 * Which of the two accepted shapes a file is in: our dataset format, or the ClaimReview JSON-LD that
 * `npm run claims:export` writes. Anything else gets a `format` error rather than a pile of schema errors.
 */
import { isClaimReviewJson } from '@/src/data/claimreview/from-claimreview';
import type { PackError } from './types';

type PackFormat = 'dataset' | 'claimreview';

export function detectFormat(json: unknown): PackFormat | undefined {
  if (isClaimReviewJson(json)) return 'claimreview';
  if (json !== null && typeof json === 'object' && !Array.isArray(json) && ('claims' in json || 'version' in json)) return 'dataset';
  return undefined;
}

export function formatError(file: string): PackError {
  return {
    file,
    path: '$',
    rule: 'format',
    message: 'neither a Karabakh Context dataset (an object with "version" and "claims") nor ClaimReview JSON-LD',
  };
}
