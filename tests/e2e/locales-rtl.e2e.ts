/**
 * The interface in Arabic and Urdu, in Chromium and Firefox started in that language: the popup,
 * the options page and the card run right to left in it, the dataset's English keeps its own
 * direction inside, axe-core finds nothing, and a screenshot of each goes to the artifacts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  inPage,
  launchChromium,
  launchFirefox,
  ROOT,
  screenshot,
  type AnyPage,
} from './harness';
import { cardSettled, movePointer, readCard, rectOfHighlight, type Session } from './annotate-helpers';
import { waitFor, waitForHighlights } from './waiting';

type Messages = Record<string, { message: string }>;
const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `assets/public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
/** A message's fixed words, around its placeholders. */
const fixedParts = (m: string) => m.split(/\$[A-Za-z0-9_]+\$/).map((p) => p.trim()).filter((p) => p.length > 1);

const typeInto = async (page: AnyPage, text: string) =>
  (page as unknown as { keyboard: { type(t: string): Promise<void> } }).keyboard.type(text);

describe.each([
  ['chromium', 'ar'],
  ['chromium', 'ur'],
  ['firefox', 'ar'],
  ['firefox', 'ur'],
] as const)('%s in %s', (browserName, lang) => {
  const m = messages(lang);
  let session: Session;
  beforeAll(async () => {
    session = browserName === 'chromium' ? await launchChromium({ lang }) : await launchFirefox({ lang });
  });
  afterAll(async () => {
    await session?.close();
  });

  const documentDirection = (page: AnyPage) =>
    inPage(page, () => ({ dir: document.documentElement.dir, lang: document.documentElement.lang, computed: getComputedStyle(document.body).direction }));

  it('runs the popup right to left in the language, with the results and the claim view', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await waitFor(() => inPage(popup, () => document.querySelector('.kc-chip') !== null), 'the popup');
    expect(await documentDirection(popup)).toEqual({ dir: 'rtl', lang: expect.stringMatching(new RegExp(`^${lang}`)), computed: 'rtl' });
    expect(await inPage(popup, () => (document.getElementById('kc-search-input') as HTMLInputElement).placeholder)).toBe(
      m.popupSearchPlaceholder!.message,
    );
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, `${browserName}-${lang}-popup`, true);

    await inPage(popup, () => (document.getElementById('kc-search-input') as HTMLInputElement).focus());
    await typeInto(popup, 'troops agdam pakistan');
    const line = await waitFor(
      () => inPage(popup, () => (document.querySelector('[role="option"] .kc-glance-line') as HTMLElement | null)?.innerText),
      'an answer at a glance',
    );
    // The answer's words in the language, the data's words as they are.
    for (const part of fixedParts(m.answerBy_rejection!.message)) expect(line).toContain(part);
    expect(line).toContain("Pakistan's Foreign Office");
    expect(line).toContain('speculative and baseless');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, `${browserName}-${lang}-popup-results`, true);

    await (popup as unknown as { keyboard: { press(k: string): Promise<void> } }).keyboard.press('Enter');
    await waitFor(() => inPage(popup, () => document.querySelector('.kc-timeline') !== null), 'the claim view');
    const view = await inPage(popup, () => ({
      timeline: (document.querySelector('.kc-timeline h3') as HTMLElement).innerText,
      statement: getComputedStyle(document.querySelector('.kc-statement')!).direction,
      quote: getComputedStyle(document.querySelector('.kc-quote p')!).direction,
      answers: getComputedStyle(document.querySelector('.kc-answers')!).direction,
    }));
    expect(view.timeline.toLowerCase()).toBe(m.cardTimeline!.message.toLowerCase());
    // The view is right to left; the English claim and quote keep their own direction inside it.
    expect(view).toMatchObject({ answers: 'rtl', statement: 'ltr', quote: 'ltr' });
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, `${browserName}-${lang}-popup-claim`, true);
    await popup.close();
  });

  it('runs the options page right to left in the language', async () => {
    const options = await session.openExtensionPage('options.html');
    await waitFor(() => inPage(options, () => document.querySelector('h1')?.textContent), 'the options page');
    expect(await documentDirection(options)).toEqual({ dir: 'rtl', lang: expect.stringMatching(new RegExp(`^${lang}`)), computed: 'rtl' });
    expect(await inPage(options, () => document.querySelector('h1')?.textContent)).toBe(m.optionsPageTitle!.message);
    expect(await inPage(options, () => document.title)).toBe(m.optionsPageTitle!.message);
    await inPage(options, () => document.querySelector<HTMLElement>('details.default-sites summary')?.click());
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, `${browserName}-${lang}-options`, true);
    await options.close();
  });

  it('runs the card right to left in the language, with the English claim in its own direction', async () => {
    const page = await session.openPage('seed-000-dailytimes', { https: true });
    await waitForHighlights(page, 'kc-claim');
    const at = await rectOfHighlight(page, 'kc-claim', 'Pakistan Army was fighting');
    await movePointer(page, at!.x, at!.y);
    const card = await waitFor(async () => {
      const c = await readCard(page);
      return c && c.timeline.length > 0 ? c : null;
    }, 'the card');
    expect(card.dir).toBe('rtl');
    expect(card.lang).toMatch(new RegExp(`^${lang}`));
    // The card runs right to left; the English claim keeps its own direction inside it.
    expect(card.directions).toEqual({ view: 'rtl', statement: 'ltr', quote: 'ltr' });
    expect(card.headings.map((h) => h.toLowerCase())).toContain(m.cardTimeline!.message.toLowerCase());
    await cardSettled(page);
    await screenshot(page, `${browserName}-${lang}-card`);
    await page.close();
  });
});
