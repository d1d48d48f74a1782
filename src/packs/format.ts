/**
 * Which of the two accepted shapes a file is in: our dataset format, or the ClaimReview JSON-LD that
 * `npm run claims:export` writes. Anything else gets a `format` error rather than a pile of schema errors.
 */
import type { PackError } from './types';

export type PackFormat = 'dataset' | 'claimreview';

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

export function detectFormat(json: unknown): PackFormat | undefined {
  if (Array.isArray(json)) return json.length > 0 && json.every((x) => isObject(x) && '@type' in x) ? 'claimreview' : undefined;
  if (!isObject(json)) return undefined;
  if ('@context' in json || '@type' in json || '@graph' in json) return 'claimreview';
  if ('claims' in json || 'version' in json) return 'dataset';
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
