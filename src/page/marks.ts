/**
 * A mark is one highlighted span on the page: a mention of the region, or a sentence matching a
 * claim. It remembers the text nodes it was made on, so a mark whose text a live page replaced is
 * recognised as stale (a live Range would silently slide onto other text).
 */
import type { Steps } from '@/src/core/steps';
import type { ClaimMatch, Mention, PageScan } from '@/src/core/types';
import { rangeFor, type TextMap } from './text-map';

export interface Mark {
  kind: 'mention' | 'claim';
  range: Range;
  startNode: Node;
  endNode: Node;
  /** Offsets the range was made with, to restore it when a framework rewrites a text node unchanged. */
  startOffset: number;
  endOffset: number;
  claimId?: string;
  terms?: readonly string[];
  /** 'context': the sentence matched through the sentences before it (see ClaimMatch.via). */
  via?: 'context';
  /** The language the sentence matched in (see ClaimMatch.lang). */
  lang?: string;
}

export function isStale(mark: Mark): boolean {
  const r = mark.range;
  return (
    r.collapsed ||
    r.startContainer !== mark.startNode ||
    r.endContainer !== mark.endNode ||
    !mark.startNode.isConnected ||
    !mark.endNode.isConnected
  );
}

/**
 * The marks of one read text, in document order (sorted by their text offsets, not by the DOM), in
 * steps: a long page holds thousands of marks, and making their ranges at once would be a long task.
 */
export function* markSteps(map: TextMap, scan: Pick<PageScan, 'mentions' | 'matches'>): Steps<Mark[]> {
  const out: Placed[] = [];
  let n = 0;
  for (const m of scan.mentions) {
    placeMention(out, map, m);
    if (++n % 64 === 0) yield;
  }
  for (const m of scan.matches) {
    placeMatch(out, map, m);
    if (++n % 64 === 0) yield;
  }
  return out.sort(byOffset);
}

type Placed = Mark & { at: number };

const byOffset = (a: Placed, b: Placed) => a.at - b.at;

function placeMention(out: Placed[], map: TextMap, m: Mention): void {
  const range = rangeFor(map, m.start, m.end);
  if (range) out.push({ kind: 'mention', range, ...ends(range), at: m.start });
}

/** A match spans its sentence, which the core already trimmed of surrounding space (sentences.ts). */
function placeMatch(out: Placed[], map: TextMap, match: ClaimMatch): void {
  const { start, end } = match;
  const range = rangeFor(map, start, end);
  if (!range) return;
  out.push({
    kind: 'claim',
    range,
    ...ends(range),
    claimId: match.claimId,
    terms: match.terms,
    ...(match.via ? { via: match.via } : {}),
    ...(match.lang ? { lang: match.lang } : {}),
    at: start,
  });
}

function ends(range: Range) {
  return {
    startNode: range.startContainer,
    endNode: range.endContainer,
    startOffset: range.startOffset,
    endOffset: range.endOffset,
  };
}

/**
 * A framework that re-renders by setting a text node's data to the same text collapses every live
 * range in it (DOM "replace data"). Put the mark back where it was; true when it could be.
 */
export function restore(mark: Mark): boolean {
  try {
    mark.range.setStart(mark.startNode, mark.startOffset);
    mark.range.setEnd(mark.endNode, mark.endOffset);
    return !mark.range.collapsed;
  } catch {
    return false;
  }
}

const before = (a: Mark, b: Mark) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) < 0;

/**
 * Merges two lists already in document order. Comparing DOM positions costs up to a walk over a
 * parent's children each time, so each fresh mark is placed by binary search among the kept ones,
 * never by a full sort, and the output is built in one pass (no insertion into the middle of a list).
 */
export function mergeInOrder(kept: Mark[], fresh: Mark[]): Mark[] {
  if (kept.length === 0) return fresh;
  if (fresh.length === 0) return kept;
  const out: Mark[] = [];
  let lo = 0;
  for (const m of fresh) {
    let hi = kept.length;
    let from = lo;
    while (from < hi) {
      const mid = (from + hi) >> 1;
      if (before(kept[mid]!, m)) from = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < from; i++) out.push(kept[i]!);
    out.push(m);
    lo = from;
  }
  for (let i = lo; i < kept.length; i++) out.push(kept[i]!);
  return out;
}

/** The first `max` marks of a kind, in document order, and whether there were more. */
export function capMarks(marks: readonly Mark[], max: { mention: number; claim: number }): { marks: Mark[]; more: { mentions: boolean; claims: boolean } } {
  const counts = { mention: 0, claim: 0 };
  const out: Mark[] = [];
  for (const m of marks) if (++counts[m.kind] <= max[m.kind]) out.push(m);
  return { marks: out, more: { mentions: counts.mention > max.mention, claims: counts.claim > max.claim } };
}
