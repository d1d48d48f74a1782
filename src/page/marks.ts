/**
 * A mark is one highlighted span on the page: a mention of the region, or a sentence matching a
 * claim. It remembers the text nodes it was made on, so a mark whose text a live page replaced is
 * recognised as stale (a live Range would silently slide onto other text).
 */
import type { TextScan } from './scanner';
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

export function marksFrom(map: TextMap, scan: TextScan): Mark[] {
  const out: Mark[] = [];
  for (const m of scan.mentions) {
    const range = rangeFor(map, m.start, m.end);
    if (range) out.push({ kind: 'mention', range, ...ends(range) });
  }
  for (const m of scan.matches) {
    const { start, end } = trimSpan(map.text, m.start, m.end);
    const range = rangeFor(map, start, end);
    if (range) {
      out.push({
        kind: 'claim',
        range,
        ...ends(range),
        claimId: m.claimId,
        terms: m.terms,
      });
    }
  }
  return out;
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

/** Sentences from the core may carry surrounding spaces; the highlight should not. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Document order, for keyboard navigation and the popup's "n-th match". */
export function sortByPosition(marks: Mark[]): Mark[] {
  return marks.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}
