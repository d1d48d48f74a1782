/**
 * Annotates one page: its annotations (reading, scanning, marks and highlights: ./annotations), a
 * live page's changes (./live), and the reader's hover, keyboard and card (./card-control), with the
 * page's status for the popup and the badge. Everything it starts ends with the lifecycle's signal
 * (./lifecycle).
 */
import type { PageState, PageStatus, MatchCommand } from '@/src/messaging/contract';
import type { Dataset } from '@/src/data/schema';
import type { MatcherSource } from '@/src/core/scan';
import type { Theme } from '@/src/settings/items';
import { Annotations } from './annotations';
import { CardControl, type Lifecycle } from './card-control';
import type { HighlightLook } from './highlighter';
import { LiveWatch } from './live';

export type { Lifecycle } from './card-control';

interface AnnotatorOptions {
  lifecycle: Lifecycle;
  matcher: () => MatcherSource;
  datasets: () => readonly Dataset[];
  look: HighlightLook;
  theme: () => Theme;
  hoverDelayMs: () => number;
  onState: (state: PageState) => void;
  onOpenInPopup: (claimId: string) => void;
}

export class Annotator {
  private status: PageStatus = 'off';
  private readonly annotations: Annotations;
  private readonly live: LiveWatch;
  private readonly cards: CardControl;

  constructor(private readonly o: AnnotatorOptions) {
    const { lifecycle } = o;
    this.annotations = new Annotations({
      signal: lifecycle.signal,
      matcher: o.matcher,
      look: o.look,
      onChange: () => this.cards.marksChanged(),
    });
    this.cards = new CardControl({
      lifecycle,
      datasets: o.datasets,
      theme: o.theme,
      hoverDelayMs: o.hoverDelayMs,
      onOpenInPopup: o.onOpenInPopup,
      highlighter: this.annotations.highlighter,
      claims: () => this.annotations.claims,
    });
    this.live = new LiveWatch({
      lifecycle,
      marksAt: (node) => this.annotations.marksAt(node),
      changed: (blocks) => this.onChanged(blocks),
    });
    lifecycle.signal.addEventListener('abort', () => this.stop('off'), { once: true });
  }

  get state(): PageState {
    return this.annotations.state(this.status);
  }

  /**
   * Reads the whole page and (re)draws every highlight. `mayMention`: the caller has just run the
   * quick name test on this page's text and it said "maybe", so the first read need not repeat it.
   */
  async start(options: { mayMention?: boolean } = {}): Promise<void> {
    this.cards.listen();
    this.live.start();
    await this.scanWhole(options.mayMention ?? false);
  }

  /** Removes every highlight, closes the card and stops watching the page (pause, off, unload). */
  stop(status: PageStatus): void {
    this.live.stop();
    this.cards.close();
    this.annotations.clear();
    this.setStatus(status);
  }

  setLook(look: HighlightLook): void {
    this.annotations.highlighter.setLook(look);
  }

  /** Theme or datasets changed: redraw the open card. */
  refreshCard(): void {
    this.cards.refresh();
  }

  /** Keyboard: move to the next or previous claim sentence, mark it and open its card with focus. */
  move(command: MatchCommand): boolean {
    return this.cards.move(command);
  }

  /** The popup asked for a claim's n-th match on this page. */
  revealClaim(claimId: string, index = 0): boolean {
    return this.cards.revealClaim(claimId, index);
  }

  private async scanWhole(knownToMayMention = false): Promise<void> {
    const topic = await this.annotations.scanWhole(knownToMayMention);
    if (topic !== undefined) this.setStatus(topic ? 'annotating' : 'no-topic');
  }

  /** A live page added or changed these blocks (its body: read it all again). */
  private async onChanged(blocks: Node[]): Promise<void> {
    this.cards.layoutChanged();
    if (blocks[0] === (document.body ?? document.documentElement)) return this.scanWhole();
    const result = await this.annotations.scanAdded(blocks);
    if (result === 'read-whole') await this.scanWhole();
    else if (result === 'annotated') this.setStatus('annotating');
  }

  private setStatus(status: PageStatus): void {
    this.status = status;
    this.o.onState(this.state);
  }
}
