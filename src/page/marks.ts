/**
 * A mark is one highlighted span on the page: a mention of the region, or a sentence matching a
 * claim. It remembers the text nodes it was made on, so a mark whose text a live page replaced is
 * recognised as stale (a live Range would silently slide onto other text).
 */
import type { TextScan } from './scanner';
import { rangeFor, SLICE_MS, type TextMap } from './text-map';

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

/** The marks of one read text, in document order (sorted by their text offsets, not by the DOM). */
export function marksFrom(map: TextMap, scan: TextScan): Mark[] {
  const out: Placed[] = [];
  for (const m of scan.mentions) place(out, map, m, 'mention');
  for (const m of scan.matches) place(out, map, m, 'claim');
  return out.sort(byOffset);
}

/**
 * marksFrom in slices of about `sliceMs`, yielding between them: a long page holds thousands of
 * marks, and making their ranges at once would be a long task.
 */
export async function marksFromInSlices(
  map: TextMap,
  scan: TextScan,
  options: { yieldToLoop: () => Promise<void>; signal?: AbortSignal; sliceMs?: number },
): Promise<Mark[]> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const out: Placed[] = [];
  let sliceStart = performance.now();
  const items = [
    ...scan.mentions.map((m) => [m, 'mention'] as const),
    ...scan.matches.map((m) => [m, 'claim'] as const),
  ];
  for (let i = 0; i < items.length; i++) {
    place(out, map, items[i]![0], items[i]![1]);
    if (i % 64 === 63 && performance.now() - sliceStart >= sliceMs) {
      await options.yieldToLoop();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  return out.sort(byOffset);
}

type Placed = Mark & { at: number };

const byOffset = (a: Placed, b: Placed) => a.at - b.at;

function place(out: Placed[], map: TextMap, m: TextScan['mentions'][number] | TextScan['matches'][number], kind: Mark['kind']): void {
  if (kind === 'mention') {
    const range = rangeFor(map, m.start, m.end);
    if (range) out.push({ kind: 'mention', range, ...ends(range), at: m.start });
    return;
  }
  const match = m as TextScan['matches'][number];
  const { start, end } = trimSpan(map.text, match.start, match.end);
  const range = rangeFor(map, start, end);
  if (range) {
    out.push({
      kind: 'claim',
      range,
      ...ends(range),
      claimId: match.claimId,
      terms: match.terms,
      at: start,
    });
  }
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

const before = (a: Mark, b: Mark) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) < 0;

/**
 * Merges two lists already in document order. Comparing DOM positions costs up to a walk over a
 * parent's children each time, so each fresh mark is placed by binary search, never by a full sort.
 */
export function mergeInOrder(kept: Mark[], fresh: Mark[]): Mark[] {
  if (kept.length === 0) return fresh;
  if (fresh.length === 0) return kept;
  const out = kept.slice();
  let lo = 0;
  for (const m of fresh) {
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(out[mid]!, m)) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, m);
    lo += 1;
  }
  return out;
}
