/**
 * The content script's first stage, which every page of every news site pays for: most pages never
 * name the region, so they should cost one native read of their text and one pass of the quick name
 * test, and nothing else, in a file small enough to compile fast. Settings, claim packs, the matcher
 * and the card (the second stage, ../annotator.content/run, a file of its own) are
 * injected only when the page, or text it adds later, may name the region. Until then this stage
 * answers the popup and the keyboard commands itself: there is nothing on the page to show.
 */
import { browser } from 'wxt/browser';
import { mayMention } from '@/src/core/quick-test';
import {
  isBackgroundToContent,
  isPopupToContent,
  type BackgroundToContent,
  type BackgroundToContentReply,
  type PageState,
  type PopupToContent,
  type PopupToContentReply,
} from '@/src/messaging/contract';
import { contentToBackground } from '@/src/messaging/send';
import { awaitSecondStage } from './handoff';
import { highlightApiAvailable } from '@/src/page/highlighter';
import type { PageContext, PageRuntime } from '../annotator.content/run';

/** Added or changed text is checked in idle time, at the latest this long after it appeared. */
const CHECK_TIMEOUT_MS = 500;

export function startOnPage(ctx: PageContext): void {
  if (!highlightApiAvailable()) return;

  let runtime: Promise<PageRuntime> | null = null;
  // Called once the page's text, or text it added, may name the region: the background injects the
  // second stage into this frame, which hands its runtime back (./handoff).
  const startRuntime = () => {
    runtime ??= (async () => {
      const delivered = awaitSecondStage();
      await contentToBackground({ type: 'startSecondStage' });
      return delivered;
    })();
    runtime.catch((e: unknown) => {
      // The extension was reloaded or updated meanwhile ("Extension context invalidated"): this copy
      // of the script has nothing to do, and nothing to report.
      if (ctx.isValid) throw e;
    });
  };

  const state: PageState = { status: 'no-topic', matches: [], mentions: 0, host: location.hostname };
  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (ctx.signal.aborted || !(isPopupToContent(message) || isBackgroundToContent(message))) return undefined;
    if (runtime) return runtime.then((r) => r.handle(message));
    // A page without any name has no highlight to reveal or move to; the popup reads the reader's
    // own switches (off, paused) from the settings, so "no-topic" is the whole answer.
    return Promise.resolve(nothingHere(message, state));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // textContent also holds script and form text, so "maybe" can be wrong; "no" never is.
  const root = document.body ?? document.documentElement;
  if (mayMention(root.textContent ?? '')) {
    startRuntime();
    return;
  }
  contentToBackground({ type: 'pageState', state }).catch(() => {
    // The background may be restarting; the page has nothing to show either way.
  });
  watchForMentions(ctx, startRuntime);
}

function nothingHere(message: PopupToContent | BackgroundToContent, state: PageState): unknown {
  switch (message.type) {
    case 'getPageState':
      return state satisfies PopupToContentReply['getPageState'];
    case 'revealMatch':
      return { revealed: false } satisfies PopupToContentReply['revealMatch'];
    case 'command':
      return { moved: false } satisfies BackgroundToContentReply['command'];
  }
}

/** Elements whose text is never read as prose: pages add and rewrite these all the time. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Watches the page for added or changed text that may name the region, then stops and calls `found`. */
function watchForMentions(ctx: PageContext, found: () => void): void {
  // A set: a hundred text nodes appended to one paragraph are one paragraph to test.
  let pending = new Set<Node>();
  let scheduled = false;
  const check = () => {
    scheduled = false;
    const nodes = pending;
    pending = new Set();
    for (const n of nodes) {
      if (n.isConnected && mayMention(n.textContent ?? '')) {
        observer.disconnect();
        return found();
      }
    }
  };
  // A text node is judged with its parent's text: a name may reach it in pieces ("Stepa" + "nakert").
  const add = (n: Node) => {
    const context = n.nodeType === Node.TEXT_NODE ? (n.parentNode ?? n) : n;
    if (!NOT_PROSE.has(context.nodeName)) pending.add(context);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') add(r.target);
      else r.addedNodes.forEach(add);
    }
    if (pending.size > 0 && !scheduled) {
      scheduled = true;
      ctx.requestIdleCallback(check, { timeout: CHECK_TIMEOUT_MS });
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}
