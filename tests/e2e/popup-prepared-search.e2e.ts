/**
 * The popup's search on the index the background prepared from the claim packs (src/prepared/search-*):
 * an imported pack's claim is found, shown with its answer and opened, while the popup reads neither
 * the packs nor more of the index than the query reaches; once the pack is removed and another
 * imported, the removed pack's claim is never shown again, in a popup opened before the change or after.
 * Chromium imports through the options page; Firefox stores the pack as an import does.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPage, launchChromium, launchFirefox, type AnyPage, type ChromiumSession, type FirefoxSession } from './harness';
import { packJson } from './options-support';

const FIRST = 'Zanzibari volunteers drove supply lorries to Shusha in October 2020.';
const SECOND = 'Tasmanian engineers repaired the Hakari bridge in November 2020.';
const first = packJson('zanzibar', 'Zanzibar pack', [FIRST]);
const second = packJson('tasmania', 'Tasmania pack', [SECOND]);

/** The storage API of an extension page: `browser` in Firefox, `chrome` in Chromium; only the calls used here. */
type ChromeLike = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };

/** What the extension's storage holds for one key, read from one of its pages. */
const stored = (page: AnyPage, key: string) =>
  inPage(
    page,
    async (k) => {
      const api = (globalThis as unknown as { browser?: ChromeLike; chrome: ChromeLike }).browser ?? (globalThis as unknown as { chrome: ChromeLike }).chrome;
      return (await api.storage.local.get(k))[k] as { state?: string; packs?: string[] } | undefined;
    },
    key,
  );

/** A pack as the import stores it (Firefox: the file chooser is not driven from here). */
const storePacks = (page: AnyPage, packs: object[]) =>
  inPage(
    page,
    async (list) => {
      const api = (globalThis as unknown as { browser?: ChromeLike; chrome: ChromeLike }).browser ?? (globalThis as unknown as { chrome: ChromeLike }).chrome;
      await api.storage.local.set({ packs: list });
    },
    packs.map((dataset) => ({ id: (dataset as { id: string }).id, title: (dataset as { title: string }).title, enabled: true, importedAt: new Date().toISOString(), dataset })),
  );

async function searchReady(page: AnyPage, packId: string): Promise<void> {
  await expect
    .poll(async () => {
      const s = await stored(page, 'preparedSearch');
      return s?.state === 'ready' && s.packs?.length === 1 && s.packs[0]!.startsWith(`${packId}@`);
    }, { timeout: 60_000, interval: 250 })
    .toBe(true);
}

/** What the popup shows for a query: the results' statements, or its no-results message. */
async function shownFor(popup: AnyPage, query: string): Promise<{ statements: string[]; empty: boolean; quotes: string }> {
  await inPage(popup, (q) => {
    const input = document.querySelector<HTMLInputElement>('#kc-search-input')!;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
  const read = () =>
    inPage(popup, (q) => {
      const statements = [...document.querySelectorAll('[role="option"] .kc-result-statement')].map((e) => e.textContent ?? '');
      const empty = document.querySelector('.kc-empty')?.textContent?.includes(q) ?? false;
      const quotes = [...document.querySelectorAll('[role="option"]')].map((e) => e.textContent ?? '').join(' ');
      return { statements, empty, quotes, settled: statements.length > 0 || empty };
    }, query);
  await expect.poll(async () => (await read()).settled, { timeout: 15_000 }).toBe(true);
  const { statements, empty, quotes } = await read();
  return { statements, empty, quotes };
}

/** Storage keys the popup asks for, recorded from its first script on. */
const RECORD_READS = `
  window.__kcReads = [];
  for (const api of [globalThis.browser, globalThis.chrome]) {
    const area = api?.storage?.local;
    if (!area || area.__kcWrapped) continue;
    const get = area.get.bind(area);
    area.get = (keys, ...rest) => { window.__kcReads.push(...(keys == null ? ['*'] : [].concat(typeof keys === 'object' && !Array.isArray(keys) ? Object.keys(keys) : keys))); return get(keys, ...rest); };
    area.__kcWrapped = true;
  }
`;

for (const browserName of ['chromium', 'firefox'] as const) {
  describe(`the popup searches the packs through the prepared index (${browserName})`, () => {
    let s: ChromiumSession | FirefoxSession;
    let options: AnyPage;
    beforeAll(async () => {
      s = browserName === 'chromium' ? await launchChromium() : await launchFirefox();
      options = await s.openExtensionPage('options.html');
    }, 60_000);
    afterAll(async () => {
      await s?.close();
    });

    const importFirst = async () => {
      if (browserName === 'chromium') {
        await (options as PwPage).locator('#pack-file').setInputFiles([{ name: 'zanzibar.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(first)) }]);
      } else {
        await storePacks(options, [first]);
      }
      await searchReady(options, 'zanzibar-pack');
    };

    it("finds an imported pack's claim with its answer, reading neither the packs nor the whole index, and opens it", async () => {
      await importFirst();
      let popup: AnyPage;
      if (browserName === 'chromium') {
        const page = await (s as ChromiumSession).context.newPage();
        await page.addInitScript(RECORD_READS);
        await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
        popup = page;
      } else {
        popup = await s.openExtensionPage('popup.html');
      }
      const found = await shownFor(popup, 'zanzibari volunteers');
      expect(found.statements).toEqual([FIRST]);
      // The answer at a glance under the result: the ministry's words, as the pack quotes them.
      expect(found.quotes).toContain('We have seen no evidence of this.');
      if (browserName === 'chromium') {
        const reads = (await (popup as PwPage).evaluate(() => (window as unknown as { __kcReads: string[] }).__kcReads)) ?? [];
        expect(reads).not.toContain('packs');
        expect(reads).toContain('preparedSearch');
        expect(reads.filter((k) => k.startsWith('preparedSearch:')).length).toBeGreaterThan(0);
        expect(reads.filter((k) => k.startsWith('preparedSearch:words:')).length).toBeLessThan(200);
        await (popup as PwPage).keyboard.press('Enter');
        await expect.poll(() => (popup as PwPage).locator('.kc-claim-view').textContent(), { timeout: 10_000 }).toContain(FIRST);
      }
      await popup.close();
    }, 120_000);

    it('never shows the removed pack’s claim, in a popup opened before the change or after', async () => {
      const before = await s.openExtensionPage('popup.html');
      expect((await shownFor(before, 'zanzibari volunteers')).statements).toEqual([FIRST]);
      await storePacks(options, [second]);
      await searchReady(options, 'tasmania-pack');
      for (const popup of [before, await s.openExtensionPage('popup.html')]) {
        expect(await shownFor(popup, 'zanzibari volunteers')).toMatchObject({ statements: [], empty: true });
        expect((await shownFor(popup, 'tasmanian engineers')).statements).toEqual([SECOND]);
        await (popup as PpPage & PwPage).close();
      }
    }, 120_000);
  });
}
