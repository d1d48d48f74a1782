/**
 * The current site's state and what the reader can do about it: pause or resume annotation here, or
 * let the extension run on a site outside the news list (always, with a permission; or just this page).
 */
import { t } from '@/src/i18n/t';
import { STATUS_KEY, type SiteStatus } from './site-status';

interface SiteControlsProps {
  host: string | undefined;
  status: SiteStatus;
  busy: boolean;
  message: string | undefined;
  onPause(): void;
  onResume(): void;
  onRunOnSite(): void;
  onRunOnce(): void;
}

export function SiteControls(props: SiteControlsProps) {
  const { host, status } = props;
  return (
    <section class="kc-section kc-site" aria-labelledby="kc-site-title">
      <h2 id="kc-site-title" class="kc-section-title">
        {t('popupSiteTitle')}
        {host ? <span class="kc-host">{host}</span> : null}
      </h2>
      <p class="kc-site-status" data-status={status}>
        <span class="kc-dot" aria-hidden="true" />
        {t(STATUS_KEY[status])}
      </p>
      <div class="kc-site-actions">
        {status === 'annotating' || status === 'no-topic' ? (
          <button type="button" class="kc-button" disabled={props.busy} onClick={props.onPause}>
            {t('popupPause')}
          </button>
        ) : null}
        {status === 'paused' ? (
          <button type="button" class="kc-button" disabled={props.busy} onClick={props.onResume}>
            {t('popupResume')}
          </button>
        ) : null}
        {status === 'not-permitted' && host ? (
          <button type="button" class="kc-button" disabled={props.busy} onClick={props.onRunOnSite}>
            {t('popupRunOnSite')}
          </button>
        ) : null}
        {status === 'not-permitted' ? (
          <button type="button" class="kc-button kc-secondary" disabled={props.busy} onClick={props.onRunOnce}>
            {t('popupRunOnce')}
          </button>
        ) : null}
      </div>
      {props.message ? (
        <p class="kc-note" role="status">
          {props.message}
        </p>
      ) : null}
    </section>
  );
}
