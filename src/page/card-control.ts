/**
 * Hover, keyboard and card: follows the reader's pointer over the claim sentences' highlights to
 * open their card after the hover delay (and close it once the pointer has left both), moves through
 * the claim sentences with the keyboard commands, and reveals the one the popup asks for.
 */
import type { MatchCommand } from '@/src/messaging/contract';
import type { Dataset } from '@/src/data/schema';
import type { Theme } from '@/src/settings/items';
import { CardHost } from './card/CardHost';
import type { Highlighter } from './highlighter';
import { HitTester } from './hit-test';
import type { Mark } from './marks';
import { onlyTrusted } from './trusted';

/** The subset of the content script's lifecycle (./lifecycle) the page layer uses. */
export interface Lifecycle {
  readonly signal: AbortSignal;
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
}

interface CardControlOptions {
  lifecycle: Lifecycle;
  datasets: () => readonly Dataset[];
  theme: () => Theme;
  hoverDelayMs: () => number;
  onOpenInPopup: (claimId: string) => void;
  highlighter: Pick<Highlighter, 'setActive'>;
  /** The claim sentences' marks on the page now, in document order. */
  claims: () => readonly Mark[];
}

/** The pointer may leave the card and its highlight this long before the card closes (WCAG 1.4.13). */
const LEAVE_MS = 400;

export class CardControl {
  private readonly hit = new HitTester<Mark>();
  private readonly card: CardHost;
  /** The claim sentence the keyboard or the popup moved to. */
  private active: Mark | null = null;
  private openMark: Mark | null = null;
  private openedByKeyboard = false;
  private hoverMark: Mark | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private pointer = { x: 0, y: 0, pending: false };
  private pointerInCard = false;
  private listening = false;

  constructor(private readonly o: CardControlOptions) {
    this.card = new CardHost({
      datasets: o.datasets,
      theme: o.theme,
      onOpenInPopup: o.onOpenInPopup,
      onPointerInside: (inside) => this.onPointerInCard(inside),
      onClosed: () => this.afterCardClosed(),
    });
  }

  /** The claim sentences changed: the card of one that is gone closes, and the pointer is measured again. */
  marksChanged(): void {
    const claims = this.o.claims();
    const still = new Set(claims);
    if (this.active && !still.has(this.active)) {
      this.active = null;
      this.o.highlighter.setActive(null);
    }
    if (this.openMark && !still.has(this.openMark)) this.close();
    this.hit.setTargets(claims);
  }

  /** The page's layout may have changed (it added text): measure the highlights again when asked. */
  layoutChanged(): void {
    this.hit.invalidate();
  }

  /** Theme or datasets changed: redraw the open card. */
  refresh(): void {
    this.card.refresh();
  }

  /** Keyboard: move to the next or previous claim sentence, mark it and open its card with focus. */
  move(command: MatchCommand): boolean {
    const claims = this.o.claims();
    if (claims.length === 0) return false;
    const n = claims.length;
    const step = command === 'next-match' ? 1 : -1;
    const at = this.active ? claims.indexOf(this.active) : -1;
    const from = at < 0 ? (step > 0 ? -1 : 0) : at;
    this.reveal(claims[(((from + step) % n) + n) % n]!);
    return true;
  }

  /** The popup asked for a claim's n-th match on this page. */
  revealClaim(claimId: string, index = 0): boolean {
    const list = this.o.claims().filter((m) => m.claimId === claimId);
    const mark = list[Math.max(0, Math.min(index, list.length - 1))];
    if (!mark) return false;
    this.reveal(mark);
    return true;
  }

  private reveal(mark: Mark): void {
    this.active = mark;
    const el = mark.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.hit.invalidate();
    this.o.highlighter.setActive(mark.range);
    this.openCard(mark, true);
  }

  listen(): void {
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
        if (this.card.isOpen && !this.card.containsEvent(e)) this.close();
      }),
      opts,
    );
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.card.containsEvent(e)) return;
    this.pointer.x = e.clientX;
    this.pointer.y = e.clientY;
    if (this.pointer.pending || this.o.claims().length === 0) return;
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
      if (!this.pointerInCard && this.hit.at(this.pointer.x, this.pointer.y) !== this.openMark) this.close();
    }, LEAVE_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  private openCard(mark: Mark, byKeyboard: boolean): void {
    if (this.o.lifecycle.signal.aborted || !this.o.claims().includes(mark)) return;
    this.cancelClose();
    this.openMark = mark;
    this.openedByKeyboard = byKeyboard;
    const rects = mark.range.getClientRects();
    const anchor = (byKeyboard ? rects[rects.length - 1] : closestRect(rects, this.pointer)) ?? mark.range.getBoundingClientRect();
    this.card.open({ claimId: mark.claimId!, terms: mark.terms ?? [], lang: mark.lang, via: mark.via }, anchor, byKeyboard);
  }

  close(): void {
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
