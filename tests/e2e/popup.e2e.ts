/**
 * The toolbar popup in Chromium with the built extension: search (English, Cyrillic, Armenian), the
 * claim view with the denial's words and source, keyboard use, "On this page" against what the page
 * highlights, live pause and resume, and axe-core in both colour schemes.
 *
 * The popup opens as a tab at popup.html?tab=<id>, which the popup supports for exactly this: it then
 * speaks about that tab instead of the active one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, readHighlights, screenshot, type ChromiumSession } from './harness';
import { badgeText, readCard } from './annotate-helpers';
import { waitFor, waitForHighlights } from './waiting';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let s: ChromiumSession;
beforeAll(async () => {
  s = await launchChromium();
});
afterAll(async () => {
  await s?.close();
});

async function tabIds(): Promise<number[]> {
  return s.serviceWorker.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.tabs.query({});
    return tabs.map((t) => t.id!);
  });
}

/** Opens a fixture page and returns it with its tab id (the one tab that was not there before). */
async function openFixture(caseName: string): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds();
  const page = await s.openPage(caseName);
  const tabId = (await tabIds()).find((id) => !before.includes(id));
  if (tabId === undefined) throw new Error('no new tab for ' + caseName);
  return { page, tabId };
}

async function openPopup(tabId?: number): Promise<Page> {
  const popup = await s.openExtensionPage(tabId === undefined ? 'popup.html' : `popup.html?tab=${tabId}`);
  await popup.locator('.kc-chip').first().waitFor();
  return popup;
}

/** Claim ids of the results, read from the statements shown (ids are not shown to the reader). */
async function resultStatements(popup: Page): Promise<string[]> {
  return popup.locator('[role="option"] .kc-result-statement').allInnerTexts();
}

async function search(popup: Page, query: string): Promise<string[]> {
  await popup.locator('#kc-search-input').fill(query);
  await popup.locator('[role="status"]').filter({ hasText: /\d+ claims? found|1 claim found/ }).first().waitFor();
  return resultStatements(popup);
}

