/**
 * The rules a schema cannot express, over a dataset whose shape is already right: unique ids, every
 * reference resolving, every claim answered, dates in an order an answer can have, nobody confirming
 * their own claim, links over https to a sound host (and to a verified URL where a list is given), and
 * our own words attributive (wording.ts).
 */
import type { Report } from './errors';
import { linkProblem } from './links';
import type { Dataset } from './schema';
import type { ValidateOptions } from './validate';
import { checkWording } from './wording';

export function checkIntegrity(d: Dataset, report: Report, opts: ValidateOptions): void {
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
