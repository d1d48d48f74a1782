/**
 * Checks a dataset (the bundled file, or a claim pack a reader imports) and says exactly what is wrong
 * and where. Pure: no file system, no browser API, so the CLI, the tests and the options page share it.
 *
 * Order: the size cap and the JSON syntax (parse.ts); one walk over the parsed value that holds every
 * string to the string rules and the shape to its limits (scan.ts), since a hostile file is the case
 * that matters most; then the valibot schema, one array item at a time so that a file of 20,000 broken
 * claims costs no more than its first errors; then the integrity rules a schema cannot express (ids,
 * references, coverage, attributive wording, links). At most MAX_REPORTED_ERRORS errors are listed and
 * the rest counted (errors.ts). Each stage is a file of its own: scan.ts, schema-check.ts,
 * integrity.ts and wording.ts.
 */
import { errorSink, type DataError, type ErrorSink, type MoreErrors } from './errors';
import { checkIntegrity } from './integrity';
import { lookalikeHost } from './links';
import { parseDatasetText } from './parse';
import { scanJson } from './scan';
import { parseSchema } from './schema-check';
import type { Dataset } from './schema';

export type { DataError, DataRule, MoreErrors } from './errors';

export type ValidationResult =
  | {
      ok: true;
      dataset: Dataset;
      /** Things the reader should know but that do not stop an import, e.g. a look-alike link host. */
      warnings?: DataError[];
    }
  | { ok: false; errors: DataError[]; more?: MoreErrors };

export interface ValidateOptions {
  /** When given, every source URL must be one of these (the bundled data's rule; packs may omit it). */
  verifiedUrls?: Set<string>;
}

export function validateDataset(json: unknown, file: string, opts: ValidateOptions = {}): ValidationResult {
  const sink = errorSink(file);
  const withinLimits = scanJson(json, sink);
  if (!withinLimits || sink.full()) return failed(sink);
  const dataset = parseSchema(json, sink);
  if (!dataset) return failed(sink);
  checkIntegrity(dataset, sink.report, opts);
  if (sink.count() > 0) return failed(sink);
  const warnings = linkWarnings(dataset, file);
  return warnings.length > 0 ? { ok: true, dataset, warnings } : { ok: true, dataset };
}

/** The size cap and the JSON syntax first, so neither a huge file nor a syntax error gets further. */
export function validateDatasetText(text: string, file: string, opts: ValidateOptions = {}): ValidationResult {
  const parsed = parseDatasetText(file, text);
  return parsed.ok ? validateDataset(parsed.json, file, opts) : parsed;
}

export function formatDataError(e: Omit<DataError, 'rule'> & { rule: string }): string {
  return `${e.file}: ${e.path}: ${e.rule}: ${e.message}`;
}

function failed(sink: ErrorSink): ValidationResult {
  const more = sink.more();
  return more ? { ok: false, errors: sink.errors, more } : { ok: false, errors: sink.errors };
}

function linkWarnings(d: Dataset, file: string): DataError[] {
  const warnings: DataError[] = [];
  d.sources.forEach((s, i) => {
    const lookalike = s.url === undefined ? undefined : lookalikeHost(s.url);
    if (lookalike) warnings.push({ file, path: `$.sources[${i}].url`, rule: 'lookalike-host', message: lookalike });
  });
  return warnings;
}
