/**
 * The claim view's stylesheet as a string, so it can go into the card's shadow root (where page CSS
 * cannot reach it) and into the popup's document alike.
 *
 * Theme: put class "kc-theme" on an ancestor; data-kc-theme="light" | "dark" forces one, anything else
 * follows the system's colour scheme. Colours keep at least 4.5:1 contrast in both schemes.
 */
const LIGHT = `
  --kc-bg: #ffffff; --kc-fg: #1f2328; --kc-muted: #57606a; --kc-accent: #0b5cad;
  --kc-border: #d0d7de; --kc-quote-bg: #f6f8fa; --kc-quote-bar: #8c959f; --kc-chip-bg: #eef1f4;
  --kc-focus: #0b5cad; --kc-ok: #1a7f37; color-scheme: light;`;
const DARK = `
  --kc-bg: #1c2128; --kc-fg: #e6edf3; --kc-muted: #a8b3bf; --kc-accent: #79b8ff;
  --kc-border: #3d444d; --kc-quote-bg: #232a33; --kc-quote-bar: #6e7681; --kc-chip-bg: #2d333b;
  --kc-focus: #79b8ff; --kc-ok: #56d364; color-scheme: dark;`;

export const CLAIM_VIEW_CSS = `
.kc-theme {${LIGHT}}
@media (prefers-color-scheme: dark) { .kc-theme:not([data-kc-theme="light"]) {${DARK}} }
.kc-theme[data-kc-theme="dark"] {${DARK}}

.kc-claim-view {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  color: var(--kc-fg); background: var(--kc-bg);
  text-align: start; overflow-wrap: anywhere;
}
.kc-claim-view * { box-sizing: border-box; }
.kc-claim-view h2, .kc-claim-view h3, .kc-claim-view p, .kc-claim-view ul, .kc-claim-view blockquote { margin: 0; padding: 0; }
.kc-claim-view ul { list-style: none; }
.kc-eyebrow { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--kc-muted); }
.kc-statement { font-size: 16px; font-weight: 650; line-height: 1.35; margin: 2px 0 6px !important; }
.kc-claimed-by, .kc-source, .kc-speaker, .kc-summary, .kc-none, .kc-reported { color: var(--kc-muted); font-size: 13px; }
.kc-claimed-by strong, .kc-speaker strong { color: var(--kc-fg); font-weight: 600; }
.kc-claim-view section { margin-top: 12px; border-top: 1px solid var(--kc-border); padding-top: 8px; }
.kc-claim-view h3 { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--kc-muted); margin-bottom: 6px !important; }
.kc-claim-view li + li { margin-top: 10px; }
.kc-kind { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 9px; background: var(--kc-chip-bg); color: var(--kc-fg); }
.kc-quote, .kc-context blockquote {
  margin: 4px 0 !important; padding: 4px 10px !important; border-inline-start: 3px solid var(--kc-quote-bar);
  background: var(--kc-quote-bg); color: var(--kc-fg); font-style: normal;
}
.kc-quote p + p, .kc-context blockquote p + p { margin-top: 4px; }
.kc-context-title { font-weight: 600; }
.kc-claim-view a { color: var(--kc-accent); text-decoration: underline; }
.kc-claim-view a:focus-visible, .kc-claim-view button:focus-visible { outline: 2px solid var(--kc-focus); outline-offset: 2px; }
.kc-terms { display: flex; flex-wrap: wrap; gap: 4px; }
.kc-terms li { margin: 0 !important; padding: 0 6px; border-radius: 9px; background: var(--kc-chip-bg); font-size: 12px; }
.kc-actions { margin-top: 12px !important; }
.kc-details {
  font: inherit; font-size: 13px; color: var(--kc-fg); background: var(--kc-chip-bg);
  border: 1px solid var(--kc-border); border-radius: 6px; padding: 4px 10px; cursor: pointer;
}
.kc-link-host { color: var(--kc-muted); font-size: 12px; unicode-bidi: isolate; }
.kc-date-note { color: var(--kc-muted); }

.kc-timeline ol { list-style: none; margin: 0 !important; padding: 0; margin-inline-start: 6px !important; }
.kc-tl-point {
  position: relative; margin: 0 !important; padding-block: 0 8px; padding-inline-start: 16px; font-size: 13px;
  border-inline-start: 2px solid var(--kc-border);
}
.kc-tl-point:last-child { border-inline-start-color: transparent; padding-bottom: 0; }
.kc-tl-point::before {
  content: ""; position: absolute; inset-inline-start: -6px; top: 4px; width: 10px; height: 10px;
  border-radius: 50%; background: var(--kc-bg); border: 2px solid var(--kc-quote-bar); box-sizing: border-box;
}
.kc-tl-answer::before { background: var(--kc-quote-bar); }
.kc-tl-point time { display: block; font-weight: 600; color: var(--kc-fg); }
.kc-tl-event { color: var(--kc-fg); }
.kc-tl-source { color: var(--kc-muted); }
.kc-tl-note { display: block; color: var(--kc-muted); font-size: 12px; }
.kc-tl-source::before { content: " · "; }

.kc-matched-lang, .kc-matched-via { font-size: 13px; color: var(--kc-muted); margin-bottom: 4px !important; }

.kc-copy, .kc-format {
  font: inherit; font-size: 12px; color: var(--kc-fg); background: var(--kc-chip-bg);
  border: 1px solid var(--kc-border); border-radius: 6px; padding: 2px 8px; cursor: pointer;
}
.kc-response .kc-copy { margin-top: 4px; }
.kc-copy.kc-copied { border-color: var(--kc-ok); color: var(--kc-ok); }
.kc-cite-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.kc-formats { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.kc-formats-label { font-size: 12px; color: var(--kc-muted); margin-inline-end: 2px; }
.kc-format { background: transparent; }
.kc-format[aria-pressed="true"] { background: var(--kc-chip-bg); border-color: var(--kc-focus); font-weight: 600; }
.kc-cite-error { font-size: 13px; color: var(--kc-fg); border-inline-start: 3px solid var(--kc-quote-bar); padding-inline-start: 8px !important; margin-top: 6px !important; }

.kc-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
