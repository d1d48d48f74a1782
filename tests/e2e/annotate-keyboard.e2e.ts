/**
 * Keyboard and messages: the next-match shortcut scrolls to the claim sentence, marks it as active
 * and opens its card with focus; Escape closes it. The popup's messages (getPageState, revealMatch)
 * and the toolbar badge, through the extension's own service worker (Chromium).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { inPage, launchChromium, readHighlights, waitForHighlights, type ChromiumSession } from './harness';
import { foreignMutations, openRecorded, readCard, waitFor, type Session } from './annotate-helpers';

/** The service worker's chrome.* API, as far as these tests use it. */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, m: unknown): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** The tab the test brought to the front (tab URLs are not visible without the tabs permission). */
async function frontTabId(session: ChromiumSession, page: PwPage): Promise<number> {
  await page.bringToFront();
  return session.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

async function pressShortcut(page: PwPage | import('puppeteer-core').Page): Promise<void> {
  const k = page.keyboard as unknown as { down(k: string): Promise<void>; up(k: string): Promise<void>; press(k: string): Promise<void> };
  await k.down('Alt');
  await k.down('Shift');
  await k.press('KeyJ');
  await k.up('Shift');
  await k.up('Alt');
}

// Chromium only: headless Firefox delivers neither the shortcut nor a way into the background from
// puppeteer, so the command path cannot be driven there (Escape on a card is tested in both browsers).
describe('keyboard in chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the next-match shortcut opens the claim card with focus, and Escape closes it', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'seed-000-dailytimes');
    await waitForHighlights(page, 'kc-claim');
    await (page as PwPage).bringToFront();
    await pressShortcut(page);
    let card = await waitFor(() => readCard(page), 'the shortcut to open a card', 3000).catch(() => null);
    if (!card && session.browserName === 'chromium') {
      // Headless Chromium does not deliver extension shortcuts; send what the background sends for one.
      await sendFromBackground(session, page as PwPage, { dir: 'backgroundToContent', type: 'command', command: 'next-match' });
      card = await waitFor(() => readCard(page), 'the command to open a card');
    }
    expect(card).not.toBeNull();
    expect(card!.focused).toBe('dialog');
    expect(card!.quotes.join(' ')).toContain('speculative and baseless');
    const active = await readHighlights(page, 'kc-active');
    expect(active).toHaveLength(1);
    const inView = await inPage(page, () => {
      const r = [...(CSS.highlights.get('kc-active') as unknown as Iterable<Range>)][0]!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await (page as PwPage).keyboard.press('Escape');
    await waitFor(async () => (await readCard(page)) === null, 'Escape to close the card');
    expect(await foreignMutations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

async function sendFromBackground(session: ChromiumSession, page: PwPage, message: unknown): Promise<unknown> {
  const tabId = await frontTabId(session, page);
  return session.serviceWorker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
}

async function badgeOf(session: ChromiumSession, page: PwPage): Promise<string> {
  const tabId = await frontTabId(session, page);
  return session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

describe('messages and badge in chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('answers getPageState, reveals a match for the popup, and shows the claim count on the badge', async () => {
    const page = await session.openPage('seed-000-dailytimes');
    await waitForHighlights(page, 'kc-claim');
    const state = (await sendFromBackground(session, page, { dir: 'popupToContent', type: 'getPageState' })) as {
      status: string;
      matches: { claimId: string; count: number }[];
    };
    expect(state.status).toBe('annotating');
    expect(state.matches.map((m) => m.claimId)).toContain('pakistan-troops-agdam-2020');
    const badge = await badgeOf(session, page);
    expect(badge).toBe(String(state.matches.length));

    const reply = await sendFromBackground(session, page, {
      dir: 'popupToContent',
      type: 'revealMatch',
      claimId: 'pakistan-troops-agdam-2020',
    });
    expect(reply).toEqual({ revealed: true });
    const card = await waitFor(() => readCard(page), 'revealMatch to open the card');
    expect(card.text).toContain('speculative and baseless');
    await page.close();
  });

  it('says no-topic on a page about something else, with an empty badge', async () => {
    const page = await session.openPage('ttp-story');
    const state = await waitFor(
      async () => {
        const s = (await sendFromBackground(session, page, { dir: 'popupToContent', type: 'getPageState' })) as { status: string };
        return s.status === 'no-topic' ? s : null;
      },
      'the page state',
    );
    expect(state).toMatchObject({ status: 'no-topic', matches: [] });
    const badge = await badgeOf(session, page);
    expect(badge).toBe('');
    await page.close();
  });
});
