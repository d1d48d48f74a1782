/**
 * Each setting on the options page changes what an open fixture page shows, with no reload: the
 * content script applies it from its storage watcher.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness';
import { clearStorage, expectHighlights, storedSync } from './options-support';
import { readCard } from './annotate-helpers';

const CASE = 'seed-000-dailytimes';

describe('options apply live to an open page (Chromium)', () => {
  let session: ChromiumSession;
  let news: Page;
  let options: Page;

  beforeAll(async () => {
    session = await launchChromium();
    news = await session.openPage(CASE);
    options = await session.openExtensionPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
  });
  beforeEach(async () => {
    // Each test starts from the defaults, so one failure does not leave the next on other settings.
    await clearStorage(session);
    await expect.poll(() => options.getByLabel('Mentions of the region and claim sentences').isChecked()).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows mentions and claims by default', async () => {
    await expectHighlights(news, ['kc-mention', 'kc-claim']);
  });

  it('what to mark: mentions only, claims only, both', async () => {
    await options.getByLabel('Mentions of the region only').check();
    await expectHighlights(news, ['kc-mention']);
    await options.getByLabel('Claim sentences only').check();
    await expectHighlights(news, ['kc-claim']);
    await options.getByLabel('Mentions of the region and claim sentences').check();
    await expectHighlights(news, ['kc-mention', 'kc-claim']);
  });

  it('highlight style: underline, then background', async () => {
    await options.getByLabel('Underline').check();
    await expectHighlights(news, ['kc-mention-underline', 'kc-claim-underline']);
    await expect.poll(() => options.locator('figure.preview').getAttribute('data-style')).toBe('underline');
    await options.getByLabel('Background colour').check();
    await expectHighlights(news, ['kc-mention', 'kc-claim']);
  });

  it('on/off', async () => {
    await options.getByLabel('Annotate news pages').uncheck();
    await expectHighlights(news, []);
    await options.getByLabel('Annotate news pages').check();
    await expectHighlights(news, ['kc-mention', 'kc-claim']);
  });

  it('pausing the site clears it, resuming brings the marks back', async () => {
    const host = new URL(news.url()).hostname;
    await options.getByLabel('Site to pause').fill(host);
    await options.getByRole('button', { name: 'Pause site' }).click();
    await expectHighlights(news, []);
    await options.getByRole('button', { name: `Resume ${host.replace(/^www\./, '')}` }).click();
    await expectHighlights(news, ['kc-mention', 'kc-claim']);
  });

  it('hover delay and theme reach the card', async () => {
    await options.getByLabel('Delay before a card opens on hover').fill('0');
    await expect.poll(() => storedSync(session, 'settings')).toMatchObject({ hoverDelayMs: 0 });
    await options.getByLabel('Dark').check();
    // Point at the first claim sentence; with no delay its card opens.
    const box = await news.evaluate(() => {
      const range = [...(CSS.highlights.get('kc-claim') ?? [])][0] as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + 4, y: r.top + r.height / 2 };
    });
    await news.mouse.move(box.x, box.y);
    const theme = async () => (await readCard(news))?.theme;
    await expect.poll(theme, { timeout: 10_000 }).toBe('dark');
    await options.getByLabel('Light').check();
    await expect.poll(theme).toBe('light');
  });

  it('reset asks first, then restores the defaults everywhere', async () => {
    await options.getByLabel('Claim sentences only').check();
    await expectHighlights(news, ['kc-claim']);
    await options.getByRole('button', { name: 'Reset settings to defaults' }).click();
    const dialog = options.getByRole('dialog', { name: 'Reset all settings to their defaults?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => storedSync(session, 'settings')).toMatchObject({ mark: 'claims' });

    await options.getByRole('button', { name: 'Reset settings to defaults' }).click();
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await expectHighlights(news, ['kc-mention', 'kc-claim']);
    expect(await options.getByLabel('Mentions of the region and claim sentences').isChecked()).toBe(true);
    expect(await options.getByLabel('Same as the system').isChecked()).toBe(true);
  });

  it('a broken stored value falls back field by field, and the page says which fields', async () => {
    await expectHighlights(news, ['kc-mention', 'kc-claim']);
    await session.serviceWorker.evaluate(async () => {
      const { chrome } = self as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } };
      // As another device (or a hand edit) would leave it: the current version, with two bad fields.
      await chrome.storage.sync.set({
        settings: { enabled: true, mark: 'everything', sensitivity: 'high', highlightStyle: 'underline', theme: 'dark' },
        settings$: { v: 2 },
      });
    });
    // The open page keeps the valid fields (underline) and uses the default for the broken one (mark: both).
    await expectHighlights(news, ['kc-mention-underline', 'kc-claim-underline']);
    await options.reload();
    await options.getByText('Some stored settings were not valid and now use their defaults: mark, sensitivity.').waitFor();
    expect(await options.getByLabel('Mentions of the region and claim sentences').isChecked()).toBe(true);
    expect(await options.getByLabel('Underline').isChecked()).toBe(true);
    expect(await options.getByLabel('Dark').isChecked()).toBe(true);
  });
});
