/**
 * The claims the content script matched in the tab, in page order, each with how many sentences repeat
 * or answer it. Choosing one asks the page to scroll to the sentence and open its card.
 */
import type { Dataset } from '@/src/data/schema';
import { HIGHLIGHT_LIMITS, type ClaimCount, type PageState } from '@/src/messaging';
import { resolveClaim } from '@/src/ui/claim-view';
import { formatNumber, t } from '@/src/i18n/t';

export function OnThisPage(props: {
  matches: readonly ClaimCount[];
  /** The page holds more than is highlighted (see PageState.more). */
  more?: PageState['more'];
  datasets: readonly Dataset[];
  onReveal(claimId: string): void;
}) {
  return (
    <section class="kc-section" aria-labelledby="kc-onpage-title">
      <h2 id="kc-onpage-title" class="kc-section-title">
        {t('popupOnPageTitle')}
      </h2>
      {props.matches.length === 0 ? (
        <p class="kc-muted">{t('popupOnPageNone')}</p>
      ) : (
        <ul class="kc-onpage">
          {props.matches.map((m) => (
            <li key={m.claimId}>
              <button type="button" class="kc-onpage-item" data-claim-id={m.claimId} onClick={() => props.onReveal(m.claimId)}>
                <span class="kc-onpage-statement" dir="auto">
                  {resolveClaim(props.datasets, m.claimId)?.claim.statement ?? m.claimId}
                </span>
                <span class="kc-count">
                  {m.count === 1 ? t('popupOnPageCountOne') : t('popupOnPageCount', formatNumber(m.count))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.more?.claims ? <p class="kc-note kc-onpage-more">{t('popupOnPageMoreClaims', formatNumber(HIGHLIGHT_LIMITS.claim))}</p> : null}
      {props.more?.mentions ? <p class="kc-note kc-onpage-more">{t('popupOnPageMoreMentions', formatNumber(HIGHLIGHT_LIMITS.mention))}</p> : null}
    </section>
  );
}

