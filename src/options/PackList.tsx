/** The bundled set and each imported pack, with its claim count, switch, export and remove. */
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t, uiLanguage } from '@/src/i18n/t';
import { BUNDLED_DATASET } from '@/src/packs/bundled';
import { exportBundled, exportPack, listPacks, removePack, setPackEnabled, summarize, watchPacks } from '@/src/packs/store';
import type { PackSummary } from '@/src/packs/types';
import type { ConfirmRequest } from './ConfirmDialog';
import { downloadJson } from './download';
import type { Announce } from './save';

export function PackList({ announce, confirm }: { announce: Announce; confirm: (r: ConfirmRequest) => void }) {
  const [packs, setPacks] = useState<PackSummary[]>([]);
  useEffect(() => {
    void listPacks().then(setPacks);
    return watchPacks((p) => setPacks(p.map(summarize)));
  }, []);
  const dates = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

  const askRemove = (p: PackSummary) =>
    confirm({
      title: t('optionsRemovePackTitle', p.title),
      body: t('optionsRemovePackBody'),
      confirmLabel: t('optionsPackRemove'),
      onConfirm: () =>
        void removePack(p.id).then(() => {
          announce(t('optionsPackRemoved', p.title));
          // The button that had focus is gone; put focus somewhere a keyboard user can carry on from.
          document.getElementById('pack-file')?.focus();
        }),
    });

  return (
    <div>
      <div class="bundled">
        <span>{t('optionsBundledSummary', formatNumber(BUNDLED_DATASET.claims.length))}</span>
        <button type="button" onClick={() => downloadJson(exportBundled())}>
          {t('optionsExportBundled')}
        </button>
      </div>
      {packs.length === 0 ? (
        <p class="muted">{t('optionsPacksEmpty')}</p>
      ) : (
        <ul class="pack-list">
          {packs.map((p) => (
            <li key={p.id} class="pack" data-pack-id={p.id}>
              <h3 id={`pack-title-${p.id}`}>{p.title}</h3>
              <p class="muted">
                {t('optionsPackClaims', formatNumber(p.claimCount))}
                {' · '}
                {t('optionsPackImportedAt', dates.format(new Date(p.importedAt)))}
              </p>
              <div class="pack-actions">
                <span class="field-inline">
                  <input
                    id={`pack-enabled-${p.id}`}
                    type="checkbox"
                    checked={p.enabled}
                    aria-describedby={`pack-title-${p.id}`}
                    onChange={(e) => void setPackEnabled(p.id, e.currentTarget.checked)}
                  />
                  <label for={`pack-enabled-${p.id}`}>{t('optionsPackEnabled')}</label>
                </span>
                <button
                  type="button"
                  aria-label={t('optionsPackExportAria', p.title)}
                  onClick={() => void exportPack(p.id).then((f) => f && downloadJson(f))}
                >
                  {t('optionsPackExport')}
                </button>
                <button type="button" class="danger" aria-label={t('optionsPackRemoveAria', p.title)} onClick={() => askRemove(p)}>
                  {t('optionsPackRemove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
