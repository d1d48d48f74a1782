/**
 * What the popup shows besides its claims (those come from use-claim-search), read when it opens and
 * kept current while it is open: the reader's settings and paused sites, the tab it speaks of and that
 * page's state. A claim the page's card asked to open (the "open in the toolbar popup" button) is
 * passed on once, and only while fresh.
 */
import { useEffect, useState } from 'preact/hooks';
import { getPageState, pendingPopupClaimItem, type PageState } from '@/src/messaging';
import { getSettings, watchSettings } from '@/src/settings/api';
import { DEFAULT_SETTINGS, pausedSitesItem, type Settings } from '@/src/settings/items';
import { normalizeHostList } from '@/src/settings/hosts';
import { findTargetTab, type TargetTab } from './target-tab';

/** A request from a page's card older than this is not what the reader opened the popup for. */
const PENDING_CLAIM_MAX_AGE_MS = 60_000;

/** How long the content script may take to apply a change before the popup asks for its state again. */
const PAGE_STATE_SETTLE_MS = 400;

interface PopupState {
  settings: Settings;
  paused: string[];
  tab: TargetTab | undefined;
  pageState: PageState | undefined;
  /** Asks the page for its state again, once the content script had time to apply a change. */
  refreshPageState(): void;
}

export function usePopupState(search: string, openPendingClaim: (claimId: string) => void): PopupState {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [tab, setTab] = useState<TargetTab | undefined>();
  const [pageState, setPageState] = useState<PageState | undefined>();
  const [paused, setPaused] = useState<string[]>([]);

  useEffect(() => {
    getSettings().then(setSettings, () => undefined);
    const offSettings = watchSettings(setSettings);
    pausedSitesItem.getValue().then((v) => setPaused(normalizeHostList(v)), () => undefined);
    const offPaused = pausedSitesItem.watch((v) => setPaused(normalizeHostList(v)));
    void findTargetTab(search).then(async (found) => {
      setTab(found);
      if (found) setPageState(await getPageState(found.id));
    });
    void pendingPopupClaimItem.getValue().then((pending) => {
      if (pending && Date.now() - pending.at < PENDING_CLAIM_MAX_AGE_MS) openPendingClaim(pending.claimId);
      if (pending) void pendingPopupClaimItem.setValue(null);
    });
    return () => {
      offSettings();
      offPaused();
    };
  }, [search]);

  // The content script reports the change it made; ask again once it had time to apply it.
  const refreshPageState = () => {
    if (!tab) return;
    setTimeout(() => void getPageState(tab.id).then(setPageState), PAGE_STATE_SETTLE_MS);
  };
  useEffect(refreshPageState, [paused]);

  return { settings, paused, tab, pageState, refreshPageState };
}
