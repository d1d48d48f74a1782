/**
 * UI strings for the card, from the extension's locale files. A missing key shows the key itself
 * rather than an empty label, so a gap is visible instead of silent.
 */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    // Keys are built at run time (e.g. per response kind), so the generated key union does not apply.
    const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
    return getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
