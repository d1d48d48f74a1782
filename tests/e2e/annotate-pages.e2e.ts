/**
 * Hard pages, in Chromium and Firefox: editable text, form fields, code and SVG are never marked;
 * pages with no mention get nothing; a framework that hydrates and re-renders keeps working with its
 * highlights in place; an infinite-scroll page gets highlights on the stories it appends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { highlightNames, inPage, launchChromium, launchFirefox, readHighlights, type AnyPage } from './harness';
import { badgeText, forbiddenHosts, foreignMutations, frontTabId, movePointer, openRecorded, readCard, rectOfHighlight, waitForPageState, type Session } from './annotate-helpers';
import { waitFor, waitForHighlights } from './waiting';

describe.each(['chromium', 'firefox'] as const)('hard pages in %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = browserName === 'chromium' ? await launchChromium() : await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const caseName of ['editable-forms', 'code-blocks', 'svg-text', 'shadow-dom', 'iframe']) {
    it(`${caseName}: marks the prose and nothing in code, forms, editable text or SVG`, async () => {
      const { page, consoleErrors } = await openRecorded(session, caseName);
      const mentions = await waitForHighlights(page, 'kc-mention');
      expect(mentions).toContain('Nagorno-Karabakh');
      expect(await forbiddenHosts(page, 'kc-mention')).toEqual([]);
      expect(await forbiddenHosts(page, 'kc-claim')).toEqual([]);
      expect(await foreignMutations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('editable-forms: typing in the editable box and the textarea still works, and stays unmarked', async () => {
    const { page } = await openRecorded(session, 'editable-forms');
    await waitForHighlights(page, 'kc-mention');
    await (page as PwPage).click('#draft');
    await (page as PwPage).keyboard.type(' Karabakh again');
    await (page as PwPage).click('#letter');
    await (page as PwPage).keyboard.type(' Shusha');
    // Then the page adds a paragraph naming a place: once that is marked, the live pass has also
    // been through the typing before it.
    await inPage(page, () => document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'Residents of Agdam returned home.' })));
    await waitFor(async () => ((await readHighlights(page, 'kc-mention')) ?? []).includes('Agdam'), 'the added paragraph to be marked');
    const values = await inPage(page, () => ({
      draft: document.getElementById('draft')!.textContent,
      letter: (document.getElementById('letter') as HTMLTextAreaElement).value,
    }));
    expect(values.draft).toContain('Karabakh again');
    expect(values.letter).toMatch(/Shusha$/);
    expect(await forbiddenHosts(page, 'kc-mention')).toEqual([]);
    await page.close();
  });

  // no-mention names nothing: the first stage answers alone. ttp-story (a story of Pakistani troops
  // and militants, not about the region) names no place of it either: nothing to mark. The real-*
  // pages are real news articles (Readability's saved pages, reduced to the article) about other wars
  // and armies.
  for (const caseName of ['no-mention', 'ttp-story', 'real-nytimes-sudan', 'real-telegraph-zimbabwe']) {
    it(`${caseName}: the content script answers no-topic, and nothing is marked`, async () => {
      const { page, consoleErrors } = await openRecorded(session, caseName);
      expect(await waitForPageState(session, page, 'no-topic')).toMatchObject({ matches: [], mentions: 0 });
      if (session.browserName === 'chromium') expect(await badgeText(session, await frontTabId(session, page as PwPage))).toBe('');
      expect((await highlightNames(page)).filter((n) => n.startsWith('kc-'))).toEqual([]);
      expect(await foreignMutations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('real-nation-fo-agdam: a real report marks its names and claim sentences, each a whole sentence it published, and the card answers', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'real-nation-fo-agdam');
    expect(await waitForHighlights(page, 'kc-mention', { min: 3 })).toEqual(['Nagorno-Karabakh', 'Nagorno Karabakh', 'Nagorno-Karabakh']);
    const claims = await waitForHighlights(page, 'kc-claim');
    const published = await inPage(page, () => [...document.querySelectorAll('h1, p')].map((e) => e.textContent!.trim()));
    for (const c of claims) expect(published, 'a marked sentence the article did not publish whole').toContain(c);
    const headline = published.find((t) => t.startsWith('Foreign Office on Friday refuted'))!;
    expect(claims).toContain(headline);
    const at = await rectOfHighlight(page, 'kc-claim', 'Foreign Office on Friday refuted');
    await movePointer(page, at!.x, at!.y);
    const card = await waitFor(() => readCard(page), 'the card to open');
    expect(card.quotes.join(' ')).toContain('speculative and baseless');
    expect(await foreignMutations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('iframe: the frame is read on its own, and its claim sentence is marked inside it', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'iframe');
    await waitForHighlights(page, 'kc-mention');
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'));
    if (!frame) throw new Error('the fixture has no frame.html frame');
    // A frame is a page of its own for both libraries' evaluate(), which is all the helpers use.
    const inFrame = frame as unknown as AnyPage;
    expect(await waitForHighlights(inFrame, 'kc-mention')).toEqual(['Nagorno-Karabakh', 'Agdam']);
    const claims = await waitForHighlights(inFrame, 'kc-claim');
    expect(claims).toEqual(['A report claimed the Pakistan Army was fighting alongside Azerbaijani forces against Armenia in Agdam.']);
    // The top page has no claim sentence of its own.
    expect(await readHighlights(page, 'kc-claim')).toBeNull();
    expect(await foreignMutations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('no-mention: a story the page adds later, or text it rewrites, gets marked', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'no-mention');
    await waitForPageState(session, page, 'no-topic');
    expect((await highlightNames(page)).filter((n) => n.startsWith('kc-'))).toEqual([]);
    // A live ticker rewrites a text node in place; nothing else on the page names the region.
    await inPage(page, () => {
      const p = document.querySelector('article p')!;
      p.firstChild!.textContent = 'Pakistan rejected reports that its troops fought in Nagorno-Karabakh as speculative and baseless.';
    });
    const mentions = await waitForHighlights(page, 'kc-mention');
    expect(mentions).toContain('Nagorno-Karabakh');
    await inPage(page, () => {
      const p = document.createElement('p');
      p.textContent = 'Residents of Stepanakert queued for bread.';
      document.querySelector('article')!.append(p);
    });
    await waitFor(async () => ((await readHighlights(page, 'kc-mention')) ?? []).includes('Stepanakert') || null, 'the appended story');
    // The page's own two changes, and nothing of ours.
    expect(await foreignMutations(page)).toEqual(['characterData on #text', 'childList on <article>']);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('no-mention: a name that arrives in pieces, text node by text node, gets marked', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'no-mention');
    await waitForPageState(session, page, 'no-topic');
    await inPage(page, async () => {
      const p = document.querySelector('article p')!;
      // Each piece in a task of its own, as a page streaming text would add them.
      const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      for (const piece of [' Shelling was reported in Stepa', 'nakert and in Shu', 'sha overnight.']) {
        p.append(document.createTextNode(piece));
        await nextTask();
      }
    });
    const mentions = await waitForHighlights(page, 'kc-mention', { min: 2 });
    expect(mentions).toEqual(['Stepanakert', 'Shusha']);
    expect(await foreignMutations(page)).toEqual(['childList on <p>', 'childList on <p>', 'childList on <p>']);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('client-framework: hydration and re-renders keep working, and the highlights stay', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'client-framework');
    await waitForHighlights(page, 'kc-mention');
    // Let the framework hydrate and re-render a few times (every 250 ms), then click its button.
    await waitFor(() => inPage(page, () => (window as unknown as { __framework: { renders: number } }).__framework.renders > 4), 'renders');
    const renders = await inPage(page, () => (window as unknown as { __framework: { renders: number } }).__framework.renders);
    await (page as PwPage).click('[data-key=likes] ~ button, .reactions button');
    // The click re-rendered the count, and the framework has rendered again since.
    await waitFor(
      () =>
        inPage(page, (before: number) => document.querySelector('[data-key=likes]')!.textContent === 'Likes: 1' && (window as unknown as { __framework: { renders: number } }).__framework.renders > before + 1, renders),
      'the click to be rendered',
    );
    const fw = await inPage(page, () => {
      const f = (window as unknown as { __framework: { mismatches: number; errors: string[]; renders: number } }).__framework;
      return {
        mismatches: f.mismatches,
        errors: f.errors,
        status: document.getElementById('fw-status')!.textContent,
        likes: document.querySelector('[data-key=likes]')!.textContent,
      };
    });
    expect(fw.mismatches).toBe(0);
    expect(fw.errors).toEqual([]);
    expect(fw.status).toMatch(/DOM intact/);
    expect(fw.likes).toBe('Likes: 1');
    // After many rewrites of the same text the marks still cover the names.
    const mentions = await readHighlights(page, 'kc-mention');
    expect(mentions).toContain('Nagorno-Karabakh');
    expect(mentions!.every((m) => /Karabakh/.test(m))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('infinite-scroll: stories the page appends get their mentions marked', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'infinite-scroll');
    const before = await waitForHighlights(page, 'kc-mention');
    await inPage(page, () => {
      const w = window as unknown as { loadMore(): boolean };
      w.loadMore();
      w.loadMore();
      w.loadMore();
    });
    const after = await waitFor(async () => {
      const now = (await readHighlights(page, 'kc-mention')) ?? [];
      return now.includes('Stepanakert') && now.length > before.length ? now : null;
    }, 'mentions in the appended stories');
    expect(after).toEqual(expect.arrayContaining(['Agdam', 'Stepanakert']));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
