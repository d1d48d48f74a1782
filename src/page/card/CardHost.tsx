/**
 * The one element we ever add to a page: the host of the open card, appended to <html> while a card
 * is open and removed when it closes. Its shadow root holds our CSS, so hostile page CSS cannot
 * reach the card and ours cannot leak into the page.
 *
 * The page must not read, change or drive the card: the host is a plain <div> (a custom element
 * name could be defined by the page first, which would run its code on our element), the root is
 * closed and referenced nowhere the page can see, its text is generated content (./generated-text),
 * and only the reader's own input acts on it: events a page script makes stop at the root.
 */
import { render } from 'preact';
import type { Dataset } from '@/src/data/schema';
import type { Theme } from '@/src/settings/items';
import { ClaimView } from '@/src/ui/claim-view';
import { CitationCopier } from '@/src/ui/claim-view/copy';
import { t, uiDirection, uiLanguage } from '@/src/i18n/t';
import { onlyTrusted } from '../trusted';
import { CARD_CSS } from './card-styles';
import { GENERATED_TEXT_CSS, showTextAsGeneratedContent, TEXT_ATTRIBUTE } from './generated-text';

/** Every card host this script made, so the page's own <div>s are never taken for ours. */
const hosts = new WeakSet<Node>();

/** True for the element holding our card (its text is never read as the page's). */
export function isCardHost(node: Node): boolean {
  return hosts.has(node);
}

/**
 * Events a page script could make on the card's controls (a click, Enter or Space on a button, a
 * link): stopped at the shadow root before they reach them, so they do nothing.
 */
const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'keydown', 'keyup', 'keypress'] as const;

interface CardContent {
  claimId: string;
  terms: readonly string[];
  /** The language the sentence matched in, when known (see Mark.lang). */
  lang?: string;
  /** The sentence matched through the ones before it (see Mark.via). */
  via?: 'context';
}

/** What a fresh render would lose: where the card stands, how far it is scrolled, which control has focus. */
interface ViewState {
  left: string;
  top: string;
  maxHeight: string;
  scrollTop: number;
  /** Index of the focused control among the card's focusable elements; -1 for none. */
  focus: number;
}

const FOCUSABLE = 'button, a[href], [tabindex]';

interface CardHostOptions {
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
  private shadow: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;
  /** Where the copy state is announced: outside the mount, so it outlives the card's fresh renders. */
  private live: HTMLElement | null = null;
  /** The copy buttons' state (the claim view holds none); made when a card first opens. */
  private citations: CitationCopier | null = null;
  private restoreFocus: Element | null = null;
  private content: CardContent | null = null;
  private readonly headingId = `kc-card-title-${++serial}`;

  constructor(private readonly options: CardHostOptions) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** True when an event happened on the card (events from a shadow root are retargeted to the host). */
  containsEvent(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  open(content: CardContent, anchor: DOMRect, focus: boolean): void {
    const doc = document;
    if (focus && !this.host) this.restoreFocus = doc.activeElement;
    if (!this.host) this.create(doc);
    if (this.content?.claimId !== content.claimId) {
      // Another claim: its copy buttons start afresh.
      this.citations?.dispose();
      this.citations = null;
    }
    this.content = content;
    this.renderCard(false);
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
    this.shadow = null;
    this.mount = null;
    this.live = null;
    this.content = null;
    this.citations?.dispose();
    this.citations = null;
    if (hadFocus && this.restoreFocus instanceof HTMLElement) this.restoreFocus.focus({ preventScroll: true });
    this.restoreFocus = null;
  }

  private create(doc: Document): void {
    const host = doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS + GENERATED_TEXT_CSS;
    const mount = doc.createElement('div');
    const live = doc.createElement('div');
    live.className = 'kc-visually-hidden';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.append(style, mount, live);
    for (const type of GUARDED_EVENTS) {
      shadow.addEventListener(
        type,
        (e) => {
          if (e.isTrusted) return;
          e.stopImmediatePropagation();
          e.preventDefault();
        },
        { capture: true },
      );
    }
    host.addEventListener('pointerenter', onlyTrusted(() => this.options.onPointerInside(true)));
    host.addEventListener('pointerleave', onlyTrusted(() => this.options.onPointerInside(false)));
    host.addEventListener(
      'keydown',
      onlyTrusted((e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          this.dismiss();
        }
      }),
    );
    doc.documentElement.append(host);
    hosts.add(host);
    this.host = host;
    this.shadow = shadow;
    this.mount = mount;
    this.live = live;
  }

  /** Closes at the reader's request and says so. */
  dismiss(): void {
    if (!this.host) return;
    this.close();
    this.options.onClosed();
  }

  /** `keep`: the same card again (a theme change, a copy), as the reader left it; else a new one. */
  private renderCard(keep = true): void {
    if (!this.mount || !this.content) return;
    const { claimId, terms, lang, via } = this.content;
    this.citations ??= new CitationCopier(() => this.refresh(), undefined, true);
    const kept = keep ? this.viewState() : null;
    // Rendered afresh each time: the text nodes Preact made are replaced by generated content below,
    // so there is nothing for it to diff against (ClaimView keeps no state of its own).
    render(null, this.mount);
    render(
      <div class="kc-theme" data-kc-theme={this.options.theme()} dir={uiDirection()} lang={uiLanguage()}>
        <div
          class={keep ? 'kc-card' : 'kc-card kc-enter'}
          role="dialog"
          aria-modal="false"
          aria-labelledby={this.headingId}
          tabIndex={-1}
        >
          <button type="button" class="kc-close" aria-label={t('cardClose')} onClick={() => this.dismiss()}>
            ×
          </button>
          <ClaimView
            claimId={claimId}
            datasets={this.options.datasets()}
            matchTerms={terms}
            matchLang={lang}
            matchVia={via}
            headingId={this.headingId}
            onOpenDetails={this.options.onOpenInPopup}
            cite={this.citations.controls()}
          />
        </div>
      </div>,
      this.mount,
    );
    showTextAsGeneratedContent(this.mount);
    if (kept) this.restoreViewState(kept);
    this.announce(this.citations.status?.ok ? this.citations.status.message : '');
  }

  private viewState(): ViewState | null {
    const card = this.mount?.querySelector<HTMLElement>('.kc-card');
    if (!card) return null;
    const active = this.shadow?.activeElement ?? null;
    return {
      left: card.style.left,
      top: card.style.top,
      maxHeight: card.style.maxHeight,
      scrollTop: card.scrollTop,
      focus: active ? [...card.querySelectorAll(FOCUSABLE)].indexOf(active) : -1,
    };
  }

  /** The same card again, where it stood, scrolled as it was, focus on the same control. */
  private restoreViewState(kept: ViewState): void {
    const card = this.mount?.querySelector<HTMLElement>('.kc-card');
    if (!card) return;
    card.style.left = kept.left;
    card.style.top = kept.top;
    card.style.maxHeight = kept.maxHeight;
    card.scrollTop = kept.scrollTop;
    if (kept.focus >= 0) card.querySelectorAll<HTMLElement>(FOCUSABLE)[kept.focus]?.focus({ preventScroll: true });
  }

  /** Says `message` through the live region, as generated content like the rest of the card's text. */
  private announce(message: string): void {
    const live = this.live;
    if (!live) return;
    const current = live.firstElementChild?.getAttribute(TEXT_ATTRIBUTE) ?? '';
    if (current === message) return;
    const span = live.ownerDocument.createElement('span');
    if (message) span.setAttribute(TEXT_ATTRIBUTE, message);
    live.replaceChildren(...(message ? [span] : []));
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