describe('popup search', () => {
  it('opens with the search box focused and suggestions that can be clicked', async () => {
    const popup = await openPopup();
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('kc-search-input');
    const chip = popup.locator('.kc-chip', { hasText: 'Pakistani troops' });
    await chip.click();
    await expect.poll(() => popup.locator('#kc-search-input').inputValue()).toBe('Pakistani troops');
    await expect.poll(async () => (await resultStatements(popup)).length).toBeGreaterThan(0);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('kc-search-input');
    await popup.close();
  });

  it("finds the Pakistani troops reports, marks the words, and shows the Foreign Office's rejection with its quote and source", async () => {
    const popup = await openPopup();
    const statements = await search(popup, 'Pakistani troops');
    expect(statements[0]).toMatch(/Pakistan's army was fighting alongside Azerbaijani and Turkish forces in Agdam/);
    const marks = await popup.locator('[role="option"]').first().locator('mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['pakistan', 'troops']));

    await popup.keyboard.press('Enter');
    const view = popup.locator('.kc-claim-view');
    await view.waitFor();
    const denial = view.locator('.kc-response', { hasText: 'Zahid Hafeez Chaudri' });
    await expect.poll(() => denial.locator('.kc-speaker').innerText()).toMatch(/Pakistan's Foreign Office/);
    expect(await denial.locator('blockquote').innerText()).toContain('speculative and baseless');
    const link = denial.locator('a.kc-source-link');
    expect(await link.getAttribute('href')).toBe(
      'https://dailytimes.com.pk/673667/pakistan-army-not-fighting-alongside-azerbaijani-troops-against-armenia',
    );
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // Focus went to the claim, so a screen reader starts there.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('kc-claim-heading');
    await screenshot(popup, 'popup-claim-view', true);
    await popup.close();
  });

  it('finds the region by its Russian and Armenian names, as by its English one', async () => {
    const popup = await openPopup();
    const english = await search(popup, 'Nagorno-Karabakh');
    expect(english.length).toBeGreaterThan(1);
    expect(await search(popup, 'Нагорный Карабах')).toEqual(english);
    expect(await search(popup, 'Արցախ')).toEqual(english);
    // The English spelling in the claim is what gets marked.
    expect(await popup.locator('[role="option"]').first().locator('mark').allInnerTexts()).toContain('Nagorno-Karabakh');
    expect(await search(popup, 'Khankendi')).toEqual(await search(popup, 'Stepanakert'));
    await popup.close();
  });

  it('moves through results with the arrow keys, opens with Enter, goes back and clears with Escape', async () => {
    const popup = await openPopup();
    const input = popup.locator('#kc-search-input');
    const statements = await search(popup, 'Pakistan');
    expect(statements.length).toBeGreaterThan(2);
    // Preact renders after the key event; poll what the reader (and assistive tech) would see.
    const active = () => input.getAttribute('aria-activedescendant');
    await expect.poll(active).toBe('kc-result-0');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await expect.poll(active).toBe('kc-result-2');
    await popup.keyboard.press('ArrowUp');
    await expect.poll(active).toBe('kc-result-1');
    expect(await popup.locator('#kc-result-1').getAttribute('aria-selected')).toBe('true');

    await popup.keyboard.press('Enter');
    expect(await popup.locator('#kc-claim-heading').innerText()).toBe(statements[1]);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('kc-search-input');
    expect(await input.inputValue()).toBe('Pakistan');
    await popup.keyboard.press('Escape');
    await expect.poll(() => input.inputValue()).toBe('');
    await popup.close();
  });

  it("finds an answer by its words and says whose words they are", async () => {
    const popup = await openPopup();
    await search(popup, 'speculative baseless');
    // The answer at a glance holds the words, marked, and names who said them.
    const line = popup.locator('[role="option"]').first().locator('.kc-glance-line').first();
    expect(await line.innerText()).toMatch(/^Rejected by Pakistan's Foreign Office \(Zahid Hafeez Chaudri\), Oct 2, 2020: “speculative and baseless”$/);
    expect(await line.locator('mark').allInnerTexts()).toEqual(['speculative', 'baseless']);
    // Where else the words are: an outlet's report of the same answer, shown as the outlet's sentence.
    const hit = popup.locator('[role="option"]').first().locator('.kc-result-hit').first();
    expect(await hit.locator('.kc-hit-kind').innerText()).toMatch(/^Quote · The Nation \(thenation\.org\.uk\):$/);
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['speculative', 'baseless']);
    await popup.close();
  });

  it('says so when nothing matches', async () => {
    const popup = await openPopup();
    await popup.locator('#kc-search-input').fill('qqzzxxw');
    await expect.poll(() => popup.locator('.kc-empty').innerText()).toContain('qqzzxxw');
    expect(await popup.locator('[role="option"]').count()).toBe(0);
    await popup.close();
  });
});

describe('popup and the page', () => {
  it("opens on the claim a page's card asked for, once", async () => {
    const popup = await openPopup();
    await popup.evaluate(async () => {
      const session = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.session;
      await session.set({ pendingPopupClaim: { claimId: 'pakistan-special-forces-pashinyan-2020', at: Date.now() } });
    });
    await popup.reload();
    await expect.poll(() => popup.locator('#kc-claim-heading').innerText()).toMatch(/Nikol Pashinyan claimed/);
    await popup.reload();
    await popup.locator('#kc-search-input').waitFor();
    expect(await popup.locator('#kc-claim-heading').count()).toBe(0);
    await popup.close();
  });

  it('on a site outside the news list it says the extension is not running there and offers to run', async () => {
    const { page, tabId } = await openFixture('localhost-plain');
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('.kc-site-status').innerText()).toBe('Not running here: not on the news-site list');
    expect(await popup.getByRole('button', { name: 'Just this page' }).isVisible()).toBe(true);
    expect(await popup.locator('.kc-onpage-item').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('speaks of the top page, not of a frame inside it: a frame\'s claim sentence is neither listed nor on the badge', async () => {
    const { page, tabId } = await openFixture('iframe');
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    // The frame's own content script has marked its claim sentence (and told the background so).
    await waitForHighlights(frame as unknown as Page, 'kc-claim');
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('.kc-site-status').innerText()).toBe('Annotating');
    expect(await popup.locator('.kc-onpage-item').count()).toBe(0);
    expect(await badgeText(s, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('"On this page" lists what the page highlights; choosing one scrolls to the sentence and opens its card', async () => {
    // The Nation's copy: its claim sentences sit below the first screen.
    const { page, tabId } = await openFixture('seed-001-thenation');
    const claimSentences = await waitForHighlights(page, 'kc-claim');
    const popup = await openPopup(tabId);
    const items = popup.locator('.kc-onpage-item');
    await items.first().waitFor();
    // One entry per claim the page matched; together they count every highlighted claim sentence.
    const counts = (await popup.locator('.kc-onpage-item .kc-count').allInnerTexts()).map((c) =>
      c === '1 sentence' ? 1 : Number(/\d+/.exec(c)?.[0]),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(claimSentences.length);
    const first = (await items.first().locator('.kc-onpage-statement').innerText()).trim();

    // A short window at the top of the page: the claim sentence starts out of sight.
    await page.setViewportSize({ width: 1280, height: 240 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const claimInView = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('kc-claim') as unknown as Iterable<Range>;
        return [...h].some((r) => {
          const rect = r.getBoundingClientRect();
          return rect.top >= 0 && rect.bottom <= window.innerHeight;
        });
      });
    expect(await claimInView()).toBe(false);
    await items.first().click();
    const card = await waitFor(() => readCard(page), 'the card to open');
    expect(card.label).toBe(first);
    expect(await claimInView()).toBe(true);
    await page.close();
  });

  it('pause removes the highlights live, resume brings them back', async () => {
    const { page, tabId } = await openFixture('seed-000-dailytimes');
    const mentions = await waitForHighlights(page, 'kc-mention');
    const popup = await openPopup(tabId);
    const status = popup.locator('.kc-site-status');
    await expect.poll(() => status.innerText()).toBe('Annotating');
    expect(await popup.locator('.kc-host').innerText()).toBe('dailytimes.com.pk');

    await popup.getByRole('button', { name: 'Pause on this site' }).click();
    await expect.poll(() => status.innerText()).toBe('Paused on this site');
    await expect.poll(async () => (await readHighlights(page, 'kc-mention'))?.length ?? 0).toBe(0);
    expect((await readHighlights(page, 'kc-claim'))?.length ?? 0).toBe(0);

    await popup.getByRole('button', { name: 'Resume on this site' }).click();
    await expect.poll(() => status.innerText()).toBe('Annotating');
    expect(await waitForHighlights(page, 'kc-mention', { min: mentions.length })).toEqual(mentions);
    await popup.close();
    await page.close();
  });
});

describe('popup accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe-core finds no violations in the ${scheme} scheme (start, results, claim view, no results)`, async () => {
      const { page, tabId } = await openFixture('seed-000-dailytimes');
      await waitForHighlights(page, 'kc-claim');
      const popup = await openPopup(tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator('.kc-onpage-item').first().waitFor();
      // Extension pages forbid inline scripts; evaluate() goes through the debugger protocol instead.
      await popup.evaluate(AXE_SOURCE);
      const audit = () =>
        popup.evaluate(async () => {
          type Result = { id: string; nodes: { target: string[] }[] };
          const axe = (window as unknown as { axe: { run(): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
          const r = await axe.run();
          // The rules that passed show the audit looked at the popup (colour contrast among them).
          if (!r.passes.some((p) => p.id === 'color-contrast')) return ['color-contrast was not checked'];
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
      expect(await audit()).toEqual([]);
      await search(popup, 'Pakistani troops');
      expect(await audit()).toEqual([]);
      await screenshot(popup, `popup-results-${scheme}`, true);
      await popup.keyboard.press('Enter');
      await popup.locator('.kc-claim-view').waitFor();
      expect(await audit()).toEqual([]);
      await popup.keyboard.press('Escape');
      await popup.locator('#kc-search-input').fill('qqzzxxw');
      await popup.locator('.kc-empty').waitFor();
      expect(await audit()).toEqual([]);
      await popup.close();
      await page.close();
    });
  }

  it('the theme setting overrides the system scheme, and applies while the popup is open', async () => {
    const popup = await openPopup();
    await popup.emulateMedia({ colorScheme: 'light' });
    const background = () => popup.locator('.kc-popup').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    const setTheme = (theme: string) =>
      popup.evaluate(async (t) => {
        const sync = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.sync;
        const { settings } = await sync.get('settings');
        await sync.set({ settings: { ...(settings as object), theme: t } });
      }, theme);
    await setTheme('dark');
    await expect.poll(background).toBe('rgb(28, 33, 40)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await setTheme('light');
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await setTheme('system');
    await expect.poll(background).toBe('rgb(28, 33, 40)');
    await popup.close();
  });
});

describe('popup privacy', () => {
  it('nothing the popup did reached beyond the fixture server', () => {
    expect(s.network.length).toBeGreaterThan(0);
    expect(s.externalRequests()).toEqual([]);
  });
});
