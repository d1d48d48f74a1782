/**
 * The reader's settings, as WXT storage items with versions and migrations. Everything that reads or
 * writes a setting goes through these items; `watch()` on them is how open tabs apply a change live.
 */
import { storage } from 'wxt/utils/storage';

export type MarkWhat = 'both' | 'mentions' | 'claims';
export type HighlightStyle = 'background' | 'underline';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  enabled: boolean;
  mark: MarkWhat;
  /** 0 (only near-verbatim repeats) to 1 (loose paraphrases). */
  sensitivity: number;
  /** Milliseconds the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  mark: 'both',
  sensitivity: 0.5,
  hoverDelayMs: 300,
  highlightStyle: 'background',
  theme: 'system',
});

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

/** Sites outside the default list that the reader chose to run on (hostnames). */
export const addedSitesItem = storage.defineItem<string[]>('sync:addedSites', {
  fallback: [],
  version: 1,
});

/** Sites where the reader paused annotation (hostnames). */
export const pausedSitesItem = storage.defineItem<string[]>('sync:pausedSites', {
  fallback: [],
  version: 1,
});
