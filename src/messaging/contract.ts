/**
 * The one message contract between the extension's parts, named by direction. Every message carries
 * its direction in `dir`, so a listener ignores whatever is not addressed to it, and a reply type per
 * request keeps both ends honest.
 *
 *   popup → content       getPageState, revealMatch          (browser.tabs.sendMessage)
 *   content → background  pageState (badge), openInPopup,   (browser.runtime.sendMessage)
 *                         startSecondStage
 *   background → content  command (next-match / previous-match)
 */

/**
 * At most this many highlights of each kind on a page, the first in document order: a hostile page
 * can repeat a name hundreds of thousands of times, and every highlight costs the browser to paint.
 * Past them, the page state says "more" (PageState.more) and the badge and the popup say so.
 */
export const HIGHLIGHT_LIMITS = { mention: 5000, claim: 1000 } as const;

/** What the content script is doing on its page. */
export type PageStatus =
  /** Annotating: the page is about the topic and highlights are shown. */
  | 'annotating'
  /** The reader paused this site. */
  | 'paused'
  /** The extension is switched off in the settings. */
  | 'off'
  /** No content script in the tab: not a news site and no permission granted (popup-side only). */
  | 'not-permitted'
  /** The content script ran and found the page not about the topic. */
  | 'no-topic';

export interface ClaimCount {
  claimId: string;
  /** Sentences on the page that match this claim. */
  count: number;
}

export interface PageState {
  status: PageStatus;
  /** Distinct claims matched, in page order. */
  matches: ClaimCount[];
  /** Mentions of the region and its places on the page. */
  mentions: number;
  /**
   * Present when the page holds more mentions or claim sentences than are highlighted (a highlight
   * cap, for huge or hostile pages): the badge and the popup say "and more".
   */
  more?: { mentions: boolean; claims: boolean };
  /** The page's hostname, so the popup can name the site without the "tabs" permission. */
  host?: string;
}

export type PopupToContent =
  | { dir: 'popupToContent'; type: 'getPageState' }
  /** Scroll to the claim's match (index-th on the page, default first), mark it and open its card. */
  | { dir: 'popupToContent'; type: 'revealMatch'; claimId: string; index?: number };

export interface PopupToContentReply {
  getPageState: PageState;
  revealMatch: { revealed: boolean };
}

export type ContentToBackground =
  /** The page's state changed; the background shows the distinct claim count on the badge. */
  | { dir: 'contentToBackground'; type: 'pageState'; state: PageState }
  /** The reader asked for a claim in the toolbar popup. */
  | { dir: 'contentToBackground'; type: 'openInPopup'; claimId: string }
  /** The page may name the region: run the content script's second stage in the sender's frame. */
  | { dir: 'contentToBackground'; type: 'startSecondStage' };

export interface ContentToBackgroundReply {
  pageState: void;
  openInPopup: { opened: boolean };
  startSecondStage: void;
}

export type MatchCommand = 'next-match' | 'previous-match';

export type BackgroundToContent = { dir: 'backgroundToContent'; type: 'command'; command: MatchCommand };

export interface BackgroundToContentReply {
  command: { moved: boolean };
}

type Dir<M> = M extends { dir: infer D } ? D : never;
function hasDir<M extends { dir: string }>(dir: Dir<M>) {
  return (message: unknown): message is M =>
    typeof message === 'object' && message !== null && (message as { dir?: unknown }).dir === dir;
}

export const isPopupToContent = hasDir<PopupToContent>('popupToContent');
export const isContentToBackground = hasDir<ContentToBackground>('contentToBackground');
export const isBackgroundToContent = hasDir<BackgroundToContent>('backgroundToContent');
