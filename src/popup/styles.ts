/**
 * The popup's own styles, on top of the claim view's (whose .kc-theme variables they reuse, so the
 * popup and the page card share one palette, light and dark, at 4.5:1 contrast or better).
 */
export const POPUP_CSS = `
html, body { margin: 0; padding: 0; }
body { min-width: 360px; }
.kc-theme { --kc-mark-bg: #fff1a8; --kc-mark-fg: #1f2328; --kc-active-bg: #e7f0fa; }
@media (prefers-color-scheme: dark) { .kc-theme:not([data-kc-theme="light"]) { --kc-mark-bg: #5c4a00; --kc-mark-fg: #fff8d6; --kc-active-bg: #22344a; } }
.kc-theme[data-kc-theme="dark"] { --kc-mark-bg: #5c4a00; --kc-mark-fg: #fff8d6; --kc-active-bg: #22344a; }

.kc-popup {
  width: 400px; max-width: 100vw; box-sizing: border-box; padding: 12px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  color: var(--kc-fg); background: var(--kc-bg);
}
.kc-popup * { box-sizing: border-box; }
.kc-popup h1, .kc-popup h2, .kc-popup p, .kc-popup ul { margin: 0; padding: 0; }
.kc-popup ul { list-style: none; }
.kc-title { font-size: 13px; font-weight: 600; color: var(--kc-muted); margin-bottom: 8px !important; }
.kc-muted { color: var(--kc-muted); font-size: 13px; }
.kc-note { color: var(--kc-fg); font-size: 13px; margin: 6px 0 !important; }
.kc-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.kc-search-input {
  width: 100%; font: inherit; font-size: 15px; padding: 8px 10px; border-radius: 6px;
  border: 1px solid var(--kc-border); background: var(--kc-bg); color: var(--kc-fg);
}
.kc-search-input::placeholder { color: var(--kc-muted); opacity: 1; }
.kc-popup :focus-visible { outline: 2px solid var(--kc-focus); outline-offset: 2px; }
.kc-search-input:focus { outline: 2px solid var(--kc-focus); outline-offset: 0; }

.kc-results { margin-top: 8px !important; max-height: 420px; overflow-y: auto; }
.kc-result { padding: 8px; border-radius: 6px; cursor: pointer; border: 1px solid transparent; }
.kc-result + .kc-result { margin-top: 2px; }
.kc-result.kc-active { background: var(--kc-active-bg); border-color: var(--kc-focus); }
.kc-result-statement { display: block; font-weight: 600; }
.kc-result-hit { display: block; font-size: 13px; color: var(--kc-muted); margin-top: 2px; }
.kc-hit-kind { font-weight: 600; }
.kc-glance { display: block; margin-top: 4px; }
.kc-glance-line { display: block; font-size: 13px; color: var(--kc-fg); padding-inline-start: 8px; border-inline-start: 2px solid var(--kc-quote-bar); }
.kc-glance-line + .kc-glance-line { margin-top: 2px; }
.kc-glance-answer { font-weight: 600; }
.kc-glance-none, .kc-glance-more { display: block; font-size: 12px; color: var(--kc-muted); }
.kc-popup mark { background: var(--kc-mark-bg); color: var(--kc-mark-fg); border-radius: 2px; padding: 0 1px; }
.kc-empty { margin-top: 12px; }
.kc-empty p + p { margin-top: 4px; }

.kc-section { margin-top: 14px; border-top: 1px solid var(--kc-border); padding-top: 8px; }
.kc-section-title {
  font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--kc-muted);
  margin-bottom: 6px !important; display: flex; gap: 8px; align-items: baseline;
}
.kc-host { text-transform: none; letter-spacing: 0; font-weight: 400; color: var(--kc-fg); }
.kc-chips { display: flex; flex-wrap: wrap; gap: 6px; }
.kc-chip, .kc-button, .kc-back, .kc-onpage-item {
  font: inherit; font-size: 13px; color: var(--kc-fg); background: var(--kc-chip-bg);
  border: 1px solid var(--kc-border); border-radius: 6px; padding: 4px 10px; cursor: pointer;
}
.kc-button:disabled { cursor: default; opacity: .75; }
.kc-secondary { background: transparent; }
.kc-onpage li + li { margin-top: 4px; }
.kc-onpage-item { width: 100%; display: flex; gap: 8px; justify-content: space-between; align-items: baseline; text-align: start; padding: 6px 8px; }
.kc-count { flex: none; font-size: 12px; color: var(--kc-muted); }
.kc-site-status { display: flex; gap: 6px; align-items: center; }
.kc-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--kc-muted); flex: none; }
[data-status="annotating"] .kc-dot { background: #2f8f46; }
[data-status="paused"] .kc-dot { background: #b26b00; }
.kc-site-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.kc-site-actions:empty { display: none; }
.kc-back { margin-bottom: 10px; }
.kc-detail .kc-claim-view { background: transparent; }
.kc-detail h2:focus { outline: none; }
.kc-detail h2:focus-visible { outline: 2px solid var(--kc-focus); }
`;
