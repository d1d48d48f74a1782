/**
 * The popup's first keystroke: the popup is opened and a letter typed as soon as its search box has
 * the focus, as a reader who opens it to search does. Measured from the key event's own time stamp
 * (so time the key waited for a busy popup counts) to the first paint after results or "no results"
 * are shown. The first keystroke makes a one-letter query, which finds nothing but needs the popup's
 * index at hand; a first query pasted whole (`firstQuery`) also reads what its words reach.
 */
import type { BrowserContext } from 'playwright-core';

declare global {
  interface Window {
    __kcKeyAt?: number;
    __kcAnswerAt?: number;
  }
}

// A string, not a function: tsx names functions with a helper the page does not have.
const WATCH_FOR_ANSWER = `
  addEventListener('keydown', (e) => { window.__kcKeyAt ??= e.timeStamp; }, { capture: true });
  addEventListener('input', (e) => { window.__kcKeyAt ??= e.timeStamp; }, { capture: true });
  new MutationObserver(() => {
    if (window.__kcKeyAt === undefined || window.__kcAnswerAt !== undefined) return;
    if (!document.querySelector('.kc-result, .kc-empty')) return;
    window.__kcAnswerAt = -1;
    requestAnimationFrame(() => setTimeout(() => { window.__kcAnswerAt = performance.now(); }));
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

/** Milliseconds from the first keystroke (or a query pasted whole) to its answer on screen. */
export async function firstKeystroke(context: BrowserContext, extensionId: string, key = 'k', paste?: string): Promise<number> {
  const page = await context.newPage();
  await page.bringToFront();
  await page.addInitScript(WATCH_FOR_ANSWER);
  await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
  const input = page.locator('#kc-search-input');
  await input.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'kc-search-input');
  if (paste !== undefined) await page.keyboard.insertText(paste);
  else await page.keyboard.press(key);
  await page.waitForFunction(() => (window.__kcAnswerAt ?? -1) > 0, undefined, { timeout: 30_000 });
  const ms = await page.evaluate(() => window.__kcAnswerAt! - window.__kcKeyAt!);
  await page.close();
  return ms;
}
