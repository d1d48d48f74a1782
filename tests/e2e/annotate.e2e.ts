/**
 * What a reader sees on seed news pages, in Chromium and Firefox with the built extension: the
 * mentions and the claim sentence are highlighted (and nothing else), hovering a claim shows its
 * card with the denial's words and a working source link, and the page's DOM is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { accessibleCard, inPage, launchChromium, launchFirefox } from './harness';
import { cardBox, clickInCard, foreignMutations, movePointer, openRecorded, readCard, rectOfHighlight, type Session } from './annotate-helpers';
import { waitFor, waitForHighlights } from './waiting';

describe.each(['chromium', 'firefox'] as const)('annotations in %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = browserName === 'chromium' ? await launchChromium() : await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks every mention on a seed page, and the words marked are the names', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'seed-000-dailytimes');
    const mentions = await waitForHighlights(page, 'kc-mention', { min: 3 });
    expect(mentions).toContain('Nagorno-Karabakh');
    expect(mentions).toContain('Agdam');
    for (const m of mentions) expect(m).toMatch(/Karabakh|Agdam|Artsakh|Stepanakert|Shusha/);
    expect(await foreignMutations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('marks the claim sentence, and hovering it shows the card with the denial verbatim and its source', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'seed-000-dailytimes');
    const claims = await waitForHighlights(page, 'kc-claim');
    expect(claims.some((c) => /Pakistan Army was fighting alongside Azerbaijani forces/.test(c))).toBe(true);
    // Whole sentences, never a piece of one.
    for (const c of claims) expect(c).toMatch(/^[“"A-Z]/);

    // A short window with the sentence in its middle: the card fits neither above nor below at full
    // height, which is where a card is most tempted to cover the sentence it explains.
    const viewport = { width: 1280, height: 640 };
    const p = page as unknown as { setViewportSize?(v: typeof viewport): Promise<void>; setViewport?(v: typeof viewport): Promise<void> };
    await (p.setViewportSize ? p.setViewportSize(viewport) : p.setViewport!(viewport));
    await inPage(page, () => {
      const h = CSS.highlights.get('kc-claim') as unknown as Iterable<Range>;
      for (const r of h) {
        if (!r.toString().includes('Pakistan Army was fighting')) continue;
        const line = r.getClientRects()[0]!;
        window.scrollBy(0, line.top - window.innerHeight / 2);
      }
    });
    const at = await rectOfHighlight(page, 'kc-claim', 'Pakistan Army was fighting');
    expect(at).not.toBeNull();
    await movePointer(page, at!.x, at!.y);
    const card = await waitFor(() => readCard(page), 'the card to open');
    expect(card.parent).toBe('html');
    expect(card.quotes.join(' ')).toContain('speculative and baseless');
    expect(card.text).toContain('Zahid Hafeez Chaudri');
    expect(card.label.length).toBeGreaterThan(10);
    const source = card.links.find((l) => l.href.startsWith('https://dailytimes.com.pk/'));
    expect(source).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    // "Why this matched" names words of the sentence.
    expect(card.text).toContain('Why this matched');
    if (session.browserName === 'chromium') {
      // A screen reader gets the same card: its text is generated content, which is in the
      // accessibility tree (the dialog's name, the quote, the source link).
      const ax = await accessibleCard(page as PwPage);
      expect(ax?.name).toBe(card.label);
      expect(ax?.text).toContain('speculative and baseless');
      expect(ax?.links.some((l) => l.startsWith(source!.text.trim().slice(0, 20)))).toBe(true);
    }

    // The card stays while the pointer moves onto it, and closes after the pointer has left both.
    const box = await waitFor(async () => {
      const r = await cardBox(page, '.kc-card');
      return r && r.width > 0 ? { x: r.left + 30, y: r.top + 30, right: r.right, bottom: r.bottom } : null;
    }, 'the card box');
    expect(box.right).toBeLessThanOrEqual(1280);
    expect(box.bottom).toBeLessThanOrEqual(900);
    // The card never covers the sentence it explains: the spot the pointer rested on stays visible.
    const covers = box.x - 30 <= at!.x && at!.x <= box.right && box.y - 30 <= at!.y && at!.y <= box.bottom;
    expect(covers, `card ${JSON.stringify(box)} covers the pointer at ${at!.x},${at!.y}`).toBe(false);
    await movePointer(page, box.x, box.y);
    // The reader works on the card (picks a citation format with the real mouse): it stays open
    // under the pointer and answers.
    await clickInCard(page, '.kc-format:nth-of-type(2)');
    expect((await waitFor(async () => {
      const c = await readCard(page);
      return c?.format === 'Markdown' && c;
    }, 'the card to take the click')).quotes.join(' ')).toContain('speculative and baseless');
    await movePointer(page, 2, 2);
    await waitFor(async () => (await readCard(page)) === null, 'the card to close after the pointer left');

    // Escape closes a hovered card.
    await movePointer(page, at!.x, at!.y);
    await waitFor(() => readCard(page), 'the card to open again');
    await (page as unknown as { keyboard: { press(k: string): Promise<void> } }).keyboard.press('Escape');
    await waitFor(async () => (await readCard(page)) === null, 'Escape to close the card');

    expect(await foreignMutations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('makes no request outside the fixture server', () => {
    expect(session.externalRequests()).toEqual([]);
  });
});
