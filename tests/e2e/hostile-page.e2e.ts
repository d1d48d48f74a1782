/**
 * A page whose own script attacks the extension (tests/fixtures/pages/hostile-page, its script
 * hostile.js), in Chromium and Firefox with the built extension. The script
 * runs from the first byte of <head>, before the content script: it listens for the extension,
 * pre-defines custom elements and patches prototypes, then, when asked, sends WXT's shutdown event,
 * fakes hover, focus and keys, reaches into the open card, rewrites what it can, and presses the
 * card's details button every way a script can. Each attack must fail, while the reader's real
 * hover (the automation's mouse, which the browser treats as real input) and real shortcuts (X key
 * events on a private Xvfb display, ./real-keyboard) still work and the highlights stay.
 *
 * The tests read the card the way the page cannot: through the browser's debugging protocol
 * (readCard, harness/card-root), and in Chromium through its accessibility tree too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import {
  accessibleCard,
  clickNode,
  inPage,
  launchChromium,
  launchFirefox,
  readHighlights,
  type AnyPage,
} from './harness';
import { cardBox, movePointer, readCard, rectOfHighlight, sendFromBackground, type Session } from './annotate-helpers';
import { onDisplay, startXDisplay, type XDisplay } from './real-keyboard';
import { waitFor, waitForHighlights } from './waiting';

declare const chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };

interface Report {
  heard: string[];
  calls: string[];
  ranOnElements: string[];
  added: { tag: string; constructor: string; attributes: number; children: number; shadowRoot: null | 'visible' }[];
  own: string[];
  stolenRoots?: number;
}

/** Words the card shows and the article does not, so a page that finds one has found the card. */
const CARD_ONLY = ['Claimed by', 'Why this matched', 'published the report', 'Turkish forces in Agdam'];
const CLAIM = 'Pakistan Army was fighting';
/** Calls window.hostile[method](...args) as the page's own code. */
function hostile<R>(page: AnyPage, method: string, ...args: unknown[]): Promise<R> {
  return inPage(page, ([m, a]: [string, unknown[]]) => {
    const h = (window as unknown as { hostile: Record<string, (...x: unknown[]) => unknown> }).hostile;
    return h[m]!(...a) as R;
  }, [method, args] as [string, unknown[]]);
}

async function openHostilePage(session: Session): Promise<AnyPage> {
  // The page learns the extension's id as a real one would from the store: here, from the hash.
  const url = `${session.server.urlFor('hostile-page')}#ext=${encodeURIComponent(session.extensionId)}`;
  const page = session.browserName === 'chromium' ? await session.context.newPage() : await session.browser.newPage();
  await (page as PwPage).goto(url, { waitUntil: 'load' });
  return page;
}

/** Scrolls the claim sentence to the middle of the window (with the page's own, unpatched scrollBy). */
async function claimPoint(page: AnyPage): Promise<{ x: number; y: number }> {
  await inPage(page, (text: string) => {
    for (const r of CSS.highlights.get('kc-claim') as unknown as Iterable<Range>) {
      if (r.toString().includes(text)) window.scrollBy(0, r.getClientRects()[0]!.top - innerHeight / 2);
    }
  }, CLAIM);
  const at = await rectOfHighlight(page, 'kc-claim', CLAIM);
  expect(at, 'the claim sentence is highlighted').not.toBeNull();
  return at!;
}

