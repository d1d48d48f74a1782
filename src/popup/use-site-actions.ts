/**
 * The site controls' actions (pause, resume, run on this site, run once): one at a time, each showing
 * that it is busy and, when it fails, why; the page's state is asked for again after each.
 */
import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { pauseSite, resumeSite } from '@/src/settings/site-lists';
import { injectIntoActiveTab, runOnSite } from '@/src/site-access';
import type { TargetTab } from './target-tab';

interface SiteActions {
  busy: boolean;
  message: string | undefined;
  pause(): void;
  resume(): void;
  runOnThisSite(): void;
  runOnce(): void;
}

export function useSiteActions(host: string | undefined, tab: TargetTab | undefined, refreshPageState: () => void): SiteActions {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>();

  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    setMessage(undefined);
    work()
      .catch((e: unknown) => setMessage(t('popupRunFailed', e instanceof Error ? e.message : String(e))))
      .finally(() => {
        setBusy(false);
        refreshPageState();
      });
  };
  const runOnThisSite = () => {
    if (!host || !tab) return;
    // No await before this call: the permission prompt needs the click's user gesture.
    const pending = runOnSite(host, tab.id);
    act(async () => {
      if (!(await pending)) setMessage(t('popupRunDenied'));
    });
  };
  return {
    busy,
    message,
    pause: () => host && act(() => pauseSite(host)),
    resume: () => host && act(() => resumeSite(host)),
    runOnThisSite,
    runOnce: () => tab && act(() => injectIntoActiveTab(tab.id)),
  };
}
