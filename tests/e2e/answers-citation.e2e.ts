/**
 * What a reader takes away, in Chromium and Firefox with the built extension: the popup's results
 * show each claim's answers at a glance; the card on an https news page shows the claim's timeline,
 * and its citation buttons put the quote, speaker, outlet, date and link on the clipboard; the
 * popup's claim view copies too.
 *
 * The clipboard is read the way a reader would: pasted (Ctrl+V) into a text box.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { inCardRoot, inPage, launchChromium, launchFirefox, screenshot, type AnyPage } from './harness';
import { cardSettled, clickInCard, movePointer, readCard, rectOfHighlight, type Session } from './annotate-helpers';
import { waitFor, waitForHighlights } from './waiting';

const DAILY_TIMES = 'https://dailytimes.com.pk/673667/pakistan-army-not-fighting-alongside-azerbaijani-troops-against-armenia';

interface Keyboard {
  down(key: string): Promise<void>;
  up(key: string): Promise<void>;
  press(key: string): Promise<void>;
}
const keyboard = (page: AnyPage) => (page as unknown as { keyboard: Keyboard }).keyboard;
const mouse = (page: AnyPage) => (page as unknown as { mouse: { click(x: number, y: number): Promise<void> } }).mouse;

/** Pastes the clipboard into a text box added to the page, as a reader pasting would, and returns it. */
async function pasted(page: AnyPage): Promise<string> {
  await inPage(page, () => {
    document.getElementById('kc-test-paste')?.remove();
    const box = document.createElement('textarea');
    box.id = 'kc-test-paste';
    document.body.prepend(box);
    box.focus();
  });
  await keyboard(page).down('Control');
  await keyboard(page).press('v');
  await keyboard(page).up('Control');
  return waitFor(
    () => inPage(page, () => (document.getElementById('kc-test-paste') as HTMLTextAreaElement).value),
    'the paste',
  );
}

/** Really clicks (trusted input) the control matching `selector` in an extension page. */
async function clickInDocument(page: AnyPage, selector: string): Promise<void> {
  const at = await waitFor(
    () =>
      inPage(
        page,
        (sel: string) => {
          const el = document.querySelector(sel);
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        },
        selector,
      ),
    `${selector} on the page`,
  );
  await mouse(page).click(at.x, at.y);
}

async function openAgdamCard(session: Session): Promise<AnyPage> {
  const page = await session.openPage('seed-000-dailytimes', { https: true });
  expect(await inPage(page, () => isSecureContext)).toBe(true);
  await waitForHighlights(page, 'kc-claim');
  const at = await rectOfHighlight(page, 'kc-claim', 'Pakistan Army was fighting');
  expect(at).not.toBeNull();
  await movePointer(page, at!.x, at!.y);
  await waitFor(async () => ((await readCard(page))?.timeline.length ?? 0) > 0, 'the card to open');
  return page;
}

