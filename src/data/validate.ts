/**
 * Checks a dataset (the bundled file, or a claim pack a reader imports) and says exactly what is wrong
 * and where. Pure: no file system, no browser API, so the CLI, the tests and the options page share it.
 *
 * Order: a scan of every string for script/data URLs (it runs even when the shape is wrong, since a
 * hostile pack is the case that matters most), then the valibot schema, then the integrity rules that
 * a schema cannot express (ids, references, coverage, attributive wording, verified links).
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';

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
  | 'json'
  | 'schema'
  | 'https-only'
  | 'unsafe-url'
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

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

export interface ValidateOptions {
  /** When given, every source URL must be one of these (the bundled data's rule; packs may omit it). */
  verifiedUrls?: Set<string>;
}

export function validateDataset(json: unknown, file: string, opts: ValidateOptions = {}): ValidationResult {
  const errors: DataError[] = [];
  const report = (path: string, rule: DataRule, message: string) => errors.push({ file, path, rule, message });

  scanUnsafeUrls(json, '$', report);

  const parsed = v.safeParse(DatasetSchema, json);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      report(issuePath(issue), ruleOfIssue(issue), messageOfIssue(issue));
    }
    return { ok: false, errors };
  }
  checkIntegrity(parsed.output, report, opts);
  return errors.length === 0 ? { ok: true, dataset: parsed.output } : { ok: false, errors };
}

/** Parses JSON text first, so a syntax error becomes a DataError like any other. */
export function validateDatasetText(text: string, file: string, opts: ValidateOptions = {}): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ file, path: '$', rule: 'json', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validateDataset(json, file, opts);
}

export function formatDataError(e: DataError): string {
  return `${e.file}: ${e.path}: ${e.rule}: ${e.message}`;
}

type Report = (path: string, rule: DataRule, message: string) => void;

// javascript:/vbscript: are never legitimate in this data, wherever they appear; "data:" is ordinary
// prose ("the data: ..."), so only its URL form (data:mime;... or data:,...) counts.
const SCRIPT_URL = /(?:java|vb)script:/i;
const DATA_URL = /\bdata:\s*(?:[a-z]+\/[a-z0-9.+-]+)?\s*[;,]/i;

/** Browsers drop whitespace and control characters inside a URL scheme ("java\tscript:"), so do we. */
function squeeze(text: string): string {
  let out = '';
  for (const ch of text) if (ch.charCodeAt(0) > 0x20) out += ch;
  return out;
}

function scanUnsafeUrls(value: unknown, path: string, report: Report): void {
  if (typeof value === 'string') {
    if (SCRIPT_URL.test(squeeze(value))) report(path, 'unsafe-url', 'contains a javascript:/vbscript: URL');
    else if (DATA_URL.test(value)) report(path, 'unsafe-url', 'contains a data: URL');
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => scanUnsafeUrls(item, `${path}[${i}]`, report));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (SCRIPT_URL.test(squeeze(key)) || DATA_URL.test(key)) report(joinKey(path, key), 'unsafe-url', 'key contains a URL scheme');
      scanUnsafeUrls(item, joinKey(path, key), report);
    }
  }
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function joinKey(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENT.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '$';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path = joinKey(path, typeof key === 'number' ? key : String(key));
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
    if (!s.url.startsWith('https://')) report(`$.sources[${i}].url`, 'https-only', 'links must be https');
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

/** Removes quoted passages (straight or typographic double quotes, and single quotes used as quotes, not apostrophes). */
export function stripQuoted(text: string): string {
  return text
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/(^|[\s([{])[‘'][^‘’']*[’'](?=$|[\s.,;:!?)\]}])/g, '$1 ');
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
