/**
 * Checks a dataset (the bundled file, or a claim pack a reader imports) and says exactly what is wrong
 * and where. Pure: no file system, no browser API, so the CLI, the tests and the options page share it.
 *
 * Order: the size cap and the JSON syntax (parse.ts); one walk over the parsed value that holds every
 * string to the string rules and the shape to its limits (scan.ts), since a hostile file is the case
 * that matters most; then the valibot schema, one array item at a time so that a file of 20,000 broken
 * claims costs no more than its first errors; then the integrity rules a schema cannot express (ids,
 * references, coverage, attributive wording, links). At most MAX_REPORTED_ERRORS errors are listed and
 * the rest counted (errors.ts).
 */
import * as v from 'valibot';
import { errorSink, type DataError, type DataRule, type ErrorSink, type MoreErrors, type Report } from './errors';
import { linkProblem, lookalikeHost } from './links';
import { parseDatasetText } from './parse';
import { childPath, scanJson } from './scan';
import { DatasetSchema, type Dataset } from './schema';

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

function parseSchema(json: unknown, sink: ErrorSink): Dataset | undefined {
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

function linkWarnings(d: Dataset, file: string): DataError[] {
  const warnings: DataError[] = [];
  d.sources.forEach((s, i) => {
    const lookalike = s.url === undefined ? undefined : lookalikeHost(s.url);
    if (lookalike) warnings.push({ file, path: `$.sources[${i}].url`, rule: 'lookalike-host', message: lookalike });
  });
  return warnings;
}

function checkIntegrity(d: Dataset, report: Report, opts: ValidateOptions): void {
  // Unique ids across all arrays: a card links claims, answers, sources and context by id alone.
  const seen = new Map<string, string>();
  const arrays = [
    ['claims', d.claims],
    ['responses', d.responses],
    ['sources', d.sources],
    ['context', d.context],
  ] as const;
  for (const [name, items] of arrays) {
    items.forEach((item, i) => {
      const path = `$.${name}[${i}].id`;
      const first = seen.get(item.id);
      if (first) report(path, 'unique-id', `id "${item.id}" is already used at ${first}`);
      else seen.set(item.id, path);
    });
  }

  const claimIds = new Set(d.claims.map((c) => c.id));
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const mustBe = (ids: Set<string>, kind: string, id: string, path: string) => {
    if (!ids.has(id)) report(path, 'reference', `no ${kind} has id "${id}"`);
  };

  d.claims.forEach((c, i) => {
    if (c.sourceIds.length === 0) report(`$.claims[${i}].sourceIds`, 'claim-source', 'every claim needs a source');
    c.sourceIds.forEach((id, j) => mustBe(sourceIds, 'source', id, `$.claims[${i}].sourceIds[${j}]`));
    c.phrasingSources?.forEach((p, j) => {
      const path = `$.claims[${i}].phrasingSources[${j}]`;
      if (!c.phrasings.includes(p.text)) report(`${path}.text`, 'phrasing-source', 'must be exactly one of the claim\'s phrasings');
      mustBe(sourceIds, 'source', p.sourceId, `${path}.sourceId`);
    });
  });
  d.responses.forEach((r, i) => {
    mustBe(claimIds, 'claim', r.claimId, `$.responses[${i}].claimId`);
    mustBe(sourceIds, 'source', r.sourceId, `$.responses[${i}].sourceId`);
  });
  d.context.forEach((c, i) => {
    c.claimIds.forEach((id, j) => mustBe(claimIds, 'claim', id, `$.context[${i}].claimIds[${j}]`));
    mustBe(sourceIds, 'source', c.sourceId, `$.context[${i}].sourceId`);
  });

  checkDates(d, report);
  checkSpeakers(d, report);

  // A claim shown with nothing beside it would read as an endorsement of it.
  const answered = new Set([...d.responses.map((r) => r.claimId), ...d.context.flatMap((c) => c.claimIds)]);
  d.claims.forEach((c, i) => {
    if (!answered.has(c.id)) {
      report(`$.claims[${i}]`, 'claim-answered', `claim "${c.id}" has no response and no context`);
    }
  });

  d.sources.forEach((s, i) => {
    if (s.url === undefined) return;
    const problem = linkProblem(s.url);
    if (!s.url.startsWith('https://')) report(`$.sources[${i}].url`, 'https-only', 'links must be https');
    else if (problem) report(`$.sources[${i}].url`, 'link-host', problem);
    else if (opts.verifiedUrls && !opts.verifiedUrls.has(s.url)) {
      report(`$.sources[${i}].url`, 'verified-url', `${s.url} is not one of the verified URLs`);
    }
  });

  checkWording(d, report);
}

function checkDates(d: Dataset, report: Report): void {
  const weekNeedsDay = (x: { date?: string; dateQualifier?: string }, path: string) => {
    if (x.dateQualifier === 'week-of' && !/^\d{4}-\d{2}-\d{2}$/.test(x.date ?? '')) {
      report(`${path}.dateQualifier`, 'date-qualifier', '"week-of" needs the day the week begins (YYYY-MM-DD)');
    }
  };
  d.claims.forEach((c, i) => weekNeedsDay(c, `$.claims[${i}]`));
  d.responses.forEach((r, i) => weekNeedsDay(r, `$.responses[${i}]`));
  d.context.forEach((c, i) => {
    weekNeedsDay(c, `$.context[${i}]`);
    if (c.dateQualifier !== undefined && c.date === undefined) report(`$.context[${i}].dateQualifier`, 'date-qualifier', 'qualifies no date');
  });

  // An answer cannot come before what it answers: a rebuttal dated before the claim was something else.
  const claims = new Map(d.claims.map((c) => [c.id, c]));
  d.responses.forEach((r, i) => {
    const claim = claims.get(r.claimId);
    if (!claim || !ANSWER_KINDS.has(r.kind) || r.dateQualifier === 'approx') return;
    // A claim dated only "before" or "about" some day has no known start to compare with.
    if (claim.dateQualifier === 'before' || claim.dateQualifier === 'approx') return;
    const n = Math.min(r.date.length, claim.date.length);
    if (r.date.slice(0, n) < claim.date.slice(0, n)) {
      report(`$.responses[${i}].date`, 'answer-before-claim', `a ${r.kind} dated ${r.date} cannot answer a claim made ${claim.date}`);
    }
  });
}

/** Kinds that react to the claim, so they cannot precede it. */
const ANSWER_KINDS: ReadonlySet<string> = new Set(['denial', 'rejection', 'rebuttal', 'confirmation', 'call-to-halt']);

function checkSpeakers(d: Dataset, report: Report): void {
  // Whoever made a claim cannot also confirm it: that would present the claim as corroborated.
  const fold = (s: string) => s.trim().toLowerCase();
  const claimants = new Map(d.claims.map((c) => [c.id, new Set(c.claimants.flatMap((p) => [p.name, p.organisation ?? ''].filter(Boolean).map(fold)))]));
  d.responses.forEach((r, i) => {
    if (r.kind !== 'confirmation') return;
    const own = claimants.get(r.claimId);
    const who = [r.speaker.name, r.speaker.organisation].filter((x): x is string => x !== undefined).map(fold);
    if (own && who.some((w) => own.has(w))) {
      report(`$.responses[${i}].kind`, 'self-confirmation', `${r.speaker.name} made or carried the claim, so cannot confirm it`);
    }
  });
}

/**
 * Words that would pass a verdict of our own. Quoted passages are exempt: a speaker may call a report
 * "fake"; we only say that they did.
 */
const VERDICT = /\b(false(?:ly|hood)?|fake[sd]?|hoax(?:es)?|debunk(?:ed|s|ing)?|true|untrue)\b/i;

const ANY_QUOTE = /["“«‘']/;

/** Removes quoted passages (straight or typographic double quotes, and single quotes used as quotes, not apostrophes). */
export function stripQuoted(text: string): string {
  if (!ANY_QUOTE.test(text)) return text;
  const paired = stripBetween(stripBetween(text, '“', '”'), '«', '»');
  return paired.replace(/"[^"]*"/g, ' ').replace(/(^|[\s([{])[‘'][^‘’']*[’'](?=$|[\s.,;:!?)\]}])/g, '$1 ');
}

/**
 * What /open[^close]*close/g would remove, in one pass: that pattern rescans to the end of the text from
 * every unclosed opener, so a field of 4,000 “ would take 8 million steps.
 */
function stripBetween(text: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const end = text.indexOf(close, start + 1);
    // No closer after this opener means none after any later one either.
    if (end < 0) break;
    out += text.slice(from, start) + ' ';
    from = end + 1;
  }
  return out + text.slice(from);
}

export function verdictWordIn(text: string): string | undefined {
  return VERDICT.exec(stripQuoted(text))?.[1];
}

/**
 * Terms that take one side's view of the conflict (who occupies, who liberates, who is a terrorist).
 * A speaker may use them, inside quotation marks; our own words never do.
 */
const LOADED =
  /\b(occup(?:y|ies|ied|ying|ation|ations|ier|iers|ant|ants)|aggress(?:or|ors|ion|ions|ive)|(?:anti-?)?terror(?:ist|ists|ism)?|liberat(?:e|ed|es|ing|ion|or|ors)|genocid(?:e|es|al)|separatist regime|puppet|junta|ethnic cleansing|invasion|invader|invaders|martyr(?:s|dom)?|so-called)\b/i;

export function loadedTermIn(text: string): string | undefined {
  return LOADED.exec(stripQuoted(text))?.[1];
}

/** Every text the dataset says in its own voice (not quotes, phrasings or an outlet's headline), with its path. */
export function ownWords(d: Dataset): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const add = (text: string | undefined, path: string) => {
    if (text !== undefined) out.push({ path, text });
  };
  add(d.title, '$.title');
  d.claims.forEach((c, i) => {
    add(c.statement, `$.claims[${i}].statement`);
    add(c.dateNote, `$.claims[${i}].dateNote`);
    c.claimants.forEach((p, j) => {
      add(p.name, `$.claims[${i}].claimants[${j}].name`);
      add(p.role, `$.claims[${i}].claimants[${j}].role`);
      add(p.title, `$.claims[${i}].claimants[${j}].title`);
      add(p.organisation, `$.claims[${i}].claimants[${j}].organisation`);
    });
    c.tags.forEach((t, j) => add(t, `$.claims[${i}].tags[${j}]`));
  });
  d.responses.forEach((r, i) => {
    add(r.summary, `$.responses[${i}].summary`);
    add(r.dateNote, `$.responses[${i}].dateNote`);
    add(r.speaker.name, `$.responses[${i}].speaker.name`);
    add(r.speaker.role, `$.responses[${i}].speaker.role`);
    add(r.speaker.organisation, `$.responses[${i}].speaker.organisation`);
  });
  d.context.forEach((c, i) => {
    add(c.title, `$.context[${i}].title`);
    add(c.dateNote, `$.context[${i}].dateNote`);
    c.tags.forEach((t, j) => add(t, `$.context[${i}].tags[${j}]`));
  });
  return out;
}

function checkWording(d: Dataset, report: Report): void {
  for (const { path, text } of ownWords(d)) {
    const word = verdictWordIn(text);
    if (word) report(path, 'attributive-wording', `"${word}" passes a verdict; attribute it to a speaker, or quote them`);
    const loaded = loadedTermIn(text);
    if (loaded) report(path, 'loaded-term', `"${loaded}" takes a side's view; quote the speaker who used it, or say it neutrally`);
  }
}
