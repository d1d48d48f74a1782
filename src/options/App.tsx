/**
 * The options page. No Save button: each control writes its setting at once, and open tabs apply it
 * through their storage watchers.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { resetSettings } from '@/src/settings/api';
import { settingsItem } from '@/src/settings/items';
import { invalidSettingKeys } from '@/src/settings/validate';
import { AnnotationSettings } from './AnnotationSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog';
import { PackImport } from './PackImport';
import { PackList } from './PackList';
import { saver, writeFailedMessage } from './save';
import { SiteLists } from './SiteLists';
import { applyTheme } from './theme';
import { useSettings } from './use-settings';

export function App() {
  const settings = useSettings();
  const [status, setStatus] = useState('');
  const [repaired, setRepaired] = useState<string[]>([]);
  const [confirmRequest, setConfirmRequest] = useState<ConfirmRequest>();

  useEffect(() => {
    // Say so when a stored setting was broken and is being shown with its default (principle 4).
    void settingsItem.getValue().then((raw) => setRepaired(invalidSettingKeys(raw)));
  }, []);
  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  if (!settings) return null;
  const save = saver(setStatus, t('optionsSaved'));

  return (
    <main>
      <header>
        <h1>{t('optionsPageTitle')}</h1>
        <p>{t('optionsIntro')}</p>
        {repaired.length > 0 && <p class="notice">{t('optionsRepaired', repaired.join(', '))}</p>}
      </header>

      <section>
        <AnnotationSettings settings={settings} save={save} />
        <AppearanceSettings settings={settings} save={save} />
      </section>

      <SiteLists announce={setStatus} />

      <section aria-labelledby="packs-heading">
        <h2 id="packs-heading">{t('optionsPacksHeading')}</h2>
        <p class="hint">{t('optionsPacksIntro')}</p>
        <PackImport announce={setStatus} />
        <PackList announce={setStatus} confirm={setConfirmRequest} />
      </section>

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t('optionsResetHeading')}</h2>
        <button
          type="button"
          class="danger"
          onClick={() =>
            setConfirmRequest({
              title: t('optionsResetTitle'),
              body: t('optionsResetBody'),
              confirmLabel: t('optionsResetConfirm'),
              onConfirm: () =>
                void resetSettings().then(
                  () => setStatus(t('optionsResetDone')),
                  (e: unknown) => setStatus(writeFailedMessage(e)),
                ),
            })
          }
        >
          {t('optionsResetButton')}
        </button>
      </section>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <ConfirmDialog request={confirmRequest} onDone={() => setConfirmRequest(undefined)} />
    </main>
  );
}
