/**
 * Settings apply live, without a reload (Chromium, where the test can write the extension's storage
 * through its service worker): switching off or pausing the site removes every highlight, turning
 * back on brings them back, and the highlight style swaps the highlight names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightNames, inPage, launchChromium, type ChromiumSession } from './harness';
import {  } from './annotate-helpers';
import { waitFor, waitForHighlights } from './waiting';

declare const chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };

describe('live settings in chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  const patchSettings = (patch: object) =>
    session.serviceWorker.evaluate(async (p) => {
      const cur = ((await chrome.storage.sync.get('settings')).settings ?? {}) as object;
      await chrome.storage.sync.set({ settings: { ...cur, ...p } });
    }, patch);
  const setPaused = (hosts: string[]) =>
    session.serviceWorker.evaluate((h) => chrome.storage.sync.set({ pausedSites: h }), hosts);

  it('off, on, paused, resumed and underline style all apply to the open page', async () => {
    const page = await session.openPage('seed-000-dailytimes');
    await waitForHighlights(page, 'kc-claim');
    const ours = async () => (await highlightNames(page)).filter((n) => n.startsWith('kc-')).sort();

    await patchSettings({ enabled: false });
    await waitFor(async () => (await ours()).length === 0, 'highlights to go when switched off');

    await patchSettings({ enabled: true });
    await waitForHighlights(page, 'kc-claim');

    await setPaused(['dailytimes.com.pk']);
    await waitFor(async () => (await ours()).length === 0, 'highlights to go when the site is paused');
    await setPaused([]);
    await waitForHighlights(page, 'kc-mention');

    await patchSettings({ highlightStyle: 'underline' });
    await waitFor(async () => (await ours()).join() === 'kc-claim-underline,kc-mention-underline', 'underline names');

    await patchSettings({ highlightStyle: 'background', mark: 'claims' });
    await waitFor(async () => (await ours()).join() === 'kc-claim', 'only claims marked');
    // Still the claim sentence, not a stale or empty range.
    const claims = await inPage(page, () => [...(CSS.highlights.get('kc-claim') as unknown as Iterable<Range>)].map((r) => r.toString()));
    expect(claims.some((c) => /Pakistan Army was fighting alongside/.test(c))).toBe(true);
    await page.close();
  });
});
