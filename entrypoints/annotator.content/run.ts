/**
 * The content script's second stage (its own file, injected by the background where the first stage,
 * ../news.content/start, found that the page may name the region): read the settings, annotate when
 * allowed, apply every settings change live (pausing removes the highlights, resuming brings them
 * back) and every change to the claims (src/page/current-claims), answer the popup and the
 * background, and end everything when the lifecycle ends (src/page/lifecycle).
 */
import {
  type BackgroundToContent,
  type BackgroundToContentReply,
  type PageState,
  type PopupToContent,
  type PopupToContentReply,
} from '@/src/messaging/contract';
import { contentToBackground } from '@/src/messaging/send';
import { getSettings, watchSettings } from '@/src/settings/api';
import { getSiteLists, isPaused, watchSiteLists } from '@/src/settings/site-lists';
import type { Settings } from '@/src/settings/items';
import { Annotator, type Lifecycle } from '@/src/page/annotator';
import { CurrentClaims } from '@/src/page/current-claims';
import { readPreparedIndex } from '@/src/prepared/read';
import type { MatcherSource } from '@/src/core/scan';

/** The content script's lifecycle as the page layer sees it (src/page/lifecycle's PageLifecycle). */
export interface PageContext extends Lifecycle {
  /** False once the extension was reloaded, updated or removed; asking is what notices it. */
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
  setInterval(handler: () => void, timeout?: number): number;
}

/** What the first stage passes on: the answer to a message from the popup or the background. */
export interface PageRuntime {
  handle(message: PopupToContent | BackgroundToContent): Promise<unknown>;
}

/** How often to ask whether the extension was reloaded or updated (see runOnPage). */
const HEARTBEAT_MS = 2000;

/** Resolves once the page answers messages; the first scan goes on after that. */
export async function runOnPage(ctx: PageContext): Promise<PageRuntime> {
  const [settingsAtStart, listsAtStart, prepared] = await Promise.all([getSettings(), getSiteLists(), readPreparedIndex()]);
  let settings = settingsAtStart;
  let lists = listsAtStart;
  const claims = await CurrentClaims.open(prepared, ctx.signal);
  ctx.signal.throwIfAborted();
  let matcher: MatcherSource = claims.current.matcher(settings.sensitivity);
  const host = location.hostname;

  const reportState = (state: PageState) => {
    if (ctx.signal.aborted) return;
    contentToBackground({ type: 'pageState', state }).catch(() => {
      // The background may be restarting; the next state change reports again.
    });
  };

  const annotator = new Annotator({
    lifecycle: ctx,
    matcher: () => matcher,
    datasets: () => claims.current.datasets(),
    look: { style: settings.highlightStyle, mark: settings.mark },
    theme: () => settings.theme,
    hoverDelayMs: () => settings.hoverDelayMs,
    onState: reportState,
    onOpenInPopup: (claimId) => void contentToBackground({ type: 'openInPopup', claimId }).catch(() => {}),
  });

  let running = false;
  // This stage runs only where the first stage's quick test said "maybe", so the first read need
  // not repeat it (skipping it is never wrong, only slower on a page without names).
  let first = true;
  const apply = async (rescan: boolean) => {
    const allowed = settings.enabled && !isPaused(host, lists.paused);
    if (!allowed) {
      running = false;
      annotator.stop(settings.enabled ? 'paused' : 'off');
      return;
    }
    annotator.setLook({ style: settings.highlightStyle, mark: settings.mark });
    if (!running || rescan) {
      running = true;
      const mayMention = first;
      first = false;
      await annotator.start({ mayMention });
    }
  };

  const onSettings = (next: Settings) => {
    const rescan = next.sensitivity !== settings.sensitivity;
    settings = next;
    if (rescan) matcher = claims.current.matcher(settings.sensitivity);
    annotator.refreshCard();
    void apply(rescan);
  };
  const unwatchers = [
    watchSettings(onSettings),
    watchSiteLists((next) => {
      lists = next;
      void apply(false);
    }),
    ...claims.watch(() => {
      matcher = claims.current.matcher(settings.sensitivity);
      annotator.refreshCard();
      void apply(true);
    }),
  ];
  ctx.onInvalidated(() => unwatchers.forEach((u) => u()));
  // A change written between the first read and the watchers' start would be missed: read once more.
  const [settingsNow, listsNow] = await Promise.all([getSettings(), getSiteLists()]);
  ctx.signal.throwIfAborted();
  if (JSON.stringify(settingsNow) !== JSON.stringify(settings)) onSettings(settingsNow);
  if (JSON.stringify(listsNow) !== JSON.stringify(lists)) lists = listsNow;

  // The lifecycle notices an extension reload or update only when it is asked (its timers ask on
  // every tick). Without this, highlights of a removed extension would stay until the next event.
  ctx.setInterval(() => {}, HEARTBEAT_MS);

  // The first scan: a failure other than the context ending is a bug, and should show as one.
  apply(false).catch((e: unknown) => {
    if (!ctx.signal.aborted) throw e;
  });

  return answering(annotator, host);
}

/** The page's answers to the popup and the background, which the first stage passes on. */
function answering(annotator: Annotator, host: string): PageRuntime {
  return {
    handle(message) {
      switch (message.type) {
        case 'getPageState':
          return Promise.resolve<PopupToContentReply['getPageState']>({ ...annotator.state, host });
        case 'revealMatch':
          return Promise.resolve<PopupToContentReply['revealMatch']>({
            revealed: annotator.revealClaim(message.claimId, message.index),
          });
        case 'command':
          return Promise.resolve<BackgroundToContentReply['command']>({ moved: annotator.move(message.command) });
      }
    },
  };
}
