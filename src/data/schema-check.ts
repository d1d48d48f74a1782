/**
 * The valibot schema (schema.ts), held to a dataset one array item at a time, so that a file of 20,000
 * broken claims costs no more than its first errors; valibot's issues become the dataset's errors,
 * each with its JSON path and rule.
 */
import * as v from 'valibot';
import type { DataRule, ErrorSink } from './errors';
import { childPath } from './scan';
import { DatasetSchema, type Dataset } from './schema';

type AnySchema = v.GenericSchema;
type ArrayOf = v.ArraySchema<AnySchema, undefined>;

// The dataset's top level with each plain array's items left unchecked: the items are checked one by
// one below, so checking stops as soon as the error count is reached.
const ITEM_SCHEMAS: [string, AnySchema][] = Object.entries(DatasetSchema.entries as Record<string, AnySchema>)
  .filter(([, schema]) => schema.type === 'array' && !('pipe' in schema))
  .map(([key, schema]) => [key, (schema as unknown as ArrayOf).item]);
const TOP_LEVEL = v.strictObject({
  ...(DatasetSchema.entries as Record<string, AnySchema>),
  ...Object.fromEntries(ITEM_SCHEMAS.map(([key]) => [key, v.array(v.unknown())])),
});

export function parseSchema(json: unknown, sink: ErrorSink): Dataset | undefined {
  const before = sink.count();
  const reportIssues = (issues: v.BaseIssue<unknown>[], base: string) => {
    for (const issue of issues) sink.report(issuePath(issue, base), ruleOfIssue(issue), messageOfIssue(issue));
  };
  const top = v.safeParse(TOP_LEVEL, json);
  if (!top.success) reportIssues(top.issues, '$');
  const out: Record<string, unknown> = top.success ? { ...top.output } : {};
  const record = (json !== null && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  for (const [key, itemSchema] of ITEM_SCHEMAS) {
    const items = record[key];
    if (!Array.isArray(items)) continue;
    const parsed: unknown[] = [];
    for (let i = 0; i < items.length && !sink.full(); i++) {
      const item = v.safeParse(itemSchema, items[i]);
      if (item.success) parsed.push(item.output);
      else reportIssues(item.issues, childPath(childPath('$', key), i));
    }
    out[key] = parsed;
  }
  if (sink.count() > before || !top.success) return undefined;
  // A check on the whole dataset (a pipe on DatasetSchema) would not be seen above.
  if ('pipe' in DatasetSchema) {
    const whole = v.safeParse(DatasetSchema, out);
    if (!whole.success) reportIssues(whole.issues, '$');
    return whole.success ? whole.output : undefined;
  }
  return out as Dataset;
}

function issuePath(issue: v.BaseIssue<unknown>, base: string): string {
  let path = base;
  for (const item of issue.path ?? []) {
    const key = item.key;
    path = childPath(path, typeof key === 'number' ? key : String(key));
  }
  return path;
}

function messageOfIssue(issue: v.BaseIssue<unknown>): string {
  // valibot words an unknown key as "Expected never"; a curator needs to know which key is not allowed.
  if (issue.kind === 'schema' && issue.expected === 'never') {
    const key = issue.path?.at(-1)?.key;
    return `unknown key ${JSON.stringify(String(key))}`;
  }
  return issue.message;
}

function ruleOfIssue(issue: v.BaseIssue<unknown>): DataRule {
  if (issue.type === 'starts_with' && issue.requirement === 'https://') return 'https-only';
  return 'schema';
}
