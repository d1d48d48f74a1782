/**
 * Shared steps of the annotation browser tests: open a fixture page with a mutation recorder
 * installed before any script runs, collect console errors, and read what the page can see.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { inCardRoot, inPage, type AnyPage, type ChromiumSession, type FirefoxSession } from './harness';
import { waitFor } from './waiting';

export type Session = ChromiumSession | FirefoxSession;

/**
 * Runs in the page before its own scripts: records every DOM change but our card host coming and
 * going, so a test can show that the extension added nothing else and changed nothing. The page
 * cannot see into the host (a closed root), so changes inside it never reach this recorder; the
 * host itself is what the page can see of it: a bare <div> added to <html>, with no attribute and
 * no child of its own.
 */
function installRecorder(): void {
  const w = window as unknown as { __kcForeign: string[] };
  w.__kcForeign = [];
  const isCardHost = (n: Node) => n instanceof HTMLDivElement && n.attributes.length === 0 && n.childNodes.length === 0;
  const name = (n: Node) => (n instanceof Element ? `<${n.localName}${n.id ? '#' + n.id : ''}>` : n.nodeName);
  const start = () =>
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList' && r.target === document.documentElement) {
          const nodes = [...r.addedNodes, ...r.removedNodes];
          if (nodes.length > 0 && nodes.every(isCardHost)) continue;
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

/**
 * What the reader sees on the open card: its text (generated content included, as painted), quotes,
 * links, accessible label, what has focus, its theme. Read through the closed root by the browser's
 * debugging protocol (./harness/card-root), which no page can do; null when no card is open.
 */
export function readCard(page: AnyPage) {
  return inCardRoot(page, (root) => {
    // The card shows its text as ::before { content: attr(...) } (src/page/card/generated-text.ts):
    // resolve computed content as the browser paints it (Firefox reports attr() unresolved).
    const generated = (el: Element, pseudo: string): string => {
      const content = getComputedStyle(el, pseudo).content;
      const attr = /^attr\(([\w-]+)\)$/.exec(content);
      if (attr) return el.getAttribute(attr[1]!) ?? '';
      const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(content);
      return quoted ? quoted[1]!.replace(/\\(.)/g, '$1') : '';
    };
    const text = (n: Node | null): string => {
      if (!n) return '';
      if (n.nodeType === Node.TEXT_NODE) return (n as Text).data;
      if (n.nodeType !== Node.ELEMENT_NODE) return '';
      const el = n as Element;
      return generated(el, '::before') + [...el.childNodes].map(text).join('') + generated(el, '::after');
    };
    const dialog = root.querySelector('[role="dialog"]');
    const labelledBy = dialog?.getAttribute('aria-labelledby');
    const active = root.activeElement;
    const theme = root.querySelector<HTMLElement>('.kc-theme');
    const direction = (sel: string) => {
      const el = root.querySelector(sel);
      return el ? getComputedStyle(el).direction : null;
    };
    return {
      text: text(root.querySelector('.kc-card')),
      quotes: [...root.querySelectorAll('blockquote')].map(text),
      links: [...root.querySelectorAll('a')].map((a) => ({ href: a.href, rel: a.rel, target: a.target, text: text(a) })),
      label: labelledBy ? text(root.getElementById(labelledBy)) : '',
      focused: active ? (active.getAttribute('role') ?? active.localName) : null,
      parent: root.host.parentElement?.localName,
      theme: theme?.getAttribute('data-kc-theme') ?? null,
      /** The timeline's points: the date as data (a <time>, or a bounded date's data-date), text, links. */
      timeline: [...root.querySelectorAll('.kc-timeline li')].map((li) => ({
        date: li.querySelector('time')?.getAttribute('datetime') ?? li.querySelector('[data-date]')?.getAttribute('data-date') ?? '',
        text: text(li),
        links: [...li.querySelectorAll('a')].map((a) => a.href),
      })),
      headings: [...root.querySelectorAll('h3')].map(text),
      /** Each copy button's text, by what it copies ('claim' or an answer's id). */
      copyButtons: Object.fromEntries([...root.querySelectorAll('[data-kc-copy]')].map((b) => [b.getAttribute('data-kc-copy'), text(b)])),
      format: text(root.querySelector('.kc-format[aria-pressed="true"]')),
      /** What the card's live region says (it outlives the card's renders). */
      announced: [...root.querySelectorAll('[role="status"][aria-live]')].map(text).join(''),
      alert: text(root.querySelector('[role="alert"]')),
      /** Which copy button has the focus, if one has; and how far the card is scrolled. */
      focusedCopy: active?.getAttribute('data-kc-copy') ?? null,
      scrollTop: root.querySelector('.kc-card')?.scrollTop ?? 0,
      dir: theme?.dir ?? null,
      lang: theme?.lang ?? null,
      directions: { view: direction('.kc-claim-view'), statement: direction('.kc-statement'), quote: direction('.kc-quote p') },
      /** "Why this matched": the words as the page wrote them, with their language and direction. */
      terms: [...root.querySelectorAll('.kc-terms bdi')].map((b) => ({
        text: text(b),
        lang: b.getAttribute('lang'),
        direction: getComputedStyle(b).direction,
      })),
    };
  });
}

/** Waits until the open card's fade-in has ended (no animation left in its root), for a screenshot. */
export function cardSettled(page: AnyPage): Promise<true> {
  return waitFor(() => inCardRoot(page, (root) => root.querySelector('.kc-card') !== null && root.getAnimations().length === 0), 'the card to finish fading in');
}

/** The client box of the first element in the open card matching `selector`; null when none. */
export function cardBox(page: AnyPage, selector: string) {
  return inCardRoot(
    page,
    (root, sel: string) => {
      const r = root.querySelector(sel)?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } : null;
    },
    selector,
  );
}

