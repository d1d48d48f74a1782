/** The default news list (read-only), the sites the reader added (with remove) and paused (with resume). */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t } from '@/src/i18n/t';
import { normalizeHost } from '@/src/settings/hosts';
import { addSite, getSiteLists, pauseSite, removeSite, resumeSite, watchSiteLists, type SiteLists as Lists } from '@/src/settings/site-lists';
import { DEFAULT_NEWS_SITES } from '@/src/sites';
import { writeFailedMessage, type Announce } from './save';
import { SiteForm } from './SiteForm';
import { requestSite, useGranted } from './use-granted';

export function SiteLists({ announce }: { announce: Announce }) {
  const [lists, setLists] = useState<Lists>({ added: [], paused: [] });
  const granted = useGranted(lists.added);
  useEffect(() => {
    void getSiteLists().then(setLists);
    return watchSiteLists(setLists);
  }, []);

  const writeFailed = (e: unknown) => announce(writeFailedMessage(e));
  const onAdd = async (input: string): Promise<string | undefined> => {
    let result: Awaited<ReturnType<typeof addSite>>;
    try {
      result = await addSite(input);
    } catch (e) {
      return writeFailedMessage(e);
    }
    if (result.ok) {
      announce(t('optionsSiteAdded', result.host));
      return undefined;
    }
    if (result.reason === 'invalid') return t('optionsSiteInvalid', input);
    return t(result.reason === 'default' ? 'optionsSiteIsDefault' : 'optionsSiteDuplicate', normalizeHost(input) ?? input);
  };
  const onPause = async (input: string): Promise<string | undefined> => {
    let host: string | undefined;
    try {
      host = await pauseSite(input);
    } catch (e) {
      return writeFailedMessage(e);
    }
    if (!host) return t('optionsSiteInvalid', input);
    announce(t('optionsSitePaused', host));
    return undefined;
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <details class="default-sites">
        <summary>{t('optionsDefaultSitesSummary', formatNumber(DEFAULT_NEWS_SITES.length))}</summary>
        <ul class="columns">
          {DEFAULT_NEWS_SITES.map((s) => (
            <li key={s.domain}>
              {s.name} <span class="muted">{s.domain}</span>
            </li>
          ))}
        </ul>
      </details>

      <fieldset>
        <legend>{t('optionsAddedSitesLegend')}</legend>
        <p class="hint">{t('optionsAddedSitesHint')}</p>
        <SiteForm id="add-site" label={t('optionsAddSiteLabel')} button={t('optionsAddSiteButton')} onSubmit={onAdd} />
        <HostList
          hosts={lists.added}
          empty={t('optionsNoAddedSites')}
          action={t('commonRemove')}
          actionLabel={(h) => t('optionsRemoveSiteAria', h)}
          onAction={(h) => void removeSite(h).catch(writeFailed)}
          extra={(h) =>
            granted.has(h) ? (
              <span class="muted">{t('optionsSiteAllowed')}</span>
            ) : (
              <>
                <span class="muted">{t('optionsSiteNotAllowed')}</span>
                <button type="button" aria-label={t('optionsAllowSiteAria', h)} onClick={() => requestSite(h)}>
                  {t('optionsAllowSite')}
                </button>
              </>
            )
          }
        />
      </fieldset>

      <fieldset>
        <legend>{t('optionsPausedSitesLegend')}</legend>
        <p class="hint">{t('optionsPausedSitesHint')}</p>
        <SiteForm id="pause-site" label={t('optionsPauseSiteLabel')} button={t('optionsPauseSiteButton')} onSubmit={onPause} />
        <HostList
          hosts={lists.paused}
          empty={t('optionsNoPausedSites')}
          action={t('optionsResumeSiteButton')}
          actionLabel={(h) => t('optionsResumeSiteAria', h)}
          onAction={(h) => void resumeSite(h).catch(writeFailed)}
        />
      </fieldset>
    </section>
  );
}

function HostList(props: {
  hosts: string[];
  empty: string;
  action: string;
  actionLabel: (host: string) => string;
  onAction: (host: string) => void;
  extra?: (host: string) => ComponentChildren;
}) {
  if (props.hosts.length === 0) return <p class="muted">{props.empty}</p>;
  return (
    <ul class="host-list">
      {props.hosts.map((h) => (
        <li key={h}>
          <span class="host">{h}</span>
          {props.extra?.(h)}
          <button type="button" aria-label={props.actionLabel(h)} onClick={() => props.onAction(h)}>
            {props.action}
          </button>
        </li>
      ))}
    </ul>
  );
}
