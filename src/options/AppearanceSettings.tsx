import { t } from '@/src/i18n/t';
import type { HighlightStyle, Settings, Theme } from '@/src/settings/items';
import { RadioGroup } from './RadioGroup';

/**
 * Highlight style and theme. The preview paints the same two kinds of highlight the content script
 * does (mentions and claim sentences), in the chosen style, and drops the kind the reader turned off.
 */
export function AppearanceSettings({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  const styles: { value: HighlightStyle; label: string }[] = [
    { value: 'background', label: t('optionsStyleBackground') },
    { value: 'underline', label: t('optionsStyleUnderline') },
  ];
  const themes: { value: Theme; label: string }[] = [
    { value: 'system', label: t('optionsThemeSystem') },
    { value: 'light', label: t('optionsThemeLight') },
    { value: 'dark', label: t('optionsThemeDark') },
  ];
  const mentions = settings.mark !== 'claims';
  const claims = settings.mark !== 'mentions';
  return (
    <fieldset>
      <legend>{t('optionsAppearanceLegend')}</legend>
      <RadioGroup
        name="style"
        legend={t('optionsStyleLegend')}
        options={styles}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => save({ highlightStyle })}
      />
      <figure class="preview" data-style={settings.highlightStyle}>
        <figcaption>{t('optionsPreviewLabel')}</figcaption>
        <p>
          <span class={mentions ? 'preview-mention' : undefined}>{t('optionsPreviewMention')}</span>
          {'. '}
          <span class={claims ? 'preview-claim' : undefined}>{t('optionsPreviewClaim')}</span>
        </p>
      </figure>
      <RadioGroup name="theme" legend={t('optionsThemeLegend')} options={themes} value={settings.theme} onChange={(theme) => save({ theme })} />
    </fieldset>
  );
}
