/**
 * What a check reports, and the cap on how much of it is kept. A hostile file can break a rule once
 * per value (300,000 empty claims broke seven rules each), so a checker keeps the first
 * MAX_REPORTED_ERRORS, counts the rest, and stops looking at MAX_COUNTED_ERRORS: the reader sees about
 * a hundred path-named errors and "and N more", and neither time nor memory grows with the file's malice.
 */
export interface DataError {
  /** The file (or pack name) the error was found in, as given by the caller. */
  file: string;
  /** JSON path of the offending value, e.g. `$.responses[3].quote`. */
  path: string;
  /** Short stable name of the rule broken, e.g. `reference`, `unique-id`, `https-only`. */
  rule: DataRule;
  message: string;
}

export type DataRule =
  | 'size'
  | 'json'
  | 'depth'
  | 'length'
  | 'schema'
  | 'https-only'
  | 'unsafe-url'
  | 'unsafe-text'
  | 'markup'
  | 'link-host'
  | 'lookalike-host'
  | 'unique-id'
  | 'reference'
  | 'claim-source'
  | 'claim-answered'
  | 'verified-url'
  | 'attributive-wording'
  | 'loaded-term'
  | 'phrasing-source'
  | 'date-qualifier'
  | 'self-confirmation'
  | 'answer-before-claim';

/** Errors found beyond those listed. */
export interface MoreErrors {
  count: number;
  /** Checking stopped at MAX_COUNTED_ERRORS, so there are at least `count` more. */
  atLeast: boolean;
}

export const MAX_REPORTED_ERRORS = 100;
export const MAX_COUNTED_ERRORS = 10_000;

export type Report = (path: string, rule: DataRule, message: string) => void;

export interface ErrorSink {
  report: Report;
  /** The first MAX_REPORTED_ERRORS errors. */
  readonly errors: DataError[];
  /** How many errors were reported in all, up to MAX_COUNTED_ERRORS. */
  count(): number;
  /** True once MAX_COUNTED_ERRORS is reached: checkers stop looking. */
  full(): boolean;
  /** What is beyond `errors`, or undefined when every error is listed. */
  more(): MoreErrors | undefined;
}

export function errorSink(file: string): ErrorSink {
  const errors: DataError[] = [];
  let counted = 0;
  return {
    errors,
    report(path, rule, message) {
      if (counted >= MAX_COUNTED_ERRORS) return;
      counted++;
      if (errors.length < MAX_REPORTED_ERRORS) errors.push({ file, path, rule, message });
    },
    count: () => counted,
    full: () => counted >= MAX_COUNTED_ERRORS,
    more: () => (counted > errors.length ? { count: counted - errors.length, atLeast: counted >= MAX_COUNTED_ERRORS } : undefined),
  };
}

/** "and 9,900 more errors", or "and at least 9,900 more errors (checking stopped there)". */
export function describeMore(more: MoreErrors): string {
  const n = more.count.toLocaleString('en');
  return more.atLeast ? `and at least ${n} more errors (checking stopped there)` : `and ${n} more errors`;
}
