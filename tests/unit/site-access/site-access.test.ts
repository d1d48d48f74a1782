import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addedSitesItem } from '@/src/settings/items';
import { injectIntoActiveTab, runOnSite, syncRegisteredSites } from '@/src/site-access';

type Script = { id: string; matches?: string[]; js?: string[]; css?: string[] };

let registered: Script[];
let granted: string[];
let grantAnswer: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  registered = [];
  granted = [];
  grantAnswer = true;
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: [] }));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
    if (grantAnswer) granted.push(...(p.origins ?? []));
    return grantAnswer;
  });
  const scripting = fakeBrowser.scripting;
  vi.spyOn(scripting, 'getRegisteredContentScripts').mockImplementation(async (f) =>
    registered.filter((s) => !f?.ids || f.ids.includes(s.id)) as never,
  );
  vi.spyOn(scripting, 'registerContentScripts').mockImplementation(async (list) => {
    registered.push(...(list as Script[]));
  });
  vi.spyOn(scripting, 'updateContentScripts').mockImplementation(async (list) => {
    for (const s of list as Script[]) registered = registered.map((r) => (r.id === s.id ? { ...r, ...s } : r));
  });
  vi.spyOn(scripting, 'unregisterContentScripts').mockImplementation(async (f) => {
    registered = registered.filter((s) => !f?.ids?.includes(s.id));
  });
});

describe('syncRegisteredSites', () => {
  it('registers the content script for added sites with a granted permission only', async () => {
    await addedSitesItem.setValue(['example.org', 'refused.net']);
    granted = ['*://*.example.org/*'];
    await syncRegisteredSites();
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({
      matches: ['*://*.example.org/*'],
      js: ['content-scripts/news.js'],
      css: ['content-scripts/news.css'],
    });
  });

  it('updates the one registration as sites come, and removes it when none is left', async () => {
    await addedSitesItem.setValue(['example.org']);
    granted = ['*://*.example.org/*', '*://*.other.net/*'];
    await syncRegisteredSites();
    await addedSitesItem.setValue(['example.org', 'other.net']);
    await syncRegisteredSites();
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches).toEqual(['*://*.example.org/*', '*://*.other.net/*']);
    granted = [];
    await syncRegisteredSites();
    expect(registered).toEqual([]);
  });
});

describe('runOnSite', () => {
  it('asks for the permission at once (inside the click), stores the site and registers it when granted', async () => {
    const pending = runOnSite('example.org', undefined);
    // Synchronously, before any await: the prompt needs the reader's gesture.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://*.example.org/*'] });
    expect(await pending).toBe(true);
    expect(await addedSitesItem.getValue()).toEqual(['example.org']);
    expect(registered[0]?.matches).toEqual(['*://*.example.org/*']);
  });

  it('forgets the site when the reader refuses', async () => {
    grantAnswer = false;
    expect(await runOnSite('example.org', undefined)).toBe(false);
    expect(await addedSitesItem.getValue()).toEqual([]);
    expect(registered).toEqual([]);
  });
});

describe('injectIntoActiveTab', () => {
  it('injects the script and its styles into a tab without it, and leaves a tab that has it alone', async () => {
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const css = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await injectIntoActiveTab(7);
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/news.js'] });
    expect(css).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['content-scripts/news.css'] });

    exec.mockClear();
    send.mockResolvedValue({ status: 'annotating', matches: [], mentions: 3 });
    await injectIntoActiveTab(7);
    expect(exec).not.toHaveBeenCalled();
  });
});