describe.each(['chromium', 'firefox'] as const)('answers, timeline and citations in %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = browserName === 'chromium' ? await launchChromium() : await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  const openPopup = async (): Promise<AnyPage> => {
    const popup = await session.openExtensionPage('popup.html');
    await waitFor(() => inPage(popup, () => document.querySelector('.kc-chip') !== null), 'the popup');
    return popup;
  };

  it('shows the Foreign Office\'s answer in the popup\'s results for "troops agdam pakistan"', async () => {
    const popup = await openPopup();
    await inPage(popup, () => (document.getElementById('kc-search-input') as HTMLInputElement).focus());
    await (popup as PwPage).keyboard.type('troops agdam pakistan');
    const result = await waitFor(
      () =>
        inPage(popup, () => {
          const first = document.querySelector('[role="option"]');
          if (!first) return null;
          return {
            statement: (first.querySelector('.kc-result-statement') as HTMLElement).innerText,
            answers: [...first.querySelectorAll('.kc-glance-line')].map((l) => (l as HTMLElement).innerText),
            marked: [...first.querySelectorAll('.kc-glance-line mark')].map((m) => m.textContent),
          };
        }),
      'a result',
    );
    expect(result.statement).toMatch(/Pakistan's army was fighting alongside Azerbaijani and Turkish forces in Agdam/);
    // The kind as the source words it: the Daily Times says the Foreign Office "rejected" the reports.
    expect(result.answers).toEqual(["Rejected by Pakistan's Foreign Office (Zahid Hafeez Chaudri), Oct 2, 2020: “speculative and baseless”"]);
    expect(result.marked).toContain('Pakistan');
    await screenshot(popup, `${browserName}-popup-answers-at-a-glance`, true);
    await popup.close();
  });

  it('shows the Agdam claim\'s timeline in the card: at least three dated points, in order, each linked', async () => {
    const page = await openAgdamCard(session);
    const card = (await readCard(page))!;
    expect(card.headings).toContain('Timeline');
    expect(card.timeline.map((p) => p.date)).toEqual(['2020-09-28', '2020-10-02', '2020-10-23']);
    const [first, answer, recall] = card.timeline.map((p) => p.text);
    // The first report's date as the source gives it: a week, not a day.
    expect(first).toMatch(/^week of September 28, 2020First reported by Times Now India; A few other media outlets · Daily Times \(Pakistan\)/);
    expect(answer).toMatch(/^October 2, 2020Rejected by Pakistan's Foreign Office \(Zahid Hafeez Chaudri\) · Daily Times \(Pakistan\).* \(dailytimes\.com\.pk\)$/);
    expect(recall).toMatch(/^October 23, 2020The Nation \(thenation\.org\.uk\) recalled the answer: Rejected by Pakistan's Foreign Office/);
    // Each point links to its source, over https.
    for (const p of card.timeline) {
      expect(p.links.length).toBe(1);
      expect(p.links[0]).toMatch(/^https:\/\//);
    }
    await cardSettled(page);
    await screenshot(page, `${browserName}-card-timeline`);
    await page.close();
  });

  it('says in the card when a sentence matched through the sentences before it, with its words', async () => {
    const page = await session.openPage('seed-000-dailytimes', { https: true });
    await waitForHighlights(page, 'kc-claim');
    const at = await rectOfHighlight(page, 'kc-claim', 'Such reports are irresponsible');
    expect(at).not.toBeNull();
    await movePointer(page, at!.x, at!.y);
    const card = await waitFor(async () => {
      const c = await readCard(page);
      return c && c.text.includes('Why this matched') ? c : null;
    }, 'the card');
    expect(card.text).toContain('Matched through the sentences before it, which repeat this claim.');
    expect(card.text).toMatch(/Why this matched.*irresponsible/);
    await page.close();
  });

  it('says in the card which language a sentence matched in, with its words in their script and direction', async () => {
    // An Urdu report of the Foreign Office's rejection (Express News, 2 October 2020).
    const page = await session.openPage('urdu-express', { https: true });
    await waitForHighlights(page, 'kc-claim');
    const at = await rectOfHighlight(page, 'kc-claim', 'ترجمان دفتر خارجہ');
    expect(at).not.toBeNull();
    await movePointer(page, at!.x, at!.y);
    const card = await waitFor(async () => {
      const c = await readCard(page);
      return c && c.terms.length > 0 ? c : null;
    }, 'the card');
    expect(card.text).toContain('Matched in Urdu.');
    expect(card.terms.map((w) => w.text)).toEqual(expect.arrayContaining(['پاک', 'فوج']));
    for (const w of card.terms) expect(w).toMatchObject({ lang: 'ur', direction: 'rtl' });
    // The card itself stays in the reader's language and direction.
    expect(card.dir).toBe('ltr');
    await inCardRoot(page, (root) => root.querySelector('.kc-why')?.scrollIntoView({ block: 'end' }));
    await cardSettled(page);
    await screenshot(page, `${browserName}-card-matched-in-urdu`);
    await page.close();
  });

  it("copies the Foreign Office's answer from the card: quote, speaker, outlet, date and link", async () => {
    const page = await openAgdamCard(session);
    await clickInCard(page, '.kc-format:nth-of-type(1)');
    await waitFor(async () => (await readCard(page))?.format === 'Plain text', 'plain text to be chosen');
    await clickInCard(page, '[data-kc-copy="resp-fo-denies-agdam-reports"]');
    const card = await waitFor(async () => {
      const c = await readCard(page);
      return c?.announced ? c : null;
    }, 'the copied state');
    expect(card.announced).toBe('Citation copied to the clipboard as Plain text.');
    expect(card.alert).toBe('');
    expect(card.copyButtons['resp-fo-denies-agdam-reports']).toBe('✓ Copied');
    expect(card.copyButtons.claim).toBe('Copy citation: claim and answers');
    const text = await pasted(page);
    expect(text).toContain('“speculative and baseless” … “Such reports are irresponsible”');
    expect(text).toBe(
      [
        '“speculative and baseless” … “Such reports are irresponsible”',
        "— Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office (Rejection, October 2, 2020)",
        `Daily Times (Pakistan) (dailytimes.com.pk), October 2, 2020. ${DAILY_TIMES}`,
      ].join('\n'),
    );
    await page.close();
  });

  it('copies the claim with its answers as Markdown from the card', async () => {
    const page = await openAgdamCard(session);
    await clickInCard(page, '.kc-format:nth-of-type(2)');
    await waitFor(async () => (await readCard(page))?.format === 'Markdown', 'Markdown to be chosen');
    await clickInCard(page, '[data-kc-copy="claim"]');
    const copied = await waitFor(async () => {
      const c = await readCard(page);
      return c?.announced ? c : null;
    }, 'the copied state');
    // The card said so where the reader was: scrolled down to the button, which keeps the focus.
    expect(copied.copyButtons.claim).toBe('✓ Copied');
    expect(copied.scrollTop).toBeGreaterThan(0);
    expect(copied.focusedCopy).toBe('claim');
    const text = await pasted(page);
    expect(text).toMatch(/^\*\*Claim, as summarised by Karabakh Context \(not a quote\):\*\* Times Now India/);
    expect(text).toContain(
      `- Rejected by Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office, October 2, 2020: “speculative and baseless” … “Such reports are irresponsible” ([Daily Times (Pakistan)](${DAILY_TIMES}))`,
    );
    expect(text).toContain(`- [Daily Times (Pakistan) (dailytimes.com.pk)](${DAILY_TIMES}), October 2, 2020`);
    await page.close();
    // The form chosen is remembered: the popup opens with it.
    const popup = await openPopup();
    await inPage(popup, () => (document.getElementById('kc-search-input') as HTMLInputElement).focus());
    await (popup as PwPage).keyboard.type('troops agdam pakistan');
    await waitFor(() => inPage(popup, () => document.querySelector('[role="option"]') !== null), 'a result');
    await keyboard(popup).press('Enter');
    const chosen = await waitFor(
      () => inPage(popup, () => document.querySelector('.kc-format[aria-pressed="true"]')?.textContent),
      'the claim view',
    );
    expect(chosen).toBe('Markdown');
    await popup.close();
  });

  it("copies the Foreign Office's answer from the popup's claim view", async () => {
    const popup = await openPopup();
    await inPage(popup, () => (document.getElementById('kc-search-input') as HTMLInputElement).focus());
    await (popup as PwPage).keyboard.type('troops agdam pakistan');
    await waitFor(() => inPage(popup, () => document.querySelector('[role="option"]') !== null), 'a result');
    await keyboard(popup).press('Enter');
    await waitFor(() => inPage(popup, () => document.querySelector('.kc-timeline') !== null), 'the claim view');
    expect(await inPage(popup, () => document.querySelectorAll('.kc-timeline li').length)).toBeGreaterThanOrEqual(3);
    await clickInDocument(popup, '.kc-format:nth-of-type(2)');
    await clickInDocument(popup, '[data-kc-copy="resp-fo-denies-agdam-reports"]');
    await waitFor(() => inPage(popup, () => document.querySelector('.kc-cite [role="status"]')?.textContent), 'the copied state');
    const text = await pasted(popup);
    expect(text).toMatch(/^> speculative and baseless\n>\n> Such reports are irresponsible\n/);
    expect(text).toContain("— Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office (Rejection, October 2, 2020)");
    expect(text).toContain(DAILY_TIMES);
    await popup.close();
  });

  it('makes no request outside the fixture server', () => {
    expect(session.externalRequests()).toEqual([]);
    expect(session.server.unexpectedRequests()).toEqual([]);
  });
});
