/**
 * The reader's settings, as WXT storage items with versions and migrations. Everything that reads or
 * writes a setting goes through these items (or the small API in ./api.ts, which also repairs what it
 * reads); `watch()` on them is how open tabs apply a change live.
 *
 * Versions:
 * - settings v2: v1 wrote whatever it was given; v2 stores only valid values, so the migration repairs
 *   the stored object field by field (bad fields take their default, good ones stay).
 * - addedSites/pausedSites v2: v1 kept the text as typed ("https://www.dawn.com/x"); v2 keeps bare,
 *   lower-case hostnames without "www.", which is what the content script compares against.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { repairSettings } from './validate';
import { normalizeHostList } from './hosts';

export { DEFAULT_SETTINGS } from './defaults';
export type { HighlightStyle, MarkWhat, Settings, Theme } from './defaults';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 2,
  migrations: { 2: (v1: unknown) => repairSettings(v1) },
});

/** Sites outside the default list that the reader chose to run on (hostnames). */
export const addedSitesItem = storage.defineItem<string[]>('sync:addedSites', {
  fallback: [],
  version: 2,
  migrations: { 2: (v1: unknown) => normalizeHostList(v1) },
});

/** Sites where the reader paused annotation (hostnames). */
export const pausedSitesItem = storage.defineItem<string[]>('sync:pausedSites', {
  fallback: [],
  version: 2,
  migrations: { 2: (v1: unknown) => normalizeHostList(v1) },
});
