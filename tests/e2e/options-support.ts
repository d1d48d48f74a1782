/**
 * Shared by the options end-to-end tests: reading the extension's storage through its service worker,
 * and waiting for what a fixture page shows.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightNames, type ChromiumSession } from './harness';

/** The kc-* highlights that hold at least one range, sorted. */
export async function shownHighlights(page: Page): Promise<string[]> {
  const names = await highlightNames(page);
  const shown: string[] = [];
  for (const name of names) {
    if (!name.startsWith('kc-') || name === 'kc-active') continue;
    const size = await page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
    if (size > 0) shown.push(name);
  }
  return shown.sort();
}

export async function expectHighlights(page: Page, names: string[]): Promise<void> {
  await expect.poll(() => shownHighlights(page), { timeout: 10_000, interval: 100 }).toEqual([...names].sort());
}

// The service worker's own chrome.* API; only the calls used here.
interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  clear(): Promise<void>;
}
type WithChrome = { chrome: { storage: { local: StorageArea; sync: StorageArea } } };

export function storedLocal(session: ChromiumSession, key: string): Promise<unknown> {
  return session.serviceWorker.evaluate(async (k) => (await (self as unknown as WithChrome).chrome.storage.local.get(k))[k], key);
}

export function storedSync(session: ChromiumSession, key: string): Promise<unknown> {
  return session.serviceWorker.evaluate(async (k) => (await (self as unknown as WithChrome).chrome.storage.sync.get(k))[k], key);
}

export async function clearStorage(session: ChromiumSession): Promise<void> {
  await session.serviceWorker.evaluate(async () => {
    const { chrome } = self as unknown as WithChrome;
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
  });
}
