/**
 * The content script on sites the reader added: registered for every added site whose permission the
 * browser granted, and injected once into the active tab on the reader's click (activeTab).
 *
 * The background calls watchSiteAccess() once: it syncs on start-up, when the site list changes and
 * when permissions are granted or withdrawn. The popup also syncs right after a grant, so the reader's
 * next page load is covered even if the background has not woken yet.
 */
import { browser } from 'wxt/browser';
import { getPageState } from '@/src/messaging/send';
import { addSite, removeSite } from '@/src/settings/site-lists';
import { addedSitesItem } from '@/src/settings/items';
import { normalizeHostList } from '@/src/settings/hosts';
import { originsFor, patternsToRegister } from './patterns';

export { originsFor, patternsToRegister } from './patterns';

/** One registration holds every added site; its id is ours alone. */
const ADDED_SITES_SCRIPT_ID = 'kc-added-sites';
/** The built content script and its stylesheet (WXT names them after entrypoints/news.content). */
const CONTENT_SCRIPT_FILE = 'content-scripts/news.js';
const CONTENT_STYLE_FILE = 'content-scripts/news.css';
/** The content script's second stage, injected where the first finds a name (entrypoints/annotator.content). */
export const SECOND_STAGE_FILE = 'content-scripts/annotator.js';

/** Makes the registered content script match the added sites that have a granted permission. */
export async function syncRegisteredSites(): Promise<string[]> {
  const [added, granted] = await Promise.all([addedSitesItem.getValue(), browser.permissions.getAll()]);
  const matches = patternsToRegister(normalizeHostList(added), granted.origins ?? []);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    return matches;
  }
  const script = {
    id: ADDED_SITES_SCRIPT_ID,
    matches,
    js: [CONTENT_SCRIPT_FILE],
    css: [CONTENT_STYLE_FILE],
    runAt: 'document_idle' as const,
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

/**
 * Runs the content script once in a tab the reader pointed at (activeTab, or a granted site that was
 * open before the grant). A tab where it already runs answers getPageState and is left alone.
 */
export async function injectIntoActiveTab(tabId: number): Promise<void> {
  if ((await getPageState(tabId)).status !== 'not-permitted') return;
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLE_FILE] });
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}` as const] });
}

/**
 * "Run on this site". Must be called straight from the click handler: the browser only shows the
 * permission prompt during the reader's gesture, so the request is the first thing that happens.
 * The host is stored at the same time, because Chrome may close the popup while its prompt is open;
 * the background's permissions.onAdded → syncRegisteredSites() then finishes the job, and a refusal
 * leaves a host that sync ignores (no permission, no script).
 */
export function runOnSite(host: string, tabId: number | undefined): Promise<boolean> {
  const granted = browser.permissions.request({ origins: originsFor(host) });
  const stored = addSite(host);
  return (async () => {
    const ok = await granted.catch(() => false);
    await stored;
    if (!ok) {
      await removeSite(host);
      return false;
    }
    await syncRegisteredSites();
    if (tabId !== undefined) await injectIntoActiveTab(tabId).catch(() => undefined);
    return true;
  })();
}

/**
 * For the background: keeps the registration in step from now on. Returns the function that stops
 * watching. A failed sync is reported, not thrown: the next change syncs again.
 */
export function watchSiteAccess(onError: (e: unknown) => void = console.error): () => void {
  const sync = () => void syncRegisteredSites().catch(onError);
  sync();
  const offSites = addedSitesItem.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  return () => {
    offSites();
    browser.permissions.onAdded.removeListener(sync);
    browser.permissions.onRemoved.removeListener(sync);
  };
}
