/**
 * Annotates one page: reads its text, asks the core what it mentions and which sentences match a
 * claim, shows the highlights, follows the pointer and the keyboard to open cards, and keeps up with
 * a live page. Everything it starts ends with the lifecycle's signal (./lifecycle).
 */
import { HIGHLIGHT_LIMITS, type PageState, type PageStatus, type MatchCommand } from '@/src/messaging/contract';
import type { Dataset } from '@/src/data/schema';
import type { Theme } from '@/src/settings/items';
import { CardHost, isCardHost as isOurHost } from './card/CardHost';
import { Highlighter, type HighlightLook } from './highlighter';
import { HitTester } from './hit-test';
import { mayMention } from '@/src/core/quick-test';
import { scanSteps, type MatcherSource } from '@/src/core/scan';
import type { Steps } from '@/src/core/steps';
import { capMarks, isStale, markSteps, mergeInOrder, restore, type Mark } from './marks';
import { runSliced } from './run-sliced';
import { isBlockElement, isInsideSkipped, readBlocksSteps, readTextSteps } from './text-map';
import { onlyTrusted } from './trusted';

/** The subset of the content script's lifecycle (./lifecycle) the annotator uses. */
export interface Lifecycle {
  readonly signal: AbortSignal;
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
}

export interface AnnotatorOptions {
  lifecycle: Lifecycle;
  matcher: () => MatcherSource;
  datasets: () => readonly Dataset[];
  look: HighlightLook;
  theme: () => Theme;
  hoverDelayMs: () => number;
  onState: (state: PageState) => void;
  onOpenInPopup: (claimId: string) => void;
}

/** The pointer may leave the card and its highlight this long before the card closes (WCAG 1.4.13). */
const LEAVE_MS = 400;

export class Annotator {
  private marks: Mark[] = [];
  /** Marks by the text nodes they start or end in, for repairs after an unchanged rewrite. */
  private byNode = new Map<Node, Mark[]>();
  private claims: Mark[] = [];
  private topic = false;
  private status: PageStatus = 'off';
  /** Whether the page holds more mentions or claim sentences than HIGHLIGHT_LIMITS lets us mark. */
  private more = { mentions: false, claims: false };
  private generation = 0;
  private readonly highlighter: Highlighter;
  private readonly hit = new HitTester<Mark>();
  private readonly card: CardHost;
  private observer: MutationObserver | null = null;
  private pendingUnits = new Set<Node>();
  private pendingRecords: MutationRecord[] = [];
  private pendingFull = false;
  private batchScheduled = false;
  private activeIndex = -1;
  private openMark: Mark | null = null;
  private openedByKeyboard = false;
  private hoverMark: Mark | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private pointer = { x: 0, y: 0, pending: false };
  private pointerInCard = false;
  private listening = false;

  constructor(private readonly o: AnnotatorOptions) {
    this.highlighter = new Highlighter(o.look);
    this.card = new CardHost({
      datasets: o.datasets,
      theme: o.theme,
      onOpenInPopup: o.onOpenInPopup,
      onPointerInside: (inside) => this.onPointerInCard(inside),
      onClosed: () => this.afterCardClosed(),
    });
    o.lifecycle.signal.addEventListener('abort', () => this.stop('off'), { once: true });
  }

  get state(): PageState {
    const counts = new Map<string, number>();
    for (const m of this.claims) counts.set(m.claimId!, (counts.get(m.claimId!) ?? 0) + 1);
    const state: PageState = {
      status: this.status,
      matches: [...counts].map(([claimId, count]) => ({ claimId, count })),
      mentions: this.marks.length - this.claims.length,
    };
    if (this.more.mentions || this.more.claims) state.more = { ...this.more };
    return state;
  }

  /**
   * Reads the whole page and (re)draws every highlight. `mayMention`: the caller has just run the
   * quick name test on this page's text and it said "maybe", so the first read need not repeat it.
   */
  async start(options: { mayMention?: boolean } = {}): Promise<void> {
    this.listen();
    this.observe();
    await this.fullScan(options.mayMention ?? false);
  }

