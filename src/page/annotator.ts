/**
 * Annotates one page: reads its text, asks the core what it mentions and which sentences match a
 * claim, shows the highlights, follows the pointer and the keyboard to open cards, and keeps up with
 * a live page. Everything it starts ends with the lifecycle's signal (./lifecycle).
 */
import type { PageState, PageStatus, MatchCommand } from '@/src/messaging/contract';
import type { Dataset } from '@/src/data/schema';
import type { Theme } from '@/src/settings/items';
import { CardHost, isCardHost as isOurHost } from './card/CardHost';
import { Highlighter, type HighlightLook } from './highlighter';
import { HitTester } from './hit-test';
import { mayMention } from '@/src/core/quick-test';
import { scanSteps, type MatcherSource } from '@/src/core/scan';
import { runToEnd } from '@/src/core/steps';
import { isStale, markSteps, mergeInOrder, restore, type Mark } from './marks';
import { pageDate } from './page-date';
import { runSliced } from './run-sliced';
import { isBlockElement, isInsideSkipped, readTextSteps } from './text-map';
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
/** A batch of changed blocks larger than this is cheaper to handle as one whole-page read. */
const MAX_UNITS = 40;
const MAX_UNIT_CHARS = 64 * 1024;

export class Annotator {
  private marks: Mark[] = [];
  /** Marks by the text nodes they start or end in, for repairs after an unchanged rewrite. */
  private byNode = new Map<Node, Mark[]>();
  private claims: Mark[] = [];
  private topic = false;
  private status: PageStatus = 'off';
  private generation = 0;
  private readonly highlighter: Highlighter;
  private readonly hit = new HitTester<Mark>();
  private readonly card: CardHost;
  private observer: MutationObserver | null = null;
  private pendingUnits = new Set<Node>();
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
    return {
      status: this.status,
      matches: [...counts].map(([claimId, count]) => ({ claimId, count })),
      mentions: this.marks.length - this.claims.length,
    };
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
      const scan = await runSliced(scanSteps(map.text, this.o.matcher(), { pageDate: pageDate() ?? undefined }), { signal });
      if (gen !== this.generation) return;
      const marks = scan.topic ? await runSliced(markSteps(map, scan), { signal }) : [];
      if (gen !== this.generation) return;
      this.topic = scan.topic;
      this.replaceMarks(marks, null);
      this.setStatus(scan.topic ? 'annotating' : 'no-topic');
    } catch (e) {
      if (signal.aborted) return;
      throw e;
    }
  }

  /** Replaces the marks inside `units` (all marks when null) with `fresh`, and redraws. */
  private replaceMarks(fresh: Mark[], units: readonly Node[] | null): void {
    const kept = units
      ? this.marks.filter((m) => !isStale(m) && !units.some((u) => u.contains(m.startNode)))
      : [];
    const active = this.activeIndex >= 0 ? this.claims[this.activeIndex] : undefined;
    this.marks = mergeInOrder(kept, fresh);
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

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        const ours = [...r.addedNodes, ...r.removedNodes].every((n) => isOurHost(n));
        if (ours && r.addedNodes.length + r.removedNodes.length > 0) continue;
        if (isInsideSkipped(r.target, isOurHost)) continue;
        let whole = false;
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && isBlockElement(n as Element) && !isOurHost(n)) this.pendingUnits.add(n);
          else whole = true;
        }
        if (whole || r.removedNodes.length > 0) this.pendingUnits.add(blockOf(r.target));
      } else if (r.type === 'characterData') {
        // Runs before the next paint: a text set to what it was keeps its marks, without a flicker.
        const marks = this.byNode.get(r.target);
        if (r.oldValue === (r.target as CharacterData).data) {
          if (!marks || marks.every(restore)) continue;
        } else if (!marks && isInsideSkipped(r.target, isOurHost)) continue;
        this.pendingUnits.add(blockOf(r.target));
      }
    }
    if (this.pendingUnits.size > MAX_UNITS) this.pendingFull = true;
    this.scheduleBatch();
  }

  private scheduleBatch(): void {
    if (this.batchScheduled || (this.pendingUnits.size === 0 && !this.pendingFull)) return;
    this.batchScheduled = true;
    this.o.lifecycle.requestIdleCallback(() => void this.runBatch(), { timeout: 500 });
  }

  private async runBatch(): Promise<void> {
    this.batchScheduled = false;
    const units = outermost([...this.pendingUnits].filter((u) => u.isConnected));
    const full = this.pendingFull || units.some((u) => u === document.body || u === document.documentElement);
    this.pendingUnits.clear();
    this.pendingFull = false;
    this.hit.invalidate();
    if (full) return this.fullScan();
    const maps = units.map((u) => ({ unit: u, map: runToEnd(readTextSteps(u, isOurHost)) }));
    if (maps.reduce((n, m) => n + m.map.text.length, 0) > MAX_UNIT_CHARS * MAX_UNITS) return this.fullScan();
    const gen = this.generation;
    const { signal } = this.o.lifecycle;
    let fresh: Mark[] = [];
    for (const { map } of maps) {
      const scan = await runSliced(scanSteps(map.text, this.o.matcher(), { assumeTopic: this.topic, pageDate: pageDate() ?? undefined }), { signal });
      if (gen !== this.generation) return;
      // A page that was not about the topic may become so (a new article loaded): decide on the whole.
      if (!this.topic && scan.mentions.length > 0) return this.fullScan();
      fresh = mergeInOrder(fresh, await runSliced(markSteps(map, scan), { signal }));
      if (gen !== this.generation) return;
    }
    if (!this.topic) return;
    this.replaceMarks(fresh, units);
    this.setStatus('annotating');
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
    this.card.open({ claimId: mark.claimId!, terms: mark.terms ?? [], lang: mark.lang, via: mark.via }, anchor, byKeyboard);
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

/** Drops units inside other units. */
function outermost(units: Node[]): Node[] {
  return units.filter((u) => !units.some((o) => o !== u && o.contains(u)));
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
