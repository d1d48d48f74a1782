/**
 * Typed senders for the contract. Each returns the reply type that belongs to the request.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundToContent,
  BackgroundToContentReply,
  ContentToBackground,
  ContentToBackgroundReply,
  PageState,
  PopupToContent,
  PopupToContentReply,
} from './contract';

type Body<M> = M extends unknown ? Omit<M, 'dir'> : never;

/**
 * The tab's page is its top frame: frames run the content script too (their own highlights and
 * cards), but the popup's list, the badge and the keyboard walk are the page's.
 */
const TOP_FRAME = { frameId: 0 };

export function popupToContent<M extends Body<PopupToContent>>(
  tabId: number,
  message: M,
): Promise<PopupToContentReply[M['type']]> {
  return browser.tabs.sendMessage(tabId, { ...message, dir: 'popupToContent' }, TOP_FRAME);
}

export function contentToBackground<M extends Body<ContentToBackground>>(
  message: M,
): Promise<ContentToBackgroundReply[M['type']]> {
  return browser.runtime.sendMessage({ ...message, dir: 'contentToBackground' });
}

export function backgroundToContent<M extends Body<BackgroundToContent>>(
  tabId: number,
  message: M,
): Promise<BackgroundToContentReply[M['type']]> {
  return browser.tabs.sendMessage(tabId, { ...message, dir: 'backgroundToContent' }, TOP_FRAME);
}

/**
 * The popup's view of a tab. No content script answering means the extension may not run there
 * (not a news site, no permission granted): that is 'not-permitted', not an error.
 */
export async function getPageState(tabId: number): Promise<PageState> {
  try {
    const state = await popupToContent(tabId, { type: 'getPageState' });
    if (state && typeof state === 'object' && 'status' in state) return state;
  } catch {
    // "Could not establish connection. Receiving end does not exist."
  }
  return { status: 'not-permitted', matches: [], mentions: 0 };
}
