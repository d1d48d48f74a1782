/**
 * The background: keeps the badge in step with each tab's page, routes the keyboard commands to the
 * page, and opens a claim in the popup (at most once per OPEN_POPUP_INTERVAL_MS). It accepts messages
 * only from this extension's own content scripts in a tab's top frame.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  isContentToBackground,
  type ContentToBackground,
  type ContentToBackgroundReply,
  type MatchCommand,
} from '@/src/messaging/contract';
import { backgroundToContent } from '@/src/messaging/send';
import { pendingPopupClaimItem } from '@/src/messaging/pending-popup-claim';
import { SECOND_STAGE_FILE, watchSiteAccess } from '@/src/site-access';
import { keepPreparedIndex } from '@/src/prepared/prepare';
import { clearBadge, showBadge } from './badge';
import { createRateLimit, OPEN_POPUP_INTERVAL_MS } from './popup-rate-limit';

type Sender = Browser.runtime.MessageSender;

/** A content script of ours, in a tab (its top frame or a frame inside it). */
export function isOwnContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number';
}

/** The badge is the page's: what a frame inside it (a live blog, a map) reports does not change it. */
export function isTopFrame(sender: Sender): boolean {
  return (sender.frameId ?? 0) === 0;
}

/**
 * Where the second stage goes: the very document that asked (Chrome names it, so a prerendered page
 * or a frame that navigated meanwhile cannot get another document's stage), else the sender's frame.
 */
export function secondStageTarget(sender: Sender & { tab: { id: number } }): Browser.scripting.InjectionTarget {
  const documentId = (sender as { documentId?: string }).documentId;
  if (documentId) return { tabId: sender.tab.id, documentIds: [documentId] };
  return { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
}

const mayOpenPopup = createRateLimit(OPEN_POPUP_INTERVAL_MS);

export async function handleContentMessage(
  message: ContentToBackground,
  sender: Sender & { tab: { id: number } },
): Promise<ContentToBackgroundReply[ContentToBackground['type']]> {
  switch (message.type) {
    case 'pageState':
      if (isTopFrame(sender)) await showBadge(sender.tab.id, message.state);
      return undefined;
    case 'startSecondStage':
      // Host permissions for the news sites come with the second stage's registration (WXT adds
      // its matches); added sites have theirs granted, and "Just this page" has activeTab.
      await browser.scripting.executeScript({ target: secondStageTarget(sender), files: [`/${SECOND_STAGE_FILE}` as const] });
      return undefined;
    case 'openInPopup': {
      if (!mayOpenPopup()) return { opened: false };
      await pendingPopupClaimItem.setValue({ claimId: message.claimId, at: Date.now() });
      try {
        await browser.action.openPopup();
        return { opened: true };
      } catch {
        // Firefox opens the popup only on a user gesture in the background itself; the popup still
        // shows the pending claim when the reader opens it.
        return { opened: false };
      }
    }
  }
}

async function routeCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== 'next-match' && command !== 'previous-match') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  try {
    await backgroundToContent(tabId, { type: 'command', command: command as MatchCommand });
  } catch {
    // No content script in that tab (not a news page): nothing to move to.
  }
}

export function startBackground(): void {
  // The packs' matcher index, prepared once per change of the packs for every page to read in part.
  keepPreparedIndex();
  // Sites the reader added: keep their content-script registration in step with permissions and list.
  watchSiteAccess();
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isContentToBackground(message) || !isOwnContentScript(sender)) return undefined;
    return handleContentMessage(message, sender);
  });
  browser.commands.onCommand.addListener((command, tab) => void routeCommand(command, tab));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void clearBadge(tabId).catch(() => {});
  });
}
