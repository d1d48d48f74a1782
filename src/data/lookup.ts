/**
 * The joins between a dataset's claims, answers, sources and context, in one place: the claim view
 * (the page card and the popup, through ui/claim-view/resolve.ts), the ClaimReview export and the
 * data tests all read a dataset through these, so they order and pair its parts the same way.
 */
import type { Claim, ClaimResponse, ContextFact, Dataset, ResponseKind, Source } from './schema';

export function claimById(dataset: Dataset, id: string): Claim | undefined {
  return dataset.claims.find((c) => c.id === id);
}

export function sourceById(dataset: Dataset, id: string): Source | undefined {
  return dataset.sources.find((s) => s.id === id);
}

/**
 * Where an answer of each kind stands on a card: direct answers (denials, rejections, rebuttals,
 * confirmations, calls to halt) first, since a reader opening a card asks first "who answered this?",
 * then accusations and statements on the same matter, then remarks that only add context.
 */
function responseKindRank(kind: ResponseKind): number {
  return kind === 'context' ? 2 : kind === 'statement' || kind === 'accusation' ? 1 : 0;
}

/** The answers to a claim, by kind (see `responseKindRank`), within each kind oldest first, ties in dataset order. */
export function responsesFor(dataset: Dataset, claimId: string): ClaimResponse[] {
  return dataset.responses
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.claimId === claimId)
    .sort((a, b) => responseKindRank(a.r.kind) - responseKindRank(b.r.kind) || compareIsoDates(a.r.date, b.r.date) || a.i - b.i)
    .map(({ r }) => r);
}

/** Background facts linked to a claim, in dataset order (the curator's order of importance). */
export function contextFor(dataset: Dataset, claimId: string): ContextFact[] {
  return dataset.context.filter((c) => c.claimIds.includes(claimId));
}

/** A quote as its passages: the schema allows one string or several from the same statement. */
export function quotePassages(quote: string | readonly string[]): readonly string[] {
  return typeof quote === 'string' ? [quote] : quote;
}

/** Compares YYYY, YYYY-MM and YYYY-MM-DD dates; a less precise date sorts before the precise ones it contains. */
function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
