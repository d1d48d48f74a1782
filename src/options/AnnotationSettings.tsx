import { formatNumber, t, type MessageKey } from '@/src/i18n/t';
import type { MarkWhat, Settings } from '@/src/settings/items';
import { HOVER_DELAY_RANGE, SENSITIVITY_RANGE } from '@/src/settings/validate';
import { RadioGroup } from './RadioGroup';
import { RangeField } from './RangeField';

const MARK_OPTIONS: { value: MarkWhat; label: MessageKey }[] = [
  { value: 'both', label: 'optionsMarkBoth' },
  { value: 'mentions', label: 'optionsMarkMentions' },
  { value: 'claims', label: 'optionsMarkClaims' },
];

export function AnnotationSettings({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  return (
    <fieldset>
      <legend>{t('optionsAnnotationLegend')}</legend>
      <div class="field">
        <input
          id="opt-enabled"
          type="checkbox"
          checked={settings.enabled}
          aria-describedby="opt-enabled-hint"
          onChange={(e) => save({ enabled: e.currentTarget.checked })}
        />
        <label for="opt-enabled">{t('optionsEnabledLabel')}</label>
        <p id="opt-enabled-hint" class="hint">
          {t('optionsEnabledHint')}
        </p>
      </div>
      <RadioGroup
        name="mark"
        legend={t('optionsMarkLegend')}
        options={MARK_OPTIONS.map((o) => ({ value: o.value, label: t(o.label) }))}
        value={settings.mark}
        onChange={(mark) => save({ mark })}
      />
      <RangeField
        id="opt-sensitivity"
        label={t('optionsSensitivityLabel')}
        hint={t('optionsSensitivityHint')}
        range={SENSITIVITY_RANGE}
        value={settings.sensitivity}
        format={(v) => t('optionsSensitivityValue', formatNumber(Math.round(v * 100)))}
        onCommit={(sensitivity) => save({ sensitivity })}
      />
      <RangeField
        id="opt-hover-delay"
        label={t('optionsHoverDelayLabel')}
        range={HOVER_DELAY_RANGE}
        value={settings.hoverDelayMs}
        format={(v) => t('optionsMilliseconds', formatNumber(v))}
        onCommit={(hoverDelayMs) => save({ hoverDelayMs })}
      />
    </fieldset>
  );
}
