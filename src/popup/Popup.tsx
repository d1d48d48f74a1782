/**
 * The toolbar popup: search, the claim view, this page's claims and the site controls. State lives
 * here and in its hooks (use-popup-state: what it shows; use-site-actions: the site controls;
 * use-escape-back: leaving a claim); the pieces below only render and report the reader's actions.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { popupToContent } from '@/src/messaging';
import { t } from '@/src/i18n/t';
import { ClaimDetail } from './ClaimDetail';
import { OnThisPage } from './OnThisPage';
import { SearchView } from './SearchView';
import { SiteControls } from './SiteControls';
import { Suggestions } from './Suggestions';
import { siteStatus } from './site-status';
import { isWebPage, webHost } from './target-tab';
import { useClaimSearch } from './use-claim-search';
import { useEscapeBack } from './use-escape-back';
import { usePopupState } from './use-popup-state';
import { useSiteActions } from './use-site-actions';

export function Popup(props: { search: string; close(): void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [openClaim, setOpenClaim] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, [props.search]);
  const { settings, paused, tab, pageState, refreshPageState } = usePopupState(props.search, setOpenClaim);

  const wanted = useMemo(() => [...(openClaim ? [openClaim] : []), ...(pageState?.matches.map((m) => m.claimId) ?? [])], [openClaim, pageState]);
  const { results, datasets, loadError, suggested } = useClaimSearch(query, wanted);

  // Back from a claim, the search box takes the focus before the next key, as the claim did.
  useLayoutEffect(() => {
    if (openClaim === undefined) inputRef.current?.focus();
  }, [openClaim]);
  useEscapeBack(openClaim, () => setOpenClaim(undefined));

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
  const site = useSiteActions(host, tab, refreshPageState);

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
              busy={site.busy}
              message={site.message}
              onPause={site.pause}
              onResume={site.resume}
              onRunOnSite={site.runOnThisSite}
              onRunOnce={site.runOnce}
            />
          </>
        )}
      </main>
    </div>
  );
}
