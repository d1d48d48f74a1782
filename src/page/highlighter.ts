/**
 * The only module that writes to the page's highlight registry (CSS.highlights). The page's DOM is
 * never touched: highlights are ranges painted by the ::highlight() rules in the content script's CSS.
 *
 * Names: kc-mention / kc-claim (background style) or kc-mention-underline / kc-claim-underline,
 * and kc-active for the match the keyboard moved to.
 */
import type { HighlightStyle, MarkWhat } from '@/src/settings/items';

const HIGHLIGHT_NAMES = [
  'kc-mention',
  'kc-claim',
  'kc-mention-underline',
  'kc-claim-underline',
  'kc-active',
] as const;

export interface HighlightLook {
  style: HighlightStyle;
  mark: MarkWhat;
}

type Registry = Pick<HighlightRegistry, 'set' | 'delete' | 'has' | 'get'>;

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private mentions = new Set<Range>();
  private claims = new Set<Range>();
  private active: Range | null = null;
  private look: HighlightLook;
  private registry: Registry;

  constructor(look: HighlightLook, registry: Registry = CSS.highlights) {
    this.look = look;
    this.registry = registry;
  }

  /** Shows exactly these ranges (the page's current marks), replacing what was shown. */
  show(mentions: Iterable<Range>, claims: Iterable<Range>): void {
    this.mentions = new Set(mentions);
    this.claims = new Set(claims);
    if (this.active && !this.claims.has(this.active) && !this.mentions.has(this.active)) this.active = null;
    this.render();
  }

  setActive(range: Range | null): void {
    this.active = range;
    this.render();
  }

  setLook(look: HighlightLook): void {
    this.look = look;
    this.render();
  }

  /** Forgets every range and removes all our names from the registry (pause, reload, update). */
  clear(): void {
    this.mentions.clear();
    this.claims.clear();
    this.active = null;
    for (const name of HIGHLIGHT_NAMES) this.registry.delete(name);
  }

  private render(): void {
    const underline = this.look.style === 'underline';
    const showMentions = this.look.mark !== 'claims';
    const showClaims = this.look.mark !== 'mentions';
    this.put(underline ? 'kc-mention-underline' : 'kc-mention', showMentions ? this.mentions : null, 0);
    this.registry.delete(underline ? 'kc-mention' : 'kc-mention-underline');
    this.put(underline ? 'kc-claim-underline' : 'kc-claim', showClaims ? this.claims : null, 1);
    this.registry.delete(underline ? 'kc-claim' : 'kc-claim-underline');
    this.put('kc-active', this.active ? [this.active] : null, 2);
  }

  private put(name: string, ranges: Iterable<Range> | null, priority: number): void {
    const list = ranges ? [...ranges] : [];
    if (list.length === 0) {
      this.registry.delete(name);
      return;
    }
    // A fresh Highlight per render: cheaper than diffing, and a page can't have kept a stale one.
    const h = new Highlight(...list);
    h.priority = priority;
    this.registry.set(name, h);
  }
}