/**
 * Clicks an element of the open card with the real mouse (a trusted click), after scrolling the card
 * to it as a reader would (a long card scrolls inside itself).
 */
export async function clickInCard(page: AnyPage, selector: string): Promise<void> {
  const box = await waitFor(
    () =>
      inCardRoot(
        page,
        (root, sel: string) => {
          const el = root.querySelector(sel);
          el?.scrollIntoView({ block: 'nearest' });
          const r = el?.getBoundingClientRect();
          return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
        },
        selector,
      ),
    `${selector} in the card`,
  );
  await (page as PwPage).mouse.click(box.x, box.y);
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

/** The service worker's chrome.tabs, as far as these helpers use it. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, m: unknown): Promise<unknown> };
};

/** The tab the test brought to the front (tab URLs are not visible without the tabs permission). */
export async function frontTabId(session: ChromiumSession, page: PwPage): Promise<number> {
  await page.bringToFront();
  return session.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Sends a message to the page's content script as the extension would (from its service worker). */
export async function sendFromBackground(session: ChromiumSession, page: PwPage, message: unknown): Promise<unknown> {
  const tabId = await frontTabId(session, page);
  return session.serviceWorker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
}

/** What the content script tells the popup about its page (src/messaging/contract.ts PageState). */
export interface AnsweredState {
  status: string;
  matches: { claimId: string; count: number }[];
  mentions: number;
}

/**
 * Waits until the page's content script answers the popup's getPageState with `status`, asked as the
 * popup asks (tabs.sendMessage from the extension): the proof that the script ran on the page, which
 * a test that then finds nothing marked needs. Chromium asks from the service worker; Firefox, which
 * gives the test no view of the background, from an extension page of its own.
 */
export async function waitForPageState(session: Session, page: AnyPage, status: string): Promise<AnsweredState> {
  const getPageState = { dir: 'popupToContent', type: 'getPageState' };
  if (session.browserName === 'chromium') {
    return waitFor(async () => {
      // Until the content script has started there is no receiving end: "not yet".
      const state = (await sendFromBackground(session, page as PwPage, getPageState).catch((e: unknown) => {
        if (String(e).includes('Receiving end does not exist')) return null;
        throw e;
      })) as AnsweredState | null;
      return state?.status === status && state;
    }, `the content script to answer "${status}"`);
  }
  let asking = askers.get(session);
  if (!asking) askers.set(session, (asking = session.openExtensionPage('popup.html')));
  const asker = await asking;
  return waitFor(async () => {
    const state = await inPage(
      asker,
      async ([url, message]: [string, object]) => {
        const ext = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).browser;
        const tab = (await ext.tabs.query({})).find((t) => t.url === url);
        if (tab?.id === undefined) return null;
        return (await ext.tabs.sendMessage(tab.id, message).catch(() => null)) as AnsweredState | null;
      },
      [page.url(), getPageState] as [string, object],
    );
    return state?.status === status && state;
  }, `the content script to answer "${status}"`);
}

/** One extension page per Firefox session asks the content scripts (opening one takes seconds). */
const askers = new WeakMap<FirefoxSession, Promise<PpPage>>();
