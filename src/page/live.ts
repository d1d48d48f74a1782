/**
 * Keeps up with a live page: watches it for added, removed and rewritten text, and hands over the
 * blocks that changed, outermost and in document order, in idle time, one batch at a time. The
 * work follows what the page added, never its size: the observer's callback only queues, and the
 * changed blocks are found in steps, without comparing nodes pairwise.
 */
import type { Steps } from '@/src/core/steps';
import { isCardHost } from './card/CardHost';
import { restore, type Mark } from './marks';
import { runSliced } from './run-sliced';
import { isBlockElement, isInsideSkipped } from './text-map';

interface LiveOptions {
  lifecycle: {
    readonly signal: AbortSignal;
    requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  };
  /** The marks that start or end in a text node. */
  marksAt(node: Node): readonly Mark[] | undefined;
  /** These blocks (outermost, in document order) were added or changed; the page's body means all of it. */
  changed(blocks: Node[]): Promise<void>;
}

/** Changes are handed over in idle time, at the latest this long after they happened. */
const IDLE_TIMEOUT_MS = 500;
/** Mutation records looked at per step. */
const RECORDS_PER_STEP = 256;

export class LiveWatch {
  private observer: MutationObserver | null = null;
  private blocks = new Set<Node>();
  private records: MutationRecord[] = [];
  private scheduled = false;
  private running = false;

  constructor(private readonly o: LiveOptions) {}

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      characterDataOldValue: true,
    });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.blocks.clear();
    this.records = [];
  }

  /**
   * The observer's callback runs in the page's task that made the changes, so it does only what
   * must happen before the next paint (a text set to what it was keeps its marks, without a flicker)
   * and queues the rest: a feed that appends 3,000 items at once hands over 3,000 records.
   */
  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        this.records.push(r);
      } else if (r.type === 'characterData') {
        const marks = this.o.marksAt(r.target);
        if (r.oldValue === (r.target as CharacterData).data) {
          if (!marks || marks.every(restore)) continue;
        } else if (!marks && isInsideSkipped(r.target, isCardHost)) continue;
        this.blocks.add(blockOf(r.target));
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.running || (this.blocks.size === 0 && this.records.length === 0)) return;
    this.scheduled = true;
    this.o.lifecycle.requestIdleCallback(() => void this.run(), { timeout: IDLE_TIMEOUT_MS });
  }

  /** One batch: what changed since the last one. The next waits until this one is done. */
  private async run(): Promise<void> {
    this.scheduled = false;
    this.running = true;
    try {
      const records = this.records;
      this.records = [];
      await runSliced(blocksChangedBy(records, this.blocks), { signal: this.o.lifecycle.signal });
      const blocks = this.blocks;
      this.blocks = new Set();
      const body = document.body ?? document.documentElement;
      if (blocks.has(body) || blocks.has(document.documentElement)) await this.o.changed([body]);
      else {
        const outer = outermost(blocks);
        if (outer.length > 0) await this.o.changed(outer);
      }
    } catch (e) {
      if (!this.o.lifecycle.signal.aborted) throw e;
    } finally {
      this.running = false;
      if (this.observer) this.schedule();
    }
  }
}

/** Adds to `blocks` the blocks that added or removed nodes changed, in steps; one look up the tree per parent. */
function* blocksChangedBy(records: readonly MutationRecord[], blocks: Set<Node>): Steps<void> {
  const skipped = new Map<Node, boolean>();
  let n = 0;
  for (const r of records) {
    if (++n % RECORDS_PER_STEP === 0) yield;
    let ours = r.addedNodes.length + r.removedNodes.length > 0;
    for (const node of r.addedNodes) ours &&= isCardHost(node);
    for (const node of r.removedNodes) ours &&= isCardHost(node);
    if (ours) continue;
    let skip = skipped.get(r.target);
    if (skip === undefined) skipped.set(r.target, (skip = isInsideSkipped(r.target, isCardHost)));
    if (skip) continue;
    let whole = r.removedNodes.length > 0;
    for (const node of r.addedNodes) {
      if (node.nodeType === 1 && isBlockElement(node as Element) && !isCardHost(node)) blocks.add(node);
      else whole = true;
    }
    if (whole) blocks.add(blockOf(r.target));
  }
}

/** The nearest block element holding a node: the smallest unit a changed text is read again in. */
function blockOf(node: Node): Node {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isBlockElement(el)) return el;
  }
  return document.body ?? document.documentElement;
}

/**
 * The blocks still on the page that are not inside another one, in document order. Linear in the
 * blocks and the tree's depth: each block looks up its own ancestors.
 */
export function outermost(blocks: ReadonlySet<Node>): Node[] {
  const out: Node[] = [];
  for (const b of blocks) {
    if (!b.isConnected) continue;
    let inside = false;
    for (let p = b.parentNode; p && !inside; p = p.parentNode) inside = blocks.has(p);
    if (!inside) out.push(b);
  }
  return inDocumentOrder(out);
}

/**
 * Nodes in document order without comparing them pairwise (comparing two siblings costs a walk over
 * their parent's children): the nodes of one parent are ordered by one pass over its children, and
 * only the groups, usually one, are compared.
 */
export function inDocumentOrder(nodes: readonly Node[]): Node[] {
  const byParent = new Map<Node | null, Set<Node>>();
  for (const n of nodes) {
    const set = byParent.get(n.parentNode);
    if (set) set.add(n);
    else byParent.set(n.parentNode, new Set([n]));
  }
  const groups: Node[][] = [];
  for (const [parent, set] of byParent) {
    if (set.size === 1 || !parent) {
      groups.push([...set]);
      continue;
    }
    const ordered: Node[] = [];
    for (let c = parent.firstChild; c && ordered.length < set.size; c = c.nextSibling) if (set.has(c)) ordered.push(c);
    groups.push(ordered);
  }
  groups.sort((a, b) => (a[0]!.compareDocumentPosition(b[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return groups.flat();
}
