/**
 * What a valid setting is, and how a stored value that is not valid is repaired. Settings live in sync
 * storage, so a value can come from an older version, another device or a hand edit; one bad field
 * must never cost the reader the others (principle 4), so repair goes field by field.
 */
import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Settings } from './defaults';

export const SENSITIVITY_RANGE = { min: 0, max: 1, step: 0.05 } as const;
export const HOVER_DELAY_RANGE = { min: 0, max: 2000, step: 50 } as const;

const SETTING_SCHEMAS = {
  enabled: v.boolean(),
  mark: v.picklist(['both', 'mentions', 'claims']),
  sensitivity: v.pipe(v.number(), v.finite(), v.minValue(SENSITIVITY_RANGE.min), v.maxValue(SENSITIVITY_RANGE.max)),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_RANGE.min), v.maxValue(HOVER_DELAY_RANGE.max)),
  highlightStyle: v.picklist(['background', 'underline']),
  theme: v.picklist(['system', 'light', 'dark']),
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

const SettingsSchema = v.strictObject(SETTING_SCHEMAS);
export const SettingsPatchSchema = v.partial(SettingsSchema);

const KEYS = Object.keys(SETTING_SCHEMAS) as (keyof Settings)[];

/** Keeps every valid field of `raw`, puts the default in place of each missing or invalid one, drops unknown keys. */
export function repairSettings(raw: unknown): Settings {
  const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const out = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  for (const key of KEYS) {
    const parsed = v.safeParse(SETTING_SCHEMAS[key], source[key]);
    if (parsed.success) out[key] = parsed.output;
  }
  return out as Settings;
}

/** The fields of `raw` that repair would replace: for a note to the reader, and for tests. */
export function invalidSettingKeys(raw: unknown): (keyof Settings)[] {
  const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return KEYS.filter((key) => key in source && !v.safeParse(SETTING_SCHEMAS[key], source[key]).success);
}