  /** Removes every highlight, closes the card and stops watching the page (pause, off, unload). */
  stop(status: PageStatus): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.pendingUnits.clear();
    this.pendingRecords = [];
    this.pendingFull = false;
    this.closeCard();
    this.highlighter.clear();
    this.marks = [];
    this.claims = [];
    this.byNode.clear();
    this.hit.setTargets([]);
    this.activeIndex = -1;
    this.setStatus(status);
  }

  setLook(look: HighlightLook): void {
    this.highlighter.setLook(look);
  }

  /** Theme or datasets changed: redraw the open card. */
  refreshCard(): void {
    this.card.refresh();
  }

  /** Keyboard: move to the next or previous claim sentence, mark it and open its card with focus. */
  move(command: MatchCommand): boolean {
    if (this.claims.length === 0) return false;
    const n = this.claims.length;
    const step = command === 'next-match' ? 1 : -1;
    const from = this.activeIndex < 0 ? (step > 0 ? -1 : 0) : this.activeIndex;
    this.activeIndex = (((from + step) % n) + n) % n;
    this.reveal(this.claims[this.activeIndex]!);
    return true;
  }

  /** The popup asked for a claim's n-th match on this page. */
  revealClaim(claimId: string, index = 0): boolean {
    const list = this.claims.filter((m) => m.claimId === claimId);
    const mark = list[Math.max(0, Math.min(index, list.length - 1))];
    if (!mark) return false;
    this.activeIndex = this.claims.indexOf(mark);
    this.reveal(mark);
    return true;
  }

  private reveal(mark: Mark): void {
    const el = mark.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.hit.invalidate();
    this.highlighter.setActive(mark.range);
    this.openCard(mark, true);
  }

  // ---- reading and scanning ----

  private async fullScan(knownToMayMention = false): Promise<void> {
    const gen = ++this.generation;
    const { signal } = this.o.lifecycle;
    const root = document.body ?? document.documentElement;
    try {
      // Most pages name no place of the region: one native read and one pass settle them, no walk.
      // textContent also holds script and form text, so "maybe" can be wrong, "no" never is.
      if (!knownToMayMention && !mayMention(root.textContent ?? '')) {
        this.topic = false;
        this.replaceMarks([], null);
        this.setStatus('no-topic');
        return;
      }
      const map = await runSliced(readTextSteps(root, isOurHost), { signal });
      if (gen !== this.generation) return;
      const limits = { mentions: HIGHLIGHT_LIMITS.mention, matches: HIGHLIGHT_LIMITS.claim };
      const scan = await runSliced(scanSteps(map.text, this.o.matcher(), { limits }), { signal });
      if (gen !== this.generation) return;
      const marks = scan.topic ? await runSliced(markSteps(map, scan), { signal }) : [];
      if (gen !== this.generation) return;
      this.topic = scan.topic;
      this.replaceMarks(marks, null, { mentions: scan.more?.mentions ?? false, claims: scan.more?.matches ?? false });
      this.setStatus(scan.topic ? 'annotating' : 'no-topic');
    } catch (e) {
      if (signal.aborted) return;
      throw e;
    }
  }

  /**
   * Replaces the marks inside `units` (all marks when null) with `fresh`, keeps at most
   * HIGHLIGHT_LIMITS of each kind, and redraws. `more`: the scan left some out.
   */
  private replaceMarks(fresh: Mark[], units: readonly Node[] | null, more = { mentions: false, claims: false }): void {
    const kept = units ? this.marksOutside(units) : [];
    const active = this.activeIndex >= 0 ? this.claims[this.activeIndex] : undefined;
    const capped = capMarks(mergeInOrder(kept, fresh), HIGHLIGHT_LIMITS);
    this.marks = capped.marks;
    // A page that had more keeps having more until a whole read says otherwise.
    const before = units ? this.more : { mentions: false, claims: false };
    this.more = {
      mentions: before.mentions || more.mentions || capped.more.mentions,
      claims: before.claims || more.claims || capped.more.claims,
    };
    this.claims = this.marks.filter((m) => m.kind === 'claim');
    this.byNode.clear();
    for (const m of this.marks) {
      for (const n of m.startNode === m.endNode ? [m.startNode] : [m.startNode, m.endNode]) {
        const list = this.byNode.get(n);
        if (list) list.push(m);
        else this.byNode.set(n, [m]);
      }
    }
    this.activeIndex = active ? this.claims.indexOf(active) : -1;
    if (this.openMark && !this.marks.includes(this.openMark)) this.closeCard();
    this.highlighter.show(
      this.marks.filter((m) => m.kind === 'mention').map((m) => m.range),
      this.claims.map((m) => m.range),
    );
    if (this.activeIndex < 0) this.highlighter.setActive(null);
    this.hit.setTargets(this.claims);
  }

  /** The marks still on the page and outside these units; linear in the marks and the tree's depth. */
  private marksOutside(units: readonly Node[]): Mark[] {
    const inUnit = new Set(units);
    return this.marks.filter((m) => {
      if (isStale(m)) return false;
      for (let n: Node | null = m.startNode; n; n = n.parentNode) if (inUnit.has(n)) return false;
      return true;
    });
  }

  /** How many marks of a kind the page could still take beside those outside `units`. */
  private room(units: readonly Node[]): { mentions: number; matches: number } {
    const kept = this.marksOutside(units);
    const claims = kept.filter((m) => m.kind === 'claim').length;
    return { mentions: Math.max(0, HIGHLIGHT_LIMITS.mention - (kept.length - claims)), matches: Math.max(0, HIGHLIGHT_LIMITS.claim - claims) };
  }

  private setStatus(status: PageStatus): void {
    this.status = status;
    this.o.onState(this.state);
  }

  // ---- live pages ----

  private observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      characterDataOldValue: true,
    });
  }

  /**
   * The observer's callback runs in the page's task that made the changes, so it does only what
   * must happen before the next paint (a text set to what it was keeps its marks, without a flicker)
   * and queues the rest: a feed that appends 3,000 items at once hands over 3,000 records.
   */
  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        this.pendingRecords.push(r);
      } else if (r.type === 'characterData') {
        const marks = this.byNode.get(r.target);
        if (r.oldValue === (r.target as CharacterData).data) {
          if (!marks || marks.every(restore)) continue;
        } else if (!marks && isInsideSkipped(r.target, isOurHost)) continue;
        this.pendingUnits.add(blockOf(r.target));
      }
    }
    this.scheduleBatch();
  }

  /** The blocks that added or removed nodes changed, in steps: one look up the tree per parent changed. */
  private *unitsOf(records: readonly MutationRecord[]): Steps<void> {
    const skipped = new Map<Node, boolean>();
    let n = 0;
    for (const r of records) {
      if (++n % 256 === 0) yield;
      let ours = r.addedNodes.length + r.removedNodes.length > 0;
      for (const node of r.addedNodes) ours &&= isOurHost(node);
      for (const node of r.removedNodes) ours &&= isOurHost(node);
      if (ours) continue;
      let skip = skipped.get(r.target);
      if (skip === undefined) skipped.set(r.target, (skip = isInsideSkipped(r.target, isOurHost)));
      if (skip) continue;
      let whole = r.removedNodes.length > 0;
      for (const node of r.addedNodes) {
        if (node.nodeType === 1 && isBlockElement(node as Element) && !isOurHost(node)) this.pendingUnits.add(node);
        else whole = true;
      }
      if (whole) this.pendingUnits.add(blockOf(r.target));
    }
  }

  private scheduleBatch(): void {
    if (this.batchScheduled || (this.pendingUnits.size === 0 && this.pendingRecords.length === 0 && !this.pendingFull)) return;
    this.batchScheduled = true;
    this.o.lifecycle.requestIdleCallback(() => void this.runBatch(), { timeout: 500 });
  }

  /**
   * Reads what the page added or changed since the last batch, as one text in document order, and
   * scans it: the cost follows what was added, not the page's size. A page that was not about the
   * topic and now names the region is read again whole, to decide on all of it.
   */
  private async runBatch(): Promise<void> {
    this.batchScheduled = false;
    const gen = this.generation;
    const { signal } = this.o.lifecycle;
    try {
      const records = this.pendingRecords;
      this.pendingRecords = [];
      await runSliced(this.unitsOf(records), { signal });
      if (gen !== this.generation) return;
      const pending = this.pendingUnits;
      this.pendingUnits = new Set();
      const full = this.pendingFull;
      this.pendingFull = false;
      this.hit.invalidate();
      if (full || pending.has(document.body) || pending.has(document.documentElement)) return await this.fullScan();
      const units = outermost(pending);
      if (units.length === 0) return;
      const map = await runSliced(readBlocksSteps(units, isOurHost), { signal });
      if (gen !== this.generation) return;
      const scan = await runSliced(scanSteps(map.text, this.o.matcher(), { assumeTopic: this.topic, limits: this.room(units) }), { signal });
      if (gen !== this.generation) return;
      // A page that was not about the topic may become so (a new article loaded): decide on the whole.
      if (!this.topic) {
        if (scan.mentions.length > 0) await this.fullScan();
        return;
      }
      const fresh = await runSliced(markSteps(map, scan), { signal });
      if (gen !== this.generation) return;
      this.replaceMarks(fresh, units, { mentions: scan.more?.mentions ?? false, claims: scan.more?.matches ?? false });
      this.setStatus('annotating');
    } catch (e) {
      if (signal.aborted) return;
      throw e;
    }
  }

  // ---- pointer, keyboard and card ----

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const { signal } = this.o.lifecycle;
    const opts = { passive: true, signal, capture: true };
    // Only the reader's own pointer and keys count: a page script's synthetic events (a pointermove
    // over a claim, an Escape, a pointerdown) neither open, move nor close the card.
    window.addEventListener('pointermove', onlyTrusted((e: PointerEvent) => this.onPointerMove(e)), opts);
    window.addEventListener('scroll', onlyTrusted(() => this.hit.invalidate()), opts);
    window.addEventListener('resize', onlyTrusted(() => this.hit.invalidate()), opts);
    window.addEventListener(
      'keydown',
      onlyTrusted((e: KeyboardEvent) => {
        if (e.key === 'Escape' && this.card.isOpen) this.card.dismiss();
      }),
      { signal, capture: true },
    );
    window.addEventListener(
      'pointerdown',
      onlyTrusted((e: PointerEvent) => {
        if (this.card.isOpen && !this.card.containsEvent(e)) this.closeCard();
      }),
      opts,
    );
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.card.containsEvent(e)) return;
    this.pointer.x = e.clientX;
    this.pointer.y = e.clientY;
    if (this.pointer.pending || this.claims.length === 0) return;
    this.pointer.pending = true;
    this.o.lifecycle.requestAnimationFrame(() => {
      this.pointer.pending = false;
      this.onPointerAt(this.pointer.x, this.pointer.y);
    });
  }

  private onPointerAt(x: number, y: number): void {
    const mark = this.hit.at(x, y);
    if (mark && mark === this.openMark) {
      this.cancelClose();
      return;
    }
    if (mark !== this.hoverMark) {
      this.hoverMark = mark;
      clearTimeout(this.openTimer);
      if (mark) this.openTimer = this.o.lifecycle.setTimeout(() => this.openCard(mark, false), this.o.hoverDelayMs());
    }
    if (!mark && this.openMark && !this.pointerInCard && !this.openedByKeyboard) this.scheduleClose();
  }

  private onPointerInCard(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) this.cancelClose();
    else if (!this.openedByKeyboard) this.scheduleClose();
  }

  private scheduleClose(): void {
    if (this.closeTimer) return;
    this.closeTimer = this.o.lifecycle.setTimeout(() => {
      this.closeTimer = 0;
      if (!this.pointerInCard && this.hit.at(this.pointer.x, this.pointer.y) !== this.openMark) this.closeCard();
    }, LEAVE_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  private openCard(mark: Mark, byKeyboard: boolean): void {
    if (this.o.lifecycle.signal.aborted || !this.marks.includes(mark)) return;
    this.cancelClose();
    this.openMark = mark;
    this.openedByKeyboard = byKeyboard;
    const rects = mark.range.getClientRects();
    const anchor = (byKeyboard ? rects[rects.length - 1] : closestRect(rects, this.pointer)) ?? mark.range.getBoundingClientRect();
    this.card.open({ claimId: mark.claimId!, terms: mark.terms ?? [] }, anchor, byKeyboard);
  }

  private closeCard(): void {
    clearTimeout(this.openTimer);
    this.cancelClose();
    this.card.close();
    this.afterCardClosed();
  }

  private afterCardClosed(): void {
    this.openMark = null;
    this.hoverMark = null;
    this.openedByKeyboard = false;
    this.pointerInCard = false;
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
 * The units still on the page that are not inside another one, in document order. Linear in the
 * units and the tree's depth: each unit looks up its own ancestors.
 */
function outermost(units: ReadonlySet<Node>): Node[] {
  const out: Node[] = [];
  for (const u of units) {
    if (!u.isConnected) continue;
    let inside = false;
    for (let p = u.parentNode; p && !inside; p = p.parentNode) inside = units.has(p);
    if (!inside) out.push(u);
  }
  return inDocumentOrder(out);
}

/**
 * Nodes in document order without comparing them pairwise (comparing two siblings costs a walk over
 * their parent's children): the nodes of one parent are ordered by one pass over its children, and
 * only the groups, usually one, are compared.
 */
function inDocumentOrder(nodes: readonly Node[]): Node[] {
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

function closestRect(rects: DOMRectList, p: { x: number; y: number }): DOMRect | undefined {
  let best: DOMRect | undefined;
  let bestD = Infinity;
  for (const r of rects) {
    const d = Math.abs((r.top + r.bottom) / 2 - p.y);
    if (d < bestD) {
      bestD = d;
      best = r;
    }
  }
  return best;
}
