/**
 * The bundled set and each imported pack, with its claim count, switch, export and remove; and each
 * stored pack that failed to load, with its errors and a remove button (it is never used). Pack
 * strings sit in <bdi>, so a title in any direction cannot reorder the text around it. A write that
 * fails (a full storage area) is announced.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t, uiLanguage } from '@/src/i18n/t';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { exportBundled, exportPack, getStoredPacks, removeDamagedPack, removePack, setPackEnabled, summarize, watchStoredPacks } from '@/src/packs/store';
import type { DamagedPack, PackSummary, StoredPacks } from '@/src/packs/types';
import type { ConfirmRequest } from './ConfirmDialog';
import { downloadJson } from './download';
import { ErrorList } from './ErrorList';
import { isolate } from './pack-errors';
import { writeFailedMessage, type Announce } from './save';

function formatDate(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  // The stored value was checked as it was read; this only keeps a bad one from taking the list down.
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

export function PackList({ announce, confirm }: { announce: Announce; confirm: (r: ConfirmRequest) => void }) {
  const [stored, setStored] = useState<StoredPacks>({ packs: [], damaged: [] });
  useEffect(() => {
    void getStoredPacks().then(setStored);
    return watchStoredPacks(setStored);
  }, []);
  const dates = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  const packs = stored.packs.map(summarize);
  const writeFailed = (e: unknown) => announce(writeFailedMessage(e));

  const askRemove = (title: string, remove: () => Promise<void>) =>
    confirm({
      title: t('optionsRemovePackTitle', isolate(title)),
      body: t('optionsRemovePackBody'),
      confirmLabel: t('optionsPackRemove'),
      onConfirm: () =>
        void remove().then(() => {
          announce(t('optionsPackRemoved', isolate(title)));
          // The button that had focus is gone; put focus somewhere a keyboard user can carry on from.
          document.getElementById('pack-file')?.focus();
        }, writeFailed),
    });

  return (
    <div>
      <div class="bundled">
        <span>{t('optionsBundledSummary', formatNumber(BUNDLED_DATASET.claims.length))}</span>
        <button type="button" onClick={() => downloadJson(exportBundled())}>
          {t('optionsExportBundled')}
        </button>
      </div>
      {packs.length === 0 && stored.damaged.length === 0 ? (
        <p class="muted">{t('optionsPacksEmpty')}</p>
      ) : (
        <ul class="pack-list">
          {packs.map((p) => (
            <PackItem
              key={p.id}
              pack={p}
              date={formatDate(dates, p.importedAt)}
              onToggle={(enabled) => void setPackEnabled(p.id, enabled).catch(writeFailed)}
              onExport={() => void exportPack(p.id).then((f) => f && downloadJson(f))}
              onRemove={() => askRemove(p.title, () => removePack(p.id))}
            />
          ))}
          {stored.damaged.map((d) => (
            <DamagedItem key={`damaged-${d.index}`} pack={d} onRemove={(title) => askRemove(title, () => removeDamagedPack(d.index, d.id))} />
          ))}
        </ul>
      )}
    </div>
  );
}

interface PackItemProps {
  pack: PackSummary;
  date: string;
  onToggle: (enabled: boolean) => void;
  onExport: () => void;
  onRemove: () => void;
}

function PackItem({ pack: p, date, onToggle, onExport, onRemove }: PackItemProps) {
  return (
    <li class="pack" data-pack-id={p.id}>
      <h3 id={`pack-title-${p.id}`}>
        <bdi>{p.title}</bdi>
      </h3>
      <p class="muted">
        {t('optionsPackClaims', formatNumber(p.claimCount))}
        {' · '}
        {t('optionsPackImportedAt', date)}
      </p>
      <div class="pack-actions">
        <span class="field-inline">
          <input
            id={`pack-enabled-${p.id}`}
            type="checkbox"
            checked={p.enabled}
            aria-describedby={`pack-title-${p.id}`}
            onChange={(e) => onToggle(e.currentTarget.checked)}
          />
          <label for={`pack-enabled-${p.id}`}>{t('optionsPackEnabled')}</label>
        </span>
        <button type="button" aria-label={t('optionsPackExportAria', p.title)} onClick={onExport}>
          {t('optionsPackExport')}
        </button>
        <button type="button" class="danger" aria-label={t('optionsPackRemoveAria', p.title)} onClick={onRemove}>
          {t('optionsPackRemove')}
        </button>
      </div>
    </li>
  );
}

function DamagedItem({ pack: d, onRemove }: { pack: DamagedPack; onRemove: (title: string) => void }) {
  const title = d.title ?? d.id ?? t('optionsPackUnnamed');
  return (
    <li class="pack damaged" data-damaged-index={d.index}>
      <h3>
        <bdi>{title}</bdi>
      </h3>
      <p class="error">{t('optionsPackDamaged')}</p>
      <ErrorList errors={d.errors} more={d.more} />
      <div class="pack-actions">
        <button type="button" class="danger" aria-label={t('optionsPackRemoveAria', title)} onClick={() => onRemove(title)}>
          {t('optionsPackRemove')}
        </button>
      </div>
    </li>
  );
}