describe.each(['chromium', 'firefox'] as const)('a hostile page in %s', (browserName) => {
  let x: XDisplay;
  let session: Session;
  let page: AnyPage;
  let mentions: string[];
  let claims: string[];
  const report = () => hostile<Report>(page, 'report');

  beforeAll(async () => {
    x = await startXDisplay();
    session = await onDisplay<Session>(x, () => (browserName === 'chromium' ? launchChromium({ headless: false }) : launchFirefox({ headless: false })));
    page = await openHostilePage(session);
    mentions = await waitForHighlights(page, 'kc-mention', { min: 3 });
    claims = await waitForHighlights(page, 'kc-claim');
  });
  afterAll(async () => {
    await session?.close();
    await x?.close();
  });

  it('hears nothing from the extension, and nothing of ours runs through its custom elements or prototypes', async () => {
    // Its ears and patches work: it hears its own start-up events (two scripts, each on document
    // and window) and sees its own calls.
    expect(await hostile(page, 'selfTest')).toEqual({ heardOwnEvents: 4, started: 2, patchesLive: true });
    const r = await report();
    expect(r.heard).toEqual([]);
    expect(r.calls).toEqual([]);
    expect(r.ranOnElements).toEqual([]);
    expect(r.stolenRoots).toBeUndefined();
    // The content script ran all the same: it read the page through its own, unpatched world.
    expect(mentions).toContain('Nagorno-Karabakh');
    expect(claims.some((c) => c.includes(CLAIM))).toBe(true);
    expect(r.added).toEqual([]);
  });

  it("cannot switch the extension off with WXT's shutdown event", async () => {
    expect(await hostile<string[]>(page, 'shutdown')).toHaveLength(2);
    // A stopped script would have removed its highlights and stopped following the page. It still
    // follows it: a paragraph the page adds after the shutdown is marked, and unmarked once removed.
    // (Added without the DOM methods the page patched, which would log the test's calls as ours.)
    await inPage(page, () => {
      const p = document.querySelector('p')!.cloneNode() as HTMLElement;
      p.id = 'kc-after-shutdown';
      p.innerText = 'Residents of Khojaly were not told.';
      document.body.insertAdjacentElement('beforeend', p);
    });
    await waitFor(async () => ((await readHighlights(page, 'kc-mention')) ?? []).includes('Khojaly'), 'the added paragraph to be marked');
    await inPage(page, () => document.getElementById('kc-after-shutdown')!.remove());
    await expect.poll(() => readHighlights(page, 'kc-mention'), { timeout: 10_000 }).toEqual(mentions);
    expect(await readHighlights(page, 'kc-claim')).toEqual(claims);
    if (session.browserName === 'chromium') {
      const state = (await sendFromBackground(session, page as PwPage, { dir: 'popupToContent', type: 'getPageState' })) as { status: string };
      expect(state.status).toBe('annotating');
    }
  });

  it('opens no card with synthetic hover, focus or keys', async () => {
    const at = await claimPoint(page);
    // The content script refuses a synthetic event while the page dispatches it (only trusted
    // events act), so what it would have done with one is decided when fakeInput returns.
    await hostile(page, 'fakeInput', at.x, at.y);
    expect(await readCard(page)).toBeNull();
    expect(await readHighlights(page, 'kc-active')).toBeNull();
    expect((await report()).added).toEqual([]);
  });

  it("the reader's hover opens the card, which the page can neither read, change, hide nor close", async () => {
    const at = await claimPoint(page);
    await movePointer(page, at.x, at.y);
    const before = await waitFor(() => readCard(page), 'the card to open on a real hover');
    expect(before.quotes.join(' ')).toContain('speculative and baseless');
    // What the page saw arrive: a bare <div> with no root it can reach, not one of its elements.
    expect((await report()).added).toEqual([{ tag: 'div', constructor: 'HTMLDivElement', attributes: 0, children: 0, shadowRoot: null }]);
    const pageText = await inPage(page, () => document.body.innerText);
    for (const words of CARD_ONLY) {
      expect(before.text, 'shown on the card').toContain(words);
      expect(pageText, 'not in the article').not.toContain(words);
    }

    const reach = await hostile<{ got: string[]; tried: string[]; points: number }>(page, 'reachCard', CARD_ONLY);
    expect(reach.points, 'the page does find where the card is').toBeGreaterThan(0);
    expect(reach.tried).toEqual(
      expect.arrayContaining(['host.shadowRoot', 'attachShadow on the host', 'caretPositionFromPoint', `window.find(${CARD_ONLY[0]})`, 'selectAllChildren(host)']),
    );
    expect(reach.got).toEqual([]);
    await hostile(page, 'fakeClose');

    // It rewrote the host's light DOM and styles: the card still shows its own words, in view.
    const after = await readCard(page);
    expect(after).toEqual(before);
    const box = await cardBox(page, '.kc-card');
    expect(box!.width).toBeGreaterThan(300);
    const viewport = await inPage(page, () => ({ w: innerWidth, h: innerHeight }));
    expect(box!.top >= 0 && box!.left >= 0 && box!.bottom <= viewport.h && box!.right <= viewport.w).toBe(true);
    if (session.browserName === 'chromium') {
      const ax = await accessibleCard(page as PwPage);
      expect(ax!.text).toContain('speculative and baseless');
      expect(ax!.text).not.toContain('FORGED');
      expect(ax!.links.some((l) => l.includes('Reuters'))).toBe(false);
    }
  });

  it("the reader's real shortcuts still work: Escape closes the card, Alt+Shift+J opens the first claim's with focus", async () => {
    await x.press(page, 'Escape');
    await waitFor(async () => (await readCard(page)) === null, 'Escape to close the card');
    await x.press(page, 'alt+shift+j');
    const card = await waitFor(() => readCard(page), 'Alt+Shift+J to open a card');
    expect(card.focused).toBe('dialog');
    const active = await readHighlights(page, 'kc-active');
    expect(active).toHaveLength(1);
    expect(claims).toContain(active![0]);
  });

  it("cannot press the card's details button; the reader's click can", async () => {
    const pending = async () =>
      session.browserName === 'chromium'
        ? session.serviceWorker.evaluate(async () => (await chrome.storage.session.get('pendingPopupClaim')).pendingPopupClaim ?? null)
        : null;
    const before = await readCard(page);
    expect(before).not.toBeNull();
    const pages = session.browserName === 'chromium' ? session.context.pages().length : (await session.browser.pages()).length;

    expect(await hostile<number>(page, 'clickDetails')).toBeGreaterThan(1);
    expect(await readCard(page)).toEqual(before);
    if (session.browserName === 'chromium') {
      expect(await pending()).toBeNull();
      expect(session.context.pages().map((p) => p.url()).filter((u) => u.includes('popup.html'))).toEqual([]);
      expect(session.context.pages()).toHaveLength(pages);

      // The reader's own click on the same button, found through the accessibility tree.
      const button = (await accessibleCard(page as PwPage))!.buttons.find((b) => b.name === 'Open in the toolbar popup');
      expect(button).toBeDefined();
      // Last, as the popup it opens takes the keyboard.
      await clickNode(page as PwPage, button!.backendNodeId);
      await waitFor(pending, 'the reader’s click to ask for the popup');
    } else {
      // Firefox gives the test no view of the background; the page had no way to the button.
      expect(await session.browser.pages()).toHaveLength(pages);
    }
  });

  it('keeps every highlight, and the page has still heard nothing', async () => {
    expect(await readHighlights(page, 'kc-mention')).toEqual(mentions);
    expect(await readHighlights(page, 'kc-claim')).toEqual(claims);
    const r = await report();
    expect(r.heard).toEqual([]);
    expect(r.calls).toEqual([]);
    expect(r.ranOnElements).toEqual([]);
    expect(r.stolenRoots).toBeUndefined();
    expect(session.externalRequests()).toEqual([]);
  });
});
