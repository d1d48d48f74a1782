/**
 * Live and hostile pages, in Chromium and Firefox: a page that appends 3,000 paragraphs in one go
 * gets exactly the highlights it would have had with them from the start; a page that repeats a
 * claim sentence and a name thousands of times gets the first 5,000 mentions and 1,000 claim
 * sentences highlighted, and (Chromium, where the tests reach the toolbar) the badge and the popup
 * say "and more". What these cost is shown by `npm run bench:browser`, not timed here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { HIGHLIGHT_LIMITS } from '@/src/messaging/contract';
import { articleParagraphs } from '../support/page-texts';
import { inPage, launchChromium, launchFirefox, readHighlights, type AnyPage, type ChromiumSession } from './harness';
import { badgeText, movePointer, readCard, rectOfHighlight, type Session } from './annotate-helpers';
import { waitFor, waitForHighlights } from './waiting';

const FEED = articleParagraphs(3000);
const CLAIM = 'Pakistan denies its troops fought alongside Azerbaijan against Armenia in Nagorno-Karabakh.';
/** 1,200 claim sentences (one mention each) and 4,000 more mentions: past both caps. */
const HOSTILE = [...Array.from({ length: 1200 }, () => CLAIM), ...Array.from({ length: 1000 }, () => 'Karabakh, Stepanakert, Shusha and Agdam.')];

/** Adds paragraphs to the article, all in one task; `whenParsed`: as soon as the document is parsed. */
function appendParagraphs({ texts, whenParsed }: { texts: string[]; whenParsed: boolean }): void {
  const add = () => {
    const article = document.querySelector('article') ?? document.body;
    for (const t of texts) {
      const p = document.createElement('p');
      p.textContent = t;
      article.append(p);
    }
  };
  if (whenParsed && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', add, { once: true });
  else add();
}

/** Opens a fixture page; `before`: paragraphs in the page before the extension reads it. */
async function open(session: Session, caseName: string, before?: string[]): Promise<AnyPage> {
  const url = session.server.urlFor(caseName);
  const arg = { texts: before ?? [], whenParsed: true };
  if (session.browserName === 'chromium') {
    const page = await session.context.newPage();
    if (before) await page.addInitScript(appendParagraphs, arg);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }
  const page = await session.browser.newPage();
  if (before) await page.evaluateOnNewDocument(appendParagraphs, arg);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * The highlights of a page whose text was all there when the extension read it: a whole read draws
 * every mark at once (src/page/annotations.ts, scanWhole), so the first `atLeast` mentions drawn are
 * the final set.
 */
async function readWhole(page: AnyPage, atLeast: number): Promise<{ mentions: string[]; claims: string[] }> {
  const mentions = await waitForHighlights(page, 'kc-mention', { min: atLeast, timeout: 60_000 });
  return { mentions, claims: (await readHighlights(page, 'kc-claim')) ?? [] };
}

describe.each(['chromium', 'firefox'] as const)('live and hostile pages in %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = browserName === 'chromium' ? await launchChromium() : await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a page that appends 3,000 paragraphs at once gets the highlights it would have had from the start', async () => {
    const live = await open(session, 'seed-000-dailytimes');
    const first = await waitForHighlights(live, 'kc-mention');
    await inPage(live, appendParagraphs, { texts: FEED, whenParsed: false });

    const whole = await open(session, 'seed-000-dailytimes', FEED);
    const fromStart = await readWhole(whole, first.length + 100);
    expect(fromStart.mentions.length).toBeGreaterThan(500);
    expect(fromStart.claims.length).toBeGreaterThan(20);

    // The live page reaches exactly the same highlights (or the wait fails, showing the difference).
    await expect.poll(() => readHighlights(live, 'kc-mention'), { timeout: 60_000 }).toEqual(fromStart.mentions);
    await expect.poll(() => readHighlights(live, 'kc-claim'), { timeout: 10_000 }).toEqual(fromStart.claims);
    await live.close();
    await whole.close();
  }, 120_000);

  it('a page repeating a claim and names thousands of times gets only the first 5,000 mentions and 1,000 claim sentences highlighted', async () => {
    const page = await open(session, 'seed-000-dailytimes', HOSTILE);
    const { mentions, claims } = await readWhole(page, HIGHLIGHT_LIMITS.mention);
    expect(mentions).toHaveLength(HIGHLIGHT_LIMITS.mention);
    expect(claims).toHaveLength(HIGHLIGHT_LIMITS.claim);
    // The first in the page: the article's own, then the repeated claim's.
    const article = await open(session, 'seed-000-dailytimes');
    const own = await readWhole(article, 1);
    expect(mentions.slice(0, own.mentions.length)).toEqual(own.mentions);
    expect(claims.slice(0, own.claims.length)).toEqual(own.claims);
    expect(claims.slice(own.claims.length)).toEqual(Array.from({ length: HIGHLIGHT_LIMITS.claim - own.claims.length }, () => CLAIM));
    await article.close();
    await page.close();
  }, 120_000);
});

