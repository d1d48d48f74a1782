/**
 * Gathers everything the claim view shows about one claim from the active datasets (the bundled one and
 * any imported packs), through the dataset's own joins (src/data/lookup.ts). Pure: the card and the
 * popup render the same resolution.
 */
import type { Claim, ClaimResponse, ContextFact, Dataset, Source } from '@/src/data/schema';
import { claimById, contextFor, responsesFor } from '@/src/data/lookup';

export interface ResolvedResponse {
  response: ClaimResponse;
  source?: Source;
}

interface ResolvedContext {
  fact: ContextFact;
  source?: Source;
}

export interface ResolvedClaim {
  claim: Claim;
  /** Sources the claim itself was carried by, in the dataset's order. */
  claimSources: Source[];
  /** Direct answers, then statements and accusations, then background, each oldest first (`responsesFor`). */
  responses: ResolvedResponse[];
  context: ResolvedContext[];
}

/**
 * The first dataset that defines the claim wins; its responses, sources and context are looked up in
 * that same dataset, so a pack can never attach words to a speaker in another pack's claim.
 */
export function resolveClaim(datasets: readonly Dataset[], claimId: string): ResolvedClaim | undefined {
  for (const ds of datasets) {
    const claim = claimById(ds, claimId);
    if (!claim) continue;
    const sources = new Map(ds.sources.map((s) => [s.id, s] as const));
    const claimSources = claim.sourceIds.flatMap((id) => {
      const s = sources.get(id);
      return s ? [s] : [];
    });
    const responses = responsesFor(ds, claimId).map((response) => ({ response, source: sources.get(response.sourceId) }));
    const context = contextFor(ds, claimId).map((fact) => ({ fact, source: sources.get(fact.sourceId) }));
    return { claim, claimSources, responses, context };
  }
  return undefined;
}
