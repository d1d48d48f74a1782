/** A found claim as the popup shows it: its statement, its answers at a glance and the texts that hold query words, marked. */
import type { ClaimDocs } from './documents';
import { KIND_WEIGHT } from './documents';
import { answerLines } from './glance';
import { conceptWord } from './concepts';
import { tokenize } from './normalize';
import type { PlaceMatcher } from './place-names';
import type { ClaimResult, DocHit, MarkedText } from './results';
import { CONCEPT_PREFIX, PLACE_PREFIX } from './word-source';

/** `marked`: the index words the query found, pseudo-words included. */
export function describe(c: ClaimDocs, score: number, marked: ReadonlySet<string>, places: PlaceMatcher, hitsPerClaim: number): ClaimResult {
  const mark = (text: string): MarkedText => ({ text, marks: marksIn(text, marked, places) });
  const hits: (DocHit & { rank: number })[] = [];
  let statement: MarkedText = { text: c.statement, marks: [] };
  for (const doc of c.docs) {
    if (doc.hidden) continue;
    const { marks } = mark(doc.text);
    if (doc.kind === 'statement') {
      statement = { text: doc.text, marks };
    } else if (marks.length > 0) {
      hits.push({ kind: doc.kind, refId: doc.refId, by: doc.by, text: doc.text, marks, rank: KIND_WEIGHT[doc.kind] * marks.length });
    }
  }
  hits.sort((a, b) => b.rank - a.rank);
  return {
    claimId: c.claimId,
    datasetId: c.datasetId,
    statement,
    answers: answerLines(c.responses, c.sources).map((line) => ({ line, who: mark(line.who), quote: mark(line.quote) })),
    hits: hits.slice(0, hitsPerClaim).map(({ rank: _rank, ...h }) => h),
    score,
  };
}

function marksIn(text: string, marked: ReadonlySet<string>, places: PlaceMatcher): [number, number][] {
  const tokens = tokenize(text);
  const marks: [number, number][] = [];
  for (const p of places.find(tokens)) {
    if (marked.has(PLACE_PREFIX + p.canonical)) marks.push([tokens[p.from]!.start, tokens[p.to - 1]!.end]);
  }
  for (const t of tokens) {
    const concept = marked.size > 0 ? conceptWord(t.norm) : null;
    const hit = marked.has(t.norm) || (concept !== null && marked.has(CONCEPT_PREFIX + concept));
    if (hit && !marks.some(([s, e]) => t.start >= s && t.end <= e)) marks.push([t.start, t.end]);
  }
  return marks.sort((a, b) => a[0] - b[0]);
}
