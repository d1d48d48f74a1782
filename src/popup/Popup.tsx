/**
 * The toolbar popup: search, the claim view, this page's claims and the site controls. State lives
 * here; the pieces below only render and report the reader's actions.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getPageState, pendingPopupClaimItem, popupToContent, type PageState } from '@/src/messaging';
import { getSettings, watchSettings } from '@/src/settings/api';
import { DEFAULT_SETTINGS, pausedSitesItem, type Settings } from '@/src/settings/items';
import { normalizeHostList } from '@/src/settings/hosts';
import { pauseSite, resumeSite } from '@/src/settings/site-lists';
import { injectIntoActiveTab, runOnSite } from '@/src/site-access';
import { t } from '@/src/i18n/t';
import { ClaimDetail } from './ClaimDetail';
import { OnThisPage } from './OnThisPage';
import { SearchView } from './SearchView';
import { SiteControls } from './SiteControls';
import { Suggestions } from './Suggestions';
import { siteStatus } from './site-status';
import { useClaimSearch } from './use-claim-search';
import { findTargetTab, isWebPage, webHost, type TargetTab } from './target-tab';

/** A request from a page's card older than this is not what the reader opened the popup for. */
const PENDING_CLAIM_MAX_AGE_MS = 60_000;

export function Popup(props: { search: string; close(): void }) {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [openClaim, setOpenClaim] = useState<string | undefined>();
  const [tab, setTab] = useState<TargetTab | undefined>();
  const [pageState, setPageState] = useState<PageState | undefined>();
  const [paused, setPaused] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [siteMessage, setSiteMessage] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);

  const wanted = useMemo(() => [...(openClaim ? [openClaim] : []), ...(pageState?.matches.map((m) => m.claimId) ?? [])], [openClaim, pageState]);
  const { results, datasets, loadError, suggested } = useClaimSearch(query, wanted);

  useEffect(() => {
    inputRef.current?.focus();
    getSettings().then(setSettings, () => undefined);
    const offSettings = watchSettings(setSettings);
    pausedSitesItem.getValue().then((v) => setPaused(normalizeHostList(v)), () => undefined);
    const offPaused = pausedSitesItem.watch((v) => setPaused(normalizeHostList(v)));
    void findTargetTab(props.search).then(async (found) => {
      setTab(found);
      if (found) setPageState(await getPageState(found.id));
    });
    void pendingPopupClaimItem.getValue().then((pending) => {
      if (pending && Date.now() - pending.at < PENDING_CLAIM_MAX_AGE_MS) setOpenClaim(pending.claimId);
      if (pending) void pendingPopupClaimItem.setValue(null);
    });
    return () => {
      offSettings();
      offPaused();
    };
  }, [props.search]);

  // The content script reports the change it made; ask again once it had time to apply it.
  const refreshPageState = () => {
    if (!tab) return;
    setTimeout(() => void getPageState(tab.id).then(setPageState), 400);
  };
  useEffect(refreshPageState, [paused]);

  // Back from a claim, the search box takes the focus before the next key, as the claim did.
  useLayoutEffect(() => {
    if (openClaim === undefined) inputRef.current?.focus();
  }, [openClaim]);

  // The tab's URL when the browser shows it (activeTab); otherwise the content script says where it runs.
  const host = webHost(tab?.url) ?? webHost(pageState?.host ? `https://${pageState.host}/` : undefined);
  const status = siteStatus({
    hasTab: tab !== undefined,
    webPage: isWebPage(tab?.url),
    host,
    pageStatus: pageState?.status,
    paused,
    enabled: settings.enabled,
  });

  const onQuery = (q: string) => {
    setQuery(q);
    setActive(0);
  };
  const reveal = (claimId: string) => {
    if (!tab) return;
    // The page scrolls and opens its card; the popup would only cover it. A page that went away
    // meanwhile has nothing to show either.
    void popupToContent(tab.id, { type: 'revealMatch', claimId })
      .catch(() => undefined)
      .finally(props.close);
  };
  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    setSiteMessage(undefined);
    work()
      .catch((e: unknown) => setSiteMessage(t('popupRunFailed', e instanceof Error ? e.message : String(e))))
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
      if (!(await pending)) setSiteMessage(t('popupRunDenied'));
    });
  };

  // On the document, not the popup's root: Escape must go back from a claim wherever the focus is,
  // <body> included. One listener from the start, reading the claim shown through a ref updated at
  // render: an effect registered per claim would run only after paint, and a quick Escape (or a
  // throttled frame) would slip past it.
  const openClaimRef = useRef(openClaim);
  openClaimRef.current = openClaim;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || openClaimRef.current === undefined) return;
      e.preventDefault();
      setOpenClaim(undefined);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div class="kc-theme kc-popup" data-kc-theme={settings.theme}>
      <main>
        <h1 class="kc-title">{t('popupTitle')}</h1>
        {openClaim !== undefined && datasets ? (
          <ClaimDetail claimId={openClaim} datasets={datasets} onBack={() => setOpenClaim(undefined)} />
        ) : (
          <>
            <SearchView
              query={query}
              results={results}
              active={active}
              inputRef={inputRef}
              onQuery={onQuery}
              onActive={setActive}
              onOpen={setOpenClaim}
              idle={
                <>
                  {loadError ? <p class="kc-note">{t('popupLoadError', loadError)}</p> : null}
                  {!datasets && !loadError ? <p class="kc-muted">{t('popupLoading')}</p> : null}
                  {pageState && (status === 'annotating' || status === 'no-topic') && datasets ? (
                    <OnThisPage matches={pageState.matches} more={pageState.more} datasets={datasets} onReveal={reveal} />
                  ) : null}
                  <Suggestions
                    items={suggested}
                    onPick={(q) => {
                      onQuery(q);
                      inputRef.current?.focus();
                    }}
                  />
                </>
              }
            />
            <SiteControls
              host={host}
              status={status}
              busy={busy}
              message={siteMessage}
              onPause={() => host && act(() => pauseSite(host))}
              onResume={() => host && act(() => resumeSite(host))}
              onRunOnSite={runOnThisSite}
              onRunOnce={() => tab && act(() => injectIntoActiveTab(tab.id))}
            />
          </>
        )}
      </main>
    </div>
  );
}
