/**
 * The card's own CSS, inside its shadow root. `all: initial` on the host cuts every inherited and
 * page-set property; nothing the page's stylesheets say about our host or its contents applies.
 */
import { CLAIM_VIEW_CSS } from '@/src/ui/claim-view';

export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  z-index: 2147483647 !important;
  display: block !important;
  /* A zero-size anchor at the viewport's corner; the card inside places itself (see CardHost.place). */
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  transform: none !important;
  visibility: visible !important;
  opacity: 1 !important;
}
.kc-card {
  position: fixed;
  left: -10000px;
  top: 0;
  box-sizing: border-box;
  width: min(420px, calc(100vw - 16px));
  max-height: min(70vh, 560px);
  overflow: auto;
  padding: 12px 14px;
  border-radius: 10px;
  border: 1px solid var(--kc-border);
  background: var(--kc-bg);
  color: var(--kc-fg);
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.25);
}
.kc-card:focus { outline: none; }
.kc-card:focus-visible { outline: 2px solid var(--kc-focus); outline-offset: 2px; }
.kc-close {
  position: absolute; inset-inline-end: 6px; top: 6px;
  width: 28px; height: 28px; border-radius: 6px; border: 1px solid transparent;
  background: transparent; color: var(--kc-muted); font: 18px/1 system-ui, sans-serif; cursor: pointer;
}
.kc-close:hover { background: var(--kc-chip-bg); }
.kc-close:focus-visible { outline: 2px solid var(--kc-focus); }
.kc-card .kc-claim-view { padding-inline-end: 24px; background: transparent; }
@media (prefers-reduced-motion: no-preference) {
  /* Only when it opens: a copy or a theme change renders the card afresh, and must not replay this. */
  .kc-card.kc-enter { animation: kc-in 120ms ease-out; }
  @keyframes kc-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
${CLAIM_VIEW_CSS}
`;
