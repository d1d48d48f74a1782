/**
 * The one element we ever add to a page: the host of the open card, appended to <html> while a card
 * is open and removed when it closes. Its shadow root holds our CSS, so hostile page CSS cannot
 * reach the card and ours cannot leak into the page.
 */
import { render } from 'preact';
import type { Dataset } from '@/src/data/schema';
import type { Theme } from '@/src/settings/items';
import { t, uiDirection, uiLanguage } from '@/src/i18n/t';
import { CardClaim } from './CardClaim';
import { CARD_CSS } from './card-styles';

export const CARD_HOST_TAG = 'kc-card-host';

export interface CardContent {
  claimId: string;
  terms: readonly string[];
  /** The language the sentence matched in, when known (see Mark.lang). */
  lang?: string;
  /** The sentence matched through the ones before it (see Mark.via). */
  via?: 'context';
}

export interface CardHostOptions {
  datasets: () => readonly Dataset[];
  theme: () => Theme;
  onOpenInPopup: (claimId: string) => void;
  /** The pointer entered or left the card. */
  onPointerInside: (inside: boolean) => void;
  /** The card closed by itself (Escape, close button). */
  onClosed: () => void;
}

const GAP = 8;
const MARGIN = 8;
/** Below this, a shortened card would be a peephole: it may cover the sentence instead. */
const MIN_READABLE_HEIGHT = 180;
let serial = 0;

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private restoreFocus: Element | null = null;
  private content: CardContent | null = null;
  private readonly headingId = `kc-card-title-${++serial}`;

  constructor(private readonly options: CardHostOptions) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  get openClaimId(): string | null {
    return this.content?.claimId ?? null;
  }

  /** True when an event happened on the card (events from a shadow root are retargeted to the host). */
  containsEvent(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  isHost(node: Node): boolean {
    return node === this.host;
  }

  open(content: CardContent, anchor: DOMRect, focus: boolean): void {
    const doc = document;
    if (focus && !this.host) this.restoreFocus = doc.activeElement;
    if (!this.host) this.create(doc);
    this.content = content;
    this.renderCard();
    this.place(anchor);
    if (focus) this.mount?.querySelector<HTMLElement>('.kc-card')?.focus();
  }

  /** Re-renders the open card (theme or datasets changed). */
  refresh(): void {
    if (this.host) this.renderCard();
  }

  close(): void {
    if (!this.host) return;
    const hadFocus = this.host.matches(':focus-within') || document.activeElement === this.host;
    if (this.mount) render(null, this.mount);
    this.host.remove();
    this.host = null;
    this.mount = null;
    this.content = null;
    if (hadFocus && this.restoreFocus instanceof HTMLElement) this.restoreFocus.focus({ preventScroll: true });
    this.restoreFocus = null;
  }

  private create(doc: Document): void {
    const host = doc.createElement(CARD_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const mount = doc.createElement('div');
    shadow.append(style, mount);
    host.addEventListener('pointerenter', () => this.options.onPointerInside(true));
    host.addEventListener('pointerleave', () => this.options.onPointerInside(false));
    host.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.dismiss();
      }
    });
    doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
  }

  /** Closes at the reader's request and says so. */
  dismiss(): void {
    if (!this.host) return;
    this.close();
    this.options.onClosed();
  }

  private renderCard(): void {
    if (!this.mount || !this.content) return;
    const { claimId, terms, lang, via } = this.content;
    render(
      <div class="kc-theme" data-kc-theme={this.options.theme()} dir={uiDirection()} lang={uiLanguage()}>
        <div class="kc-card" role="dialog" aria-modal="false" aria-labelledby={this.headingId} tabIndex={-1}>
          <button type="button" class="kc-close" aria-label={t('cardClose')} onClick={() => this.dismiss()}>
            ×
          </button>
          <CardClaim
            claimId={claimId}
            datasets={this.options.datasets()}
            matchTerms={terms}
            matchLang={lang}
            matchVia={via}
            headingId={this.headingId}
            onOpenDetails={this.options.onOpenInPopup}
          />
        </div>
      </div>,
      this.mount,
    );
  }

  /**
   * Below the anchor when it fits, else above; always inside the viewport. A card taller than the room
   * on either side is shortened (it scrolls) to fit the larger side rather than cover the sentence it
   * explains, unless even that side is too small to read in.
   */
  private place(anchor: DOMRect): void {
    const card = this.mount?.querySelector<HTMLElement>('.kc-card');
    if (!card) return;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    card.style.maxHeight = '';
    let { width, height } = card.getBoundingClientRect();
    const room = Math.max(vh - MARGIN - (anchor.bottom + GAP), anchor.top - GAP - MARGIN);
    if (height > room && room >= MIN_READABLE_HEIGHT) {
      card.style.maxHeight = `${Math.floor(room)}px`;
      ({ width, height } = card.getBoundingClientRect());
    }
    let top = anchor.bottom + GAP;
    if (top + height > vh - MARGIN && anchor.top - GAP - height >= MARGIN) top = anchor.top - GAP - height;
    top = Math.max(MARGIN, Math.min(top, vh - MARGIN - height));
    let left = anchor.left;
    left = Math.max(MARGIN, Math.min(left, vw - MARGIN - width));
    // Positioned inside our shadow root, where no page rule can move it.
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }
}
