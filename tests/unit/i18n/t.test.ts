import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatNumber, t, uiDirection, uiLanguage } from '@/src/i18n/t';

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

describe('the language and direction shown', () => {
  const browserIn = (ui: string, messagesLocale: string) => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(ui);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => (key === 'messagesLocale' ? messagesLocale : ''));
  };

  it("follow the messages shown: the browser's own tag when they are its language, else theirs", () => {
    browserIn('en-GB', 'en');
    expect([uiLanguage(), uiDirection()]).toEqual(['en-GB', 'ltr']);
    browserIn('ar-EG', 'ar');
    expect([uiLanguage(), uiDirection()]).toEqual(['ar-EG', 'rtl']);
    // A browser in Pashto gets our English messages, laid out left to right, not a right-to-left English page.
    browserIn('ps', 'en');
    expect([uiLanguage(), uiDirection()]).toEqual(['en', 'ltr']);
  });

  it('is right to left for Arabic, Persian and Urdu, left to right for the others', () => {
    for (const lang of ['ar', 'fa', 'ur']) {
      browserIn(lang, lang);
      expect(uiDirection(), lang).toBe('rtl');
    }
    for (const lang of ['en', 'ru', 'tr', 'az', 'hy', 'fr', 'de', 'es', 'hi']) {
      browserIn(lang, lang);
      expect(uiDirection(), lang).toBe('ltr');
    }
  });

  it('writes numbers in the language shown', () => {
    browserIn('fa', 'fa');
    expect(formatNumber(1234)).toBe('۱٬۲۳۴');
    browserIn('de', 'de');
    expect(formatNumber(1234)).toBe('1.234');
  });
});
