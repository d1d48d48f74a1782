/**
 * Small pure lookups the card, the popup and the options page share, so none of them re-implements
 * the joins between claims, responses, sources and context.
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

/** The sources a claim card links to: the claim's own, then its responses' and context's, each once. */
export function sourcesFor(dataset: Dataset, claimId: string): Source[] {
  const claim = claimById(dataset, claimId);
  if (!claim) return [];
  const ids = [
    ...claim.sourceIds,
    ...responsesFor(dataset, claimId).map((r) => r.sourceId),
    ...contextFor(dataset, claimId).map((c) => c.sourceId),
  ];
  return [...new Set(ids)].flatMap((id) => sourceById(dataset, id) ?? []);
}

/** A quote as a list of passages, whether the data holds one string or several. */
export function quotePassages(quote: string | readonly string[]): string[] {
  return typeof quote === 'string' ? [quote] : [...quote];
}

/** Compares YYYY, YYYY-MM and YYYY-MM-DD dates; a less precise date sorts before the precise ones it contains. */
function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
