/**
 * Shared by the options end-to-end tests: reading the extension's storage through its service worker,
 * waiting for what a fixture page shows, and reading the errors the import shows for a file.
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

/** Unicode isolates wrap text the reader did not write (file names, pack titles); tests compare the words. */
export function withoutIsolates(text: string | null): string {
  return (text ?? '').replace(/[\u2066-\u2069]/g, '');
}

export interface ShownError {
  rule: string | null;
  path: string | null;
  text: string;
}

/** The errors the options page shows for a refused file, and its "and N more" line, once they are there. */
export async function importErrorsFor(options: Page, file: string): Promise<{ errors: ShownError[]; more: string | null }> {
  const read = () =>
    options.evaluate((name) => {
      const block = [...document.querySelectorAll<HTMLElement>('.import-errors > div')].find((d) => d.dataset.file === name);
      if (!block) return null;
      return {
        errors: [...block.querySelectorAll('li')].map((li) => ({ rule: li.getAttribute('data-rule'), path: li.getAttribute('data-path'), text: li.textContent ?? '' })),
        more: block.querySelector('.more-errors')?.textContent ?? null,
      };
    }, file);
  await expect.poll(read, { timeout: 10_000 }).not.toBeNull();
  return (await read())!;
}

type Json = Record<string, unknown>;

/**
 * A valid pack with one answered claim per statement, whose ids all start with `prefix` (so two packs
 * with different prefixes never collide).
 */
export function packJson(prefix: string, title: string, statements: string[]): Json {
  const ids = statements.map((_, i) => i);
  return {
    version: 1,
    id: `${prefix}-pack`,
    title,
    claims: statements.map((statement, i) => ({
      id: `${prefix}-claim-${i}`,
      statement,
      claimants: [{ name: 'An example outlet', role: 'published the report' }],
      date: '2021-03-01',
      sourceIds: [`${prefix}-source`],
      phrasings: [statement],
      tags: ['test'],
    })),
    responses: ids.map((i) => ({
      id: `${prefix}-response-${i}`,
      claimId: `${prefix}-claim-${i}`,
      kind: 'denial',
      speaker: { name: 'A spokesperson', organisation: 'An example ministry' },
      quote: 'We have seen no evidence of this.',
      date: '2021-03-02',
      sourceId: `${prefix}-source`,
    })),
    sources: [{ id: `${prefix}-source`, publisher: 'Example News', headline: 'A report', date: '2021-03-02', url: 'https://example.org/report' }],
    context: [],
  };
}

/** A file for `setInputFiles`. */
export function packFile(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Opens the options page and waits until it has rendered. */
export async function openOptions(session: ChromiumSession): Promise<Page> {
  const options = await session.openExtensionPage('options.html');
  await options.getByRole('heading', { level: 1 }).waitFor();
  return options;
}
