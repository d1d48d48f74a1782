/**
 * Keyboard and messages: the next-match and previous-match shortcuts, pressed as real keys in
 * Chromium and Firefox, move through the claim sentences, mark the current one as active and open its
 * card with focus; Escape closes it. The popup's messages (getPageState, revealMatch) and the toolbar badge, through the
 * extension's own service worker (Chromium).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import {
  inPage,
  launchChromium,
  launchFirefox,
  readHighlights,
  type AnyPage,
  type ChromiumSession,
  type FirefoxSession,
} from './harness';
import { badgeText, foreignMutations, frontTabId, openRecorded, readCard, sendFromBackground, type OpenedPage } from './annotate-helpers';
import { onDisplay, startXDisplay, type XDisplay } from './real-keyboard';
import { waitFor, waitForHighlights } from './waiting';

/** The service worker's chrome.* API, as far as these tests use it. */
declare const chrome: {
  commands: { onCommand: { addListener(f: (command: string) => void): void } };
};

const activeSentence = async (page: AnyPage) => (await readHighlights(page, 'kc-active'))?.join(' | ') ?? '';

/**
 * The reader's walk: Alt+Shift+J opens the first claim sentence's card with focus and scrolls it into
 * view, a second J moves on, Alt+Shift+K comes back, Escape closes the card. `commands` reads what
 * commands.onCommand received, where the test can watch the background (Chromium's service worker).
 */
async function walkWithShortcuts(x: XDisplay, opened: OpenedPage, commands?: () => Promise<string[]>): Promise<void> {
  const { page } = opened;
  const claims = await waitForHighlights(page, 'kc-claim', { min: 2 });
  expect(await readHighlights(page, 'kc-active')).toBeNull();
  expect(await readCard(page)).toBeNull();

  await x.press(page, 'alt+shift+j');
  const card = await waitFor(() => readCard(page), 'Alt+Shift+J to open a card');
  if (commands) expect(await commands()).toEqual(['next-match']);
  expect(card.focused).toBe('dialog');
  expect(card.quotes.join(' ')).toContain('speculative and baseless');
  const first = await readHighlights(page, 'kc-active');
  expect(first).toHaveLength(1);
  expect(claims).toContain(first![0]);
  const inView = await inPage(page, () => {
    const r = [...(CSS.highlights.get('kc-active') as unknown as Iterable<Range>)][0]!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  expect(inView).toBe(true);

  await x.press(page, 'alt+shift+j');
  const second = await waitFor(
    async () => ((await activeSentence(page)) !== first![0] ? activeSentence(page) : null),
    'a second Alt+Shift+J to move on',
  );
  expect(claims).toContain(second);
  if (commands) expect(await commands()).toEqual(['next-match', 'next-match']);

  await x.press(page, 'alt+shift+k');
  await waitFor(async () => (await activeSentence(page)) === first![0], 'Alt+Shift+K to move back');
  if (commands) expect(await commands()).toEqual(['next-match', 'next-match', 'previous-match']);
  expect((await readCard(page))?.focused).toBe('dialog');

  await x.press(page, 'Escape');
  await waitFor(async () => (await readCard(page)) === null, 'Escape to close the card');
  expect(await foreignMutations(page)).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
  await page.close();
}

// Headed, on a private Xvfb display: extension shortcuts are browser accelerators, and only a real
// key event reaches them (see real-keyboard.ts); neither browser delivers them headless.
describe('keyboard shortcuts, real key presses in chromium', () => {
  let x: XDisplay;
  let session: ChromiumSession;
  beforeAll(async () => {
    x = await startXDisplay();
    session = await onDisplay(x, () => launchChromium({ headless: false }));
  });
  afterAll(async () => {
    await session?.close();
    await x?.close();
  });

  it('Alt+Shift+J and Alt+Shift+K reach commands.onCommand, move the active sentence and open its card with focus; Escape closes it', async () => {
    // Watch the event the shortcut fires in the service worker; the extension's own listener runs as shipped.
    await session.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as { __kcCommands: string[] };
      g.__kcCommands = [];
      chrome.commands.onCommand.addListener((command) => g.__kcCommands.push(command));
    });
    const commands = () =>
      session.serviceWorker.evaluate(() => (globalThis as unknown as { __kcCommands: string[] }).__kcCommands);
    await walkWithShortcuts(x, await openRecorded(session, 'seed-000-dailytimes'), commands);
  });
});

describe('keyboard shortcuts, real key presses in firefox', () => {
  let x: XDisplay;
  let session: FirefoxSession;
  beforeAll(async () => {
    x = await startXDisplay();
    session = await onDisplay(x, () => launchFirefox({ headless: false }));
  });
  afterAll(async () => {
    await session?.close();
    await x?.close();
  });

  it('Alt+Shift+J and Alt+Shift+K move the active sentence and open its card with focus; Escape closes it', async () => {
    await walkWithShortcuts(x, await openRecorded(session, 'seed-000-dailytimes'));
  });
});

async function badgeOf(session: ChromiumSession, page: PwPage): Promise<string> {
  return badgeText(session, await frontTabId(session, page));
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
});
