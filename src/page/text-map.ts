/**
 * Reads a page as the reader reads it: one string of its visible prose, with a map from string
 * offsets back to DOM text nodes, so the pure core can work on text and we can turn its offsets
 * into Ranges for highlights.
 *
 * - Inline elements join without an invented space: "Nagorno-<em>Karabakh</em>" stays one word.
 * - Block boundaries become "\n", which the core treats as a hard boundary, so no mention or
 *   sentence crosses from one paragraph, list item or cell into the next.
 * - Line breaks inside a text node are layout whitespace in HTML; they become spaces (same length,
 *   so offsets stay 1:1 with the node's data).
 * - Never read: scripts, styles, form fields, buttons, code, SVG, MathML, editable regions, hidden
 *   elements and our own UI. What is not read is never highlighted.
 */
import { BLOCK_TAGS, isSkippedByAttributes, SKIPPED_TAGS } from '@/src/core/reading-rules';
import type { Steps } from '@/src/core/steps';

export interface TextMap {
  readonly text: string;
  /** Text nodes in document order, and where each starts in `text`. */
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
}

/** True for an element whose subtree is never read. */
function isSkippedElement(el: Element, skip?: (el: Element) => boolean): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.namespaceURI !== null && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  if (isSkippedByAttributes((name) => el.getAttribute(name))) return true;
  return skip?.(el) ?? false;
}

/** True when a node sits inside something we never read (for nodes that arrive later). */
export function isInsideSkipped(node: Node, skip?: (el: Element) => boolean): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el, skip)) return true;
  }
  return (node.ownerDocument ?? (node as Document)).designMode === 'on';
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

const LAYOUT_WHITESPACE = /[\n\r\t\f]/g;

/** A resumable walk: call run(budget) until it returns true. */
class Walk {
  private parts: string[] = [];
  private length = 0;
  private lastWasBreak = true;
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  private walker: TreeWalker;
  /** Whether the walker's current node is an element whose children are still to visit. */
  private descend: boolean;
  private done = false;

  constructor(
    private root: Node,
    private skip?: (el: Element) => boolean,
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    // SHOW_ELEMENT | SHOW_TEXT, no filter: a JS filter callback per node costs more than our checks.
    this.walker = doc.createTreeWalker(root, 0x1 | 0x4);
    if (doc.designMode === 'on') {
      this.descend = false;
      this.done = true;
    } else {
      this.descend = root.nodeType === 9 || this.enter(root, true);
    }
  }

  private pushBreak(): void {
    if (this.lastWasBreak) return;
    this.parts.push('\n');
    this.length += 1;
    this.lastWasBreak = true;
  }

  /** Reads a node; true when its children should be visited. */
  private enter(node: Node, isRoot = false): boolean {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return false;
      this.nodes.push(node as Text);
      this.starts.push(this.length);
      this.parts.push(data.replace(LAYOUT_WHITESPACE, ' '));
      this.length += data.length;
      this.lastWasBreak = false;
      return false;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    const block = isBlockElement(el);
    // A skipped block still separates what comes before it from what comes after.
    if (block) this.pushBreak();
    return isRoot || !isSkippedElement(el, this.skip);
  }

  /** Visits up to `budget` nodes; true when the walk is finished. */
  run(budget: number): boolean {
    if (this.done) return true;
    const w = this.walker;
    let descend = this.descend;
    for (let i = 0; i < budget; i++) {
      let next: Node | null = descend ? w.firstChild() : null;
      while (!next) {
        if (w.currentNode === this.root) return (this.done = true);
        next = w.nextSibling();
        if (next) break;
        const parent = w.parentNode();
        if (!parent) return (this.done = true);
        if (parent.nodeType === 1 && isBlockElement(parent as Element)) this.pushBreak();
      }
      descend = this.enter(next);
    }
    this.descend = descend;
    return false;
  }

  result(): TextMap {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }
}

const NODES_PER_STEP = 512;

/** Reads a subtree in steps of a few hundred nodes (run them with runToEnd or runSliced). */
export function* readTextSteps(root: Node, skip?: (el: Element) => boolean): Steps<TextMap> {
  const walk = new Walk(root, skip);
  while (!walk.run(NODES_PER_STEP)) yield;
  return walk.result();
}

/**
 * Reads several subtrees (blocks a live page added or changed, in document order) as one text, a
 * "\n" between two of them, so that they are scanned together as they stand on the page.
 */
export function* readBlocksSteps(roots: readonly Node[], skip?: (el: Element) => boolean): Steps<TextMap> {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let read = 0;
  for (const root of roots) {
    const map = yield* readTextSteps(root, skip);
    // Many small blocks (a feed's items) are a step every so often, as many nodes of one are.
    read += map.nodes.length + 1;
    if (read >= NODES_PER_STEP / 4) {
      read = 0;
      yield;
    }
    if (map.text.length === 0) continue;
    // A block's own text ends with its break already; others (an inline root) get one.
    if (length > 0 && !parts[parts.length - 1]!.endsWith('\n')) {
      parts.push('\n');
      length += 1;
    }
    parts.push(map.text);
    for (let i = 0; i < map.nodes.length; i++) {
      nodes.push(map.nodes[i]!);
      starts.push(map.starts[i]! + length);
    }
    length += map.text.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the text node holding offset `at` (the last node starting at or before it). */
function nodeIndexAt(map: TextMap, at: number): number {
  const starts = map.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The DOM range for text[start, end). Offsets on an inserted "\n" move inward to the nearest text.
 * Null when the text is gone or changed since it was read (a live page), or the span is empty.
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (end <= start || map.nodes.length === 0) return null;
  let si = nodeIndexAt(map, start);
  let sNode = map.nodes[si]!;
  let sOff = start - map.starts[si]!;
  if (sOff >= sNode.data.length) {
    // start sits on a separator after this node: begin at the next node.
    si += 1;
    if (si >= map.nodes.length) return null;
    sNode = map.nodes[si]!;
    sOff = 0;
  }
  sOff = Math.max(0, sOff);
  const ei = nodeIndexAt(map, end - 1);
  const eNode = map.nodes[ei]!;
  const eOff = Math.min(end - map.starts[ei]!, eNode.data.length);
  if (ei < si || !sNode.isConnected || !eNode.isConnected) return null;
  const range = sNode.ownerDocument.createRange();
  try {
    range.setStart(sNode, sOff);
    range.setEnd(eNode, eOff);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
