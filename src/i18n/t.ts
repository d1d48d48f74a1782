/**
 * Every UI string comes from _locales through browser.i18n, so the browser's language picks it and
 * no string is compiled into the code. Keys are typed from the English file: a misspelt key fails tsc.
 */
import { browser } from 'wxt/browser';
import type en from '@/assets/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitutions?: string | number | (string | number)[]): string {
  const subs = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  // An empty answer means a key missing from the bundle; showing the key makes that visible, not blank.
  return browser.i18n.getMessage(key, subs) || key;
}

/** The language the browser UI is in, for `lang` attributes and date formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** 'rtl' for Arabic, Persian, Urdu and the like; the page sets its `dir` from it. */
export function uiDirection(): 'ltr' | 'rtl' {
  try {
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** A number in the reader's language (its digits and separators). */
export function formatNumber(n: number): string {
  try {
    return new Intl.NumberFormat(uiLanguage()).format(n);
  } catch {
    return String(n);
  }
}