describe('"and more" in chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the badge shows "+" after the claim count, and the popup says only the first are highlighted', async () => {
    const tabsNow = () => s.serviceWorker.evaluate(async () => (await (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.tabs.query({})).map((t) => t.id!));
    const before = await tabsNow();
    const page = (await open(s, 'seed-000-dailytimes', HOSTILE)) as PwPage;
    const tabId = (await tabsNow()).find((id) => !before.includes(id))!;
    await readWhole(page, HIGHLIGHT_LIMITS.mention);
    // The seed article's own claim and the repeated one: two distinct claims, and more sentences.
    expect(await waitFor(async () => /^\d+\+$/.test(await badgeText(s, tabId)) && badgeText(s, tabId), 'the badge')).toMatch(/^[12]\+$/);
    const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
    const notes = popup.locator('.kc-onpage-more');
    await notes.first().waitFor();
    expect(await notes.allInnerTexts()).toEqual([
      'And more: this page holds more than 1,000 claim sentences; only the first 1,000 are highlighted and counted.',
      'And more: this page names the region more than 5,000 times; only the first 5,000 mentions are highlighted.',
    ]);
    const counts = (await popup.locator('.kc-onpage-item .kc-count').allInnerTexts()).map((c) => (c === '1 sentence' ? 1 : Number(/\d+/.exec(c)?.[0])));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(HIGHLIGHT_LIMITS.claim);
    await popup.close();
    await page.close();
  }, 120_000);
});

describe('a claim pack, indexed once in the background and read in part by the page (chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  const CONVOY = 'A convoy of grain lorries crossed the Lachin corridor every night in September 2020.';
  const ANSWER = 'No convoy crossed at night; the corridor was closed after dark all month.';
  const pack = {
    version: 1,
    id: 'convoy-pack',
    title: 'Convoys',
    claims: [{ id: 'convoy-claim', statement: CONVOY, claimants: [{ name: 'An example outlet', role: 'published the report' }], date: '2020-09-30', sourceIds: ['convoy-source'], phrasings: [CONVOY], tags: ['test'] }],
    responses: [{ id: 'convoy-response', claimId: 'convoy-claim', kind: 'denial', speaker: { name: 'A border official', organisation: 'An example ministry' }, quote: ANSWER, date: '2020-10-01', sourceId: 'convoy-source' }],
    sources: [{ id: 'convoy-source', publisher: 'Example News', headline: 'Convoys at night', date: '2020-10-01', url: 'https://example.org/convoys' }],
    context: [],
  };
  const prepared = () =>
    s.serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { state?: string; packs?: string[] }>> } } } }).chrome;
      return (await c.storage.local.get('preparedIndex')).preparedIndex ?? null;
    });

  it('is indexed by the background after the import; a page that repeats the claim gets it highlighted and its card from the shards', async () => {
    expect((await waitFor(prepared, 'the first prepared state')).state).toBe('none');
    const options = await s.openExtensionPage('options.html');
    await options.locator('#pack-file').setInputFiles([{ name: 'convoy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) }]);
    const ready = await waitFor(async () => {
      const p = await prepared();
      return p?.state === 'ready' && p;
    }, 'the packs index prepared', 30_000);
    expect(ready.packs).toEqual([expect.stringMatching(/^convoy-pack@/)]);

    const page = (await open(s, 'seed-000-dailytimes', [CONVOY])) as PwPage;
    const claims = await waitForHighlights(page, 'kc-claim');
    expect(claims).toContain(CONVOY);
    // The seed article's own claim sentences are matched as before, beside the pack's.
    expect(claims.some((c) => /Pakistan Army was fighting alongside Azerbaijani forces/.test(c))).toBe(true);
    await page.evaluate((text) => {
      const h = CSS.highlights.get('kc-claim') as unknown as Iterable<Range>;
      for (const r of h) if (r.toString() === text) window.scrollBy(0, r.getClientRects()[0]!.top - window.innerHeight / 2);
    }, CONVOY);
    const at = await rectOfHighlight(page, 'kc-claim', 'A convoy of grain lorries');
    await movePointer(page, at!.x, at!.y);
    const card = await waitFor(() => readCard(page), 'the card to open');
    expect(card.quotes.join(' ')).toContain(ANSWER);

    // Switched off: the background prepares again, and the page drops the pack's highlight.
    await options.locator('li.pack', { has: options.getByRole('heading', { name: 'Convoys' }) }).getByRole('checkbox').uncheck();
    await waitFor(async () => (await prepared())?.state === 'none', 'the index without the pack', 30_000);
    await expect.poll(async () => (await readHighlights(page, 'kc-claim')) ?? [], { timeout: 15_000 }).not.toContain(CONVOY);
    await page.close();
    await options.close();
  }, 120_000);
});
