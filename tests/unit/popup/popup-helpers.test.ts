import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/src/search';
import { siteStatus } from '@/src/popup/site-status';
import { SUGGESTED_SEARCHES, suggestions } from '@/src/popup/suggestions';
import { loadedTermIn } from '@/src/data/wording';
import { tabIdFromSearch, webHost } from '@/src/popup/target-tab';
import { DATASET, NAMES } from '../../support/search-fixture';

describe('popup target tab', () => {
  it('reads an explicit tab id and nothing else', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('')).toBeUndefined();
    expect(tabIdFromSearch('?tab=abc')).toBeUndefined();
    expect(tabIdFromSearch('?tab=-1')).toBeUndefined();
  });
  it('names web sites without www and ignores other pages', () => {
    expect(webHost('https://www.Dawn.com/news/1')).toBe('dawn.com');
    expect(webHost('chrome://extensions')).toBeUndefined();
    expect(webHost(undefined)).toBeUndefined();
  });
});

describe('site status', () => {
  const base = { hasTab: true, webPage: true, host: 'dawn.com', paused: [] as string[], enabled: true };
  it("reports the content script's state", () => {
    expect(siteStatus({ ...base, pageStatus: 'annotating' })).toBe('annotating');
    expect(siteStatus({ ...base, pageStatus: 'no-topic' })).toBe('no-topic');
    expect(siteStatus({ ...base, pageStatus: 'not-permitted' })).toBe('not-permitted');
  });
  it("shows the reader's pause at once, and off when switched off", () => {
    expect(siteStatus({ ...base, pageStatus: 'annotating', paused: ['dawn.com'] })).toBe('paused');
    expect(siteStatus({ ...base, host: 'www.dawn.com', pageStatus: 'annotating', paused: ['dawn.com'] })).toBe('paused');
    expect(siteStatus({ ...base, pageStatus: 'annotating', enabled: false })).toBe('off');
  });
  it('has nothing to say about a tab that is not a web page', () => {
    expect(siteStatus({ ...base, webPage: false, host: undefined, pageStatus: 'not-permitted' })).toBe('no-page');
    expect(siteStatus({ ...base, hasTab: false, pageStatus: undefined })).toBe('no-page');
  });
  it('calls a page without our script "not permitted" even when the browser hides its address', () => {
    expect(siteStatus({ ...base, webPage: undefined, host: undefined, pageStatus: 'not-permitted' })).toBe('not-permitted');
  });
});

describe('suggested searches', () => {
  it('offers only searches that find something in the datasets', () => {
    const got = suggestions(buildSearchIndex([DATASET], NAMES));
    expect(got).toContain('Pakistani troops');
    expect(got).toContain('Khankendi');
    expect(got).not.toContain('“ethnic cleansing”');
    expect(suggestions(buildSearchIndex([], NAMES))).toEqual([]);
  });

  it('quotes any term that takes a side, as the dataset does', () => {
    expect(SUGGESTED_SEARCHES.filter((q) => loadedTermIn(q) !== undefined)).toEqual([]);
    expect(SUGGESTED_SEARCHES).toContain('“ethnic cleansing”');
  });
});
