/**
 * The tab the popup speaks about: the active tab of the popup's window, or the tab named by
 * `?tab=<id>`, which lets the popup open as a page of its own (tests, and readers who pin it).
 */
import { browser, type Browser } from 'wxt/browser';
import { hostOf } from '@/src/ui/claim-view/host';

export interface TargetTab {
  id: number;
  /** Present when the browser lets the extension see it (activeTab, a host permission). */
  url?: string;
}

export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  return Number(raw);
}

export async function findTargetTab(search: string): Promise<TargetTab | undefined> {
  const explicit = tabIdFromSearch(search);
  let tab: Browser.tabs.Tab | undefined;
  try {
    tab =
      explicit !== undefined
        ? await browser.tabs.get(explicit)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  } catch {
    return undefined;
  }
  if (tab?.id === undefined) return undefined;
  return { id: tab.id, url: tab.url };
}

/** True for http(s) pages, false for other pages (browser settings, PDFs viewers...), undefined when unknown. */
export function isWebPage(url: string | undefined): boolean | undefined {
  if (url === undefined) return undefined;
  return /^https?:/i.test(url);
}

/** The hostname a site control acts on, without "www.", or undefined for non-web pages. */
export function webHost(url: string | undefined): string | undefined {
  return isWebPage(url) ? hostOf(url) : undefined;
}
