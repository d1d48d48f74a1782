/**
 * Every check of a pack file's text that does not depend on the packs stored now: size, syntax, format,
 * shape limits, then the dataset's rules. Pure (no storage, no browser API), so the options page and
 * `npm run validate:data` give a file the same verdict, and the options page can run it outside the
 * storage lock.
 */
import { claimReviewToDatasetJson } from '@/src/data/claimreview/from-claimreview';
import { errorSink } from '@/src/data/errors';
import { parseDatasetText } from '@/src/data/parse';
import { scanJson } from '@/src/data/scan';
import { validateDataset, type ValidateOptions } from '@/src/data/validate';
import { detectFormat, formatError } from './format';
import type { CheckResult } from './types';

export function checkPackText(file: string, text: string, opts: ValidateOptions = {}): CheckResult {
  const parsed = parseDatasetText(file, text);
  if (!parsed.ok) return parsed;
  const format = detectFormat(parsed.json);
  if (!format) return { ok: false, errors: [formatError(file)] };
  if (format === 'claimreview') {
    // Its shape is held to the limits before it is reshaped; its strings are checked after, at dataset paths.
    const shape = errorSink(file);
    if (!scanJson(parsed.json, shape, { strings: false })) {
      const more = shape.more();
      return { ok: false, errors: shape.errors, ...(more && { more }) };
    }
  }
  // JSON-LD is reshaped into a dataset first, so every check (and its JSON paths) is the same for both formats.
  const json = format === 'claimreview' ? claimReviewToDatasetJson(parsed.json) : parsed.json;
  return validateDataset(json, file, opts);
}
