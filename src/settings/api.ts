/**
 * The settings API the rest of the extension uses. Reads repair what storage holds (a broken value
 * falls back to defaults field by field), writes validate first, so no code path ever sees or stores
 * an invalid setting.
 */
import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { settingsItem } from './items';
import { repairSettings, SettingsPatchSchema } from './validate';

export async function getSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

/**
 * Applies a partial change and returns the new settings. An invalid patch throws and stores nothing;
 * the options page only sends values its controls allow, so this is a programming error, not the reader's.
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const parsed = v.safeParse(SettingsPatchSchema, patch);
  if (!parsed.success) {
    throw new Error(`invalid settings patch: ${parsed.issues.map((i) => `${v.getDotPath(i) ?? '$'}: ${i.message}`).join('; ')}`);
  }
  const next: Settings = { ...(await getSettings()), ...(parsed.output as Partial<Settings>) };
  await settingsItem.setValue(next);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  const next = { ...DEFAULT_SETTINGS };
  await settingsItem.setValue(next);
  return next;
}

/** Calls `cb` with the repaired settings after every change (from any tab or device). Returns the unwatch function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(repairSettings(value)));
}
