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

/**
 * The language of the messages shown, for `lang` attributes, direction and date and number formats:
 * the browser's own language when the extension speaks it (so "en-GB" keeps British dates), else the
 * language the browser fell back to (messagesLocale, which each locale's file names).
 */
export function uiLanguage(): string {
  try {
    const messages = browser.i18n.getMessage('messagesLocale') || 'en';
    const ui = browser.i18n.getUILanguage() || messages;
    return primary(ui) === primary(messages) ? ui : messages;
  } catch {
    return 'en';
  }
}

/** Languages written right to left, by primary subtag. */
const RTL = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/**
 * 'rtl' when the messages shown are Arabic, Persian or Urdu. Not @@bidi_dir: that follows the
 * browser's interface, which can be right to left while our messages fell back to English (or the
 * other way round in a browser started with --lang=ar whose own interface stayed English).
 */
export function uiDirection(): 'ltr' | 'rtl' {
  return RTL.has(primary(uiLanguage())) ? 'rtl' : 'ltr';
}

function primary(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/** A number in the reader's language (its digits and separators). */
export function formatNumber(n: number): string {
  try {
    return new Intl.NumberFormat(uiLanguage()).format(n);
  } catch {
    return String(n);
  }
}
