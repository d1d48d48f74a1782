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
import { inPage, launchChromium, launchFirefox, screenshot, waitForHighlights, type AnyPage } from './harness';
import { movePointer, rectOfHighlight, waitFor, type Session } from './annotate-helpers';

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

/** The open card's timeline, copy buttons and cite state, read through its shadow root. */
function readCardParts(page: AnyPage) {
  return inPage(page, () => {
    const root = document.querySelector('kc-card-host')?.shadowRoot;
    if (!root?.querySelector('.kc-claim-view')) return null;
    return {
      timeline: [...root.querySelectorAll('.kc-timeline li')].map((li) => ({
        date: li.querySelector('time')?.getAttribute('datetime') ?? '',
        text: (li as HTMLElement).innerText,
        links: [...li.querySelectorAll('a')].map((a) => a.href),
      })),
      cite: (root.querySelector('.kc-cite') as HTMLElement | null)?.innerText ?? '',
      live: root.querySelector('.kc-cite [role="status"]')?.textContent ?? '',
    };
  });
}

/** Really clicks (trusted input) the card's control matching `selector`. */
async function clickInCard(page: AnyPage, selector: string): Promise<void> {
  await clickAt(page, selector, true);
}

/** Really clicks the control matching `selector` in an extension page. */
async function clickInDocument(page: AnyPage, selector: string): Promise<void> {
  await clickAt(page, selector, false);
}

async function clickAt(page: AnyPage, selector: string, inCard: boolean): Promise<void> {
  const at = await inPage(
    page,
    ([sel, card]: [string, boolean]) => {
      const root = card ? document.querySelector('kc-card-host')?.shadowRoot : document;
      const el = root?.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [selector, inCard] as [string, boolean],
  );
  if (!at) throw new Error(`no ${selector} ${inCard ? 'in the card' : 'on the page'}`);
  await mouse(page).click(at.x, at.y);
}

async function openAgdamCard(session: Session): Promise<AnyPage> {
  const page = await session.openPage('seed-000-dailytimes', { https: true });
  expect(await inPage(page, () => isSecureContext)).toBe(true);
  await waitForHighlights(page, 'kc-claim');
  const at = await rectOfHighlight(page, 'kc-claim', 'Pakistan Army was fighting');
  expect(at).not.toBeNull();
  await movePointer(page, at!.x, at!.y);
  await waitFor(() => readCardParts(page), 'the card to open');
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
    expect(result.answers[0]).toBe("Denied by Pakistan's Foreign Office (Zahid Hafeez Chaudri), Oct 2, 2020: “speculative and baseless”");
    expect(result.marked).toContain('Pakistan');
    await screenshot(popup, `${browserName}-popup-answers-at-a-glance`, true);
    await popup.close();
  });

  it('shows the Agdam claim\'s timeline in the card: at least three dated points, in order, each linked', async () => {
    const page = await openAgdamCard(session);
    const card = (await readCardParts(page))!;
    expect(card.timeline.length).toBeGreaterThanOrEqual(3);
    const dates = card.timeline.map((p) => p.date);
    expect(dates.every((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d))).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(card.timeline[0]!.text).toMatch(/First reported by Times Now India/);
    expect(card.timeline.some((p) => /^October 2, 2020\nDenied by Pakistan's Foreign Office/.test(p.text))).toBe(true);
    expect(card.timeline.some((p) => /^October 23, 2020\nThe Nation .* recalled the answer/.test(p.text))).toBe(true);
    for (const p of card.timeline) expect(p.links.every((href) => href.startsWith('https://'))).toBe(true);
    expect(card.timeline.filter((p) => p.links.length > 0).length).toBe(card.timeline.length);
    // Every link says where it goes.
    expect(card.timeline[1]!.text).toContain('(dailytimes.com.pk)');
    await screenshot(page, `${browserName}-card-timeline`);
    await page.close();
  });

  it("copies the Foreign Office's answer from the card: quote, speaker, outlet, date and link", async () => {
    const page = await openAgdamCard(session);
    await clickInCard(page, '.kc-format[aria-pressed]:first-of-type');
    await clickInCard(page, '[data-kc-copy="resp-fo-denies-agdam-reports"]');
    const state = await waitFor(async () => {
      const c = await readCardParts(page);
      return c?.live ? c : null;
    }, 'the copied state');
    expect(state.live).toBe('Citation copied to the clipboard as Plain text.');
    expect(
      await inPage(page, () =>
        (document.querySelector('kc-card-host')!.shadowRoot!.querySelector('[data-kc-copy="resp-fo-denies-agdam-reports"]') as HTMLElement).innerText,
      ),
    ).toMatch(/Copied/);
    const text = await pasted(page);
    expect(text).toContain('“speculative and baseless” … “Such reports are irresponsible”');
    expect(text).toContain("— Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office (Denial, October 2, 2020)");
    expect(text).toContain('Daily Times (Pakistan) (dailytimes.com.pk), “Pakistan Army not fighting alongside Azerbaijani troops against Armenia”, October 2, 2020.');
    expect(text).toContain(DAILY_TIMES);
    await page.close();
  });

  it('copies the claim with its answers as Markdown from the card', async () => {
    const page = await openAgdamCard(session);
    await clickInCard(page, '.kc-format:nth-of-type(2)');
    await waitFor(
      () => inPage(page, () => document.querySelector('kc-card-host')?.shadowRoot?.querySelector('.kc-format[aria-pressed="true"]')?.textContent === 'Markdown'),
      'Markdown to be chosen',
    );
    await clickInCard(page, '[data-kc-copy="claim"]');
    await waitFor(async () => (await readCardParts(page))?.live, 'the copied state');
    const text = await pasted(page);
    expect(text).toMatch(/^\*\*Claim, as summarised by Karabakh Context \(not a quote\):\*\* Times Now India/);
    expect(text).toContain(`- Denied by Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office, October 2, 2020: “speculative and baseless”`);
    expect(text).toContain(`[Pakistan Army not fighting alongside Azerbaijani troops against Armenia](${DAILY_TIMES})`);
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
    expect(text).toContain("— Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office (Denial, October 2, 2020)");
    expect(text).toContain(DAILY_TIMES);
    await popup.close();
  });

  it('makes no request outside the fixture server', () => {
    expect(session.externalRequests()).toEqual([]);
    expect(session.server.unexpectedRequests()).toEqual([]);
  });
});
