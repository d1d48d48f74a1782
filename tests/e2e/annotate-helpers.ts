/**
 * Shared steps of the annotation browser tests: open a fixture page with a mutation recorder
 * installed before any script runs, collect console errors, and read what the page can see.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { inPage, type AnyPage, type ChromiumSession, type FirefoxSession } from './harness';

export type Session = ChromiumSession | FirefoxSession;

/**
 * Runs in the page before its own scripts: records every DOM change outside our card host, so a test
 * can show that the extension added nothing else and changed nothing.
 */
function installRecorder(): void {
  const w = window as unknown as { __kcForeign: string[] };
  w.__kcForeign = [];
  const isOurs = (n: Node | null): boolean => {
    for (let x: Node | null = n; x; x = x.parentNode ?? (x as unknown as ShadowRoot).host ?? null) {
      if (x instanceof Element && x.localName === 'kc-card-host') return true;
    }
    return false;
  };
  const name = (n: Node) => (n instanceof Element ? `<${n.localName}${n.id ? '#' + n.id : ''}>` : n.nodeName);
  const start = () =>
    new MutationObserver((records) => {
      for (const r of records) {
        if (isOurs(r.target)) continue;
        if (r.type === 'childList') {
          const nodes = [...r.addedNodes, ...r.removedNodes];
          if (nodes.length > 0 && nodes.every((n) => n instanceof Element && n.localName === 'kc-card-host')) continue;
        }
        w.__kcForeign.push(`${r.type} on ${name(r.target)}${r.attributeName ? ' @' + r.attributeName : ''}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Parsing builds the page through mutations too; record from the moment the document is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

export interface OpenedPage {
  page: AnyPage;
  consoleErrors: string[];
}

export async function openRecorded(session: Session, caseName: string): Promise<OpenedPage> {
  const consoleErrors: string[] = [];
  const url = session.server.urlFor(caseName);
  if (session.browserName === 'chromium') {
    const page: PwPage = await session.context.newPage();
    page.on('console', (m) => {
      // Chromium asks every site for /favicon.ico; the fixture server has none. Not the extension's doing.
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.addInitScript(installRecorder);
    await page.goto(url, { waitUntil: 'load' });
    return { page, consoleErrors };
  }
  const page: PpPage = await session.browser.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (req) => session.network.push({ url: req.url(), source: 'page', resourceType: 'unknown' }));
  await page.evaluateOnNewDocument(installRecorder);
  await page.goto(url, { waitUntil: 'load' });
  return { page, consoleErrors };
}

export function foreignMutations(page: AnyPage): Promise<string[]> {
  return inPage(page, () => (window as unknown as { __kcForeign?: string[] }).__kcForeign ?? ['recorder missing']);
}

/** Client rect of the first range of highlight `name` whose text contains `text`. */
export function rectOfHighlight(page: AnyPage, name: string, text: string) {
  return inPage(
    page,
    ([n, t]: [string, string]) => {
      const h = CSS.highlights.get(n);
      if (!h) return null;
      for (const r of h as unknown as Iterable<Range>) {
        if (r.toString().includes(t)) {
          const rect = r.getClientRects()[0]!;
          return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    [name, text] as [string, string],
  );
}

export async function movePointer(page: AnyPage, x: number, y: number): Promise<void> {
  await (page as PwPage).mouse.move(x, y);
}

/** The open card's text and links, read through its (open) shadow root; null when none is open. */
export function readCard(page: AnyPage) {
  return inPage(page, () => {
    const host = document.querySelector('kc-card-host');
    const root = host?.shadowRoot;
    if (!root) return null;
    const dialog = root.querySelector('[role="dialog"]');
    const labelledBy = dialog?.getAttribute('aria-labelledby');
    return {
      text: root.textContent ?? '',
      quotes: [...root.querySelectorAll('blockquote')].map((b) => b.textContent ?? ''),
      links: [...root.querySelectorAll('a')].map((a) => ({ href: a.href, rel: a.rel, target: a.target, text: a.textContent ?? '' })),
      label: labelledBy ? (root.getElementById(labelledBy)?.textContent ?? '') : '',
      focused: root.activeElement ? (root.activeElement.getAttribute('role') ?? root.activeElement.localName) : null,
      parent: host!.parentElement?.localName,
    };
  });
}

export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Where each range of highlight `name` sits: the nearest element that must never be marked, if any. */
export function forbiddenHosts(page: AnyPage, name: string) {
  return inPage(
    page,
    (n: string) => {
      const h = CSS.highlights.get(n) as unknown as Iterable<Range> | undefined;
      if (!h) return [];
      const bad: string[] = [];
      for (const r of h) {
        for (const node of [r.startContainer, r.endContainer]) {
          const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
          const hit = el?.closest('pre, code, svg, textarea, input, select, button, script, style, [contenteditable]:not([contenteditable="false"])');
          if (hit) bad.push(`${r.toString()} in <${hit.localName}>`);
        }
      }
      return bad;
    },
    name,
  );
}

/** The toolbar badge's text for a tab, read in the extension's service worker (Chromium). */
export function badgeText(session: ChromiumSession, tabId: number): Promise<string> {
  return session.serviceWorker.evaluate(
    (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}
