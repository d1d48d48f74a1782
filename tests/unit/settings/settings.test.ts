import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/src/settings/items';
import { getSettings, resetSettings, updateSettings, watchSettings } from '@/src/settings/api';
import { invalidSettingKeys, repairSettings } from '@/src/settings/validate';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings API', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores a patch and keeps the other fields', async () => {
    await updateSettings({ mark: 'claims', hoverDelayMs: 800 });
    await updateSettings({ theme: 'dark' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, mark: 'claims', hoverDelayMs: 800, theme: 'dark' });
  });

  it('rejects an invalid patch and stores nothing', async () => {
    await updateSettings({ sensitivity: 0.7 });
    await expect(updateSettings({ sensitivity: 3 })).rejects.toThrow(/sensitivity/);
    await expect(updateSettings({ mark: 'everything' as never })).rejects.toThrow(/mark/);
    await expect(updateSettings({ colour: 'red' } as never)).rejects.toThrow();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 0.7 });
  });

  it('resets to the defaults', async () => {
    await updateSettings({ enabled: false, highlightStyle: 'underline' });
    await resetSettings();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about every change, repaired', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await updateSettings({ enabled: false });
    // Another device (or an old version) writes a broken object straight into storage.
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'yes', theme: 'dark' } });
    unwatch();
    await updateSettings({ enabled: true });
    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, enabled: false },
      { ...DEFAULT_SETTINGS, theme: 'dark' },
    ]);
  });
});

describe('repair of a broken stored value', () => {
  it('replaces only the invalid fields and drops unknown keys', async () => {
    const broken = { enabled: false, mark: 'all', sensitivity: Number.NaN, hoverDelayMs: 450, highlightStyle: 7, theme: 'light', extra: 1 };
    await fakeBrowser.storage.sync.set({ settings: broken });
    expect(await getSettings()).toEqual({
      enabled: false,
      mark: DEFAULT_SETTINGS.mark,
      sensitivity: DEFAULT_SETTINGS.sensitivity,
      hoverDelayMs: 450,
      highlightStyle: DEFAULT_SETTINGS.highlightStyle,
      theme: 'light',
    });
    expect(invalidSettingKeys(broken)).toEqual(['mark', 'sensitivity', 'highlightStyle']);
  });

  it('treats a value that is not an object as all defaults', () => {
    for (const raw of [null, 'dark', 42, ['a'], undefined]) expect(repairSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps values at the edges of their ranges and rejects what is past them', () => {
    expect(repairSettings({ sensitivity: 0, hoverDelayMs: 2000 })).toMatchObject({ sensitivity: 0, hoverDelayMs: 2000 });
    expect(repairSettings({ sensitivity: -0.1, hoverDelayMs: 2001 })).toMatchObject({
      sensitivity: DEFAULT_SETTINGS.sensitivity,
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
    });
    expect(repairSettings({ hoverDelayMs: 12.5 }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });
});

describe('migrations', () => {
  // WXT runs an item's migrations when the item is defined, so each test seeds storage as the old
  // version left it, then loads the module afresh.
  async function freshItems() {
    vi.resetModules();
    return import('@/src/settings/items');
  }

  it('settings v1 → v2 repairs the stored object field by field and records v2', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, mark: 'sentences', hoverDelayMs: 600, theme: 'dark', old: true } });
    const items = await freshItems();
    expect(await items.settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 600, theme: 'dark' });
    expect(await items.settingsItem.getMeta()).toMatchObject({ v: 2 });
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect(raw.settings).not.toHaveProperty('old');
  });

  it('site lists v1 → v2 keep hostnames, normalised and without duplicates', async () => {
    await fakeBrowser.storage.sync.set({
      addedSites: ['https://www.Example.org/news/1', 'example.org', 'not a site', 17, 'blog.example.net.'],
      pausedSites: 'dawn.com',
    });
    const items = await freshItems();
    expect(await items.addedSitesItem.getValue()).toEqual(['example.org', 'blog.example.net']);
    expect(await items.pausedSitesItem.getValue()).toEqual([]);
    expect(await items.addedSitesItem.getMeta()).toMatchObject({ v: 2 });
  });

  it('leaves a value already at v2 alone', async () => {
    const stored = { ...DEFAULT_SETTINGS, theme: 'light' };
    await fakeBrowser.storage.sync.set({ settings: stored, settings$: { v: 2 } });
    const items = await freshItems();
    expect(await items.settingsItem.getValue()).toEqual(stored);
  });
});
