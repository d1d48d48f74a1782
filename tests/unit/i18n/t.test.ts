import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '@/src/i18n/t';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('t', () => {
  it('asks browser.i18n with the substitutions as strings', () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) => `${key}|${[subs].flat().join(',')}`);
    expect(t('optionsPackClaims', 3)).toBe('optionsPackClaims|3');
    expect(t('optionsImported', ['A pack', 'a.json'])).toBe('optionsImported|A pack,a.json');
    expect(getMessage).toHaveBeenLastCalledWith('optionsImported', ['A pack', 'a.json']);
  });

  it('shows the key, not a blank, when a message is missing', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('optionsSaved')).toBe('optionsSaved');
  });
});
