/**
 * Scoring: a claim's score is the sum over the query's terms of how rare the term is times how well
 * the claim's best text holds it; the claims holding the most required terms come first.
 */
import type { Term } from './query-terms';
import type { WordSource } from './word-source';

interface Ranked {
  /** Claim numbers, best first. */
  claims: number[];
  scores: number[];
  partial: boolean;
}

export function rank(terms: readonly Term[], source: WordSource, limit: number): Ranked | null {
  const n = source.claimCount;
  const coverage = new Uint8Array(n);
  const score = new Float32Array(n);
  const touched: number[] = [];
  const seen = new Uint8Array(n);
  const termBest = new Float32Array(n);
  const idfSum = terms.reduce((s, t) => s + t.idf, 0) || 1;
  for (const term of terms) {
    termBest.fill(0);
    const termTouched: number[] = [];
    for (const [word, quality] of term.words) {
      const posting = source.posting(word);
      if (!posting) continue; // only while a prepared index is still being read (./partial-search)
      const { claims: cs, weights: ws } = posting;
      for (let k = 0; k < cs.length; k++) {
        const ci = cs[k]!;
        const v = quality * ws[k]!;
        if (termBest[ci] === 0) termTouched.push(ci);
        if (v > termBest[ci]!) termBest[ci] = v;
      }
    }
    for (const ci of termTouched) {
      if (!seen[ci]) {
        seen[ci] = 1;
        touched.push(ci);
      }
      if (term.required) coverage[ci]!++;
      score[ci]! += (term.idf * termBest[ci]!) / idfSum;
    }
  }
  const required = terms.filter((t) => t.required).length;
  let best = 0;
  for (const ci of touched) best = Math.max(best, coverage[ci]!);
  if (best === 0) return null;
  const claims = touched
    .filter((ci) => coverage[ci] === best)
    .sort((a, b) => score[b]! - score[a]! || a - b)
    .slice(0, limit);
  return { claims, scores: claims.map((ci) => score[ci]!), partial: best < required };
}
