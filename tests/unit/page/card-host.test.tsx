// @vitest-environment happy-dom
/**
 * The in-page card as a page script meets it: a plain element it cannot pre-define, a closed root,
 * no text it can find, and controls that ignore the events it can make. The test reaches the root
 * the way no page can: it watches attachShadow in its own world.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardHost, isCardHost } from '@/src/page/card/CardHost';
import { TEXT_ATTRIBUTE } from '@/src/page/card/generated-text';
import { dataset } from '../../support/claim-fixture';
import { stubI18n } from '../../support/i18n-stub';
import { asIfTrusted } from '../../support/trusted-event';

const anchor = { left: 10, top: 10, right: 200, bottom: 30, width: 190, height: 20, x: 10, y: 10 } as DOMRect;

function openCard() {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  const options = { onOpenInPopup: vi.fn(), onPointerInside: vi.fn(), onClosed: vi.fn() };
  const card = new CardHost({ datasets: () => [dataset], theme: () => 'light', ...options });
  card.open({ claimId: 'pakistani-troops', terms: ['troops'] }, anchor, false);
  const root = roots[0]!;
  return { card, root, host: root.host as HTMLElement, ...options };
}

describe('the in-page card', () => {
  beforeEach(stubI18n);
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.querySelectorAll(':scope > div').forEach((d) => d.remove());
  });

  it('lives in a closed root under a plain <div>, so no custom element the page defined runs on it', () => {
    const constructed = vi.fn();
    customElements.define('kc-card-host', class extends HTMLElement {
      constructor() {
        super();
        constructed();
      }
    });
    const { host, root } = openCard();
    expect(host.localName).toBe('div');
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.attributes).toHaveLength(0);
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(isCardHost(host)).toBe(true);
    expect(isCardHost(document.createElement('div'))).toBe(false);
    expect(constructed).not.toHaveBeenCalled();
  });

  it('shows its text as generated content: no text node a page could find, the quote still verbatim', () => {
    const { root } = openCard();
    const mount = root.querySelector('.kc-theme')!.parentElement!;
    const walker = document.createTreeWalker(mount, NodeFilter.SHOW_TEXT);
    expect(walker.nextNode()).toBeNull();
    const shown = (el: Element | null) => [...(el?.querySelectorAll(`[${TEXT_ATTRIBUTE}]`) ?? [])].map((s) => s.getAttribute(TEXT_ATTRIBUTE)).join('');
    expect(shown(root.querySelector('blockquote'))).toBe('speculative and baseless');
    expect(shown(root.querySelector('h2'))).toBe('Pakistani troops fought alongside Azerbaijan in 2020.');
    expect(root.querySelector('style')?.textContent).toContain(`[${TEXT_ATTRIBUTE}]::before { content: attr(${TEXT_ATTRIBUTE}); }`);
  });

  it('asks for the popup only on a trusted click of its details button', () => {
    const { root, onOpenInPopup } = openCard();
    const details = root.querySelector<HTMLButtonElement>('.kc-details')!;
    details.click();
    details.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    details.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(onOpenInPopup).not.toHaveBeenCalled();
    details.dispatchEvent(asIfTrusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(onOpenInPopup).toHaveBeenCalledExactlyOnceWith('pakistani-troops');
  });

  it('ignores synthetic close, Escape and pointer events; the reader’s own close it', () => {
    const { card, root, host, onPointerInside, onClosed } = openCard();
    root.querySelector<HTMLButtonElement>('.kc-close')!.click();
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    host.dispatchEvent(new PointerEvent('pointerenter'));
    host.dispatchEvent(new PointerEvent('pointerleave'));
    expect(card.isOpen).toBe(true);
    expect(onPointerInside).not.toHaveBeenCalled();

    host.dispatchEvent(asIfTrusted(new PointerEvent('pointerenter')));
    expect(onPointerInside).toHaveBeenCalledExactlyOnceWith(true);
    host.dispatchEvent(asIfTrusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(card.isOpen).toBe(false);
    expect(onClosed).toHaveBeenCalledTimes(1);
  });
});
