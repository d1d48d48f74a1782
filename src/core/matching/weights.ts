/**
 * How much each concept counts: by how rare it is among the claims (not documents: a claim with many
 * phrasings is one claim), less for scene, detail and colour. A sentence's share of a wording is
 * the share of this weight it covers.
 */
import type { ConceptInfo } from '../lexicon';
import type { Parsed } from './documents';

/** How much a concept counts, from how many claims say it (df) and how many documents (docs). */
function conceptWeight(c: ConceptInfo, df: number, docs: number, nClaims: number): number {
  const idf = Math.log(1 + nClaims / df) + 0.5;
  if (c.kind === 'scene') return idf * 0.4;
  if (c.kind === 'detail') return idf * 0.3;
  // How a claim is carried ("reports") and whether both sides say it ("each other") colour a
  // wording; one side's accusation is still the accusation.
  if (c.id === 'report' || c.id === 'mutual') return idf * 0.5;
  // A word only one wording of the whole dataset says is that wording's colour ("strictly",
  // "presidential adviser"), not what the claim is; a sentence may well say it otherwise.
  if (docs <= 1 && c.kind === 'word') return idf * 0.6;
  return idf;
}

/** The index's weightOf: the weights it computed, and for a concept no wording says, the rarest weight. */
export function weigher(weights: ReadonlyMap<string, number>, nClaims: number): (c: ConceptInfo) => number {
  return (c) => weights.get(c.id) ?? conceptWeight(c, 1, 0, Math.max(nClaims, 1));
}

export function weighing(parsed: readonly Parsed[], nClaims: number) {
  const claimsWith = new Map<string, Set<string>>();
  const docsWith = new Map<string, number>();
  for (const d of parsed) {
    for (const c of d.concepts.keys()) {
      docsWith.set(c, (docsWith.get(c) ?? 0) + 1);
      let set = claimsWith.get(c);
      if (!set) claimsWith.set(c, (set = new Set()));
      set.add(d.claimId);
    }
  }
  const weights = new Map<string, number>();
  // A concept's weight is fixed by the first form it is asked for in (a concept id has one kind).
  const weightOf = (c: ConceptInfo): number => {
    let w = weights.get(c.id);
    if (w === undefined) weights.set(c.id, (w = conceptWeight(c, claimsWith.get(c.id)?.size ?? 1, docsWith.get(c.id) ?? 0, nClaims)));
    return w;
  };
  return { claimsWith, weightOf, weights };
}
