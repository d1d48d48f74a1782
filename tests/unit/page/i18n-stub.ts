/** Serves browser.i18n from the real English locale file, so tests see the words a reader sees. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/assets/public/_locales/en/messages.json';

const messages = en as Record<string, { message: string }>;

export function stubI18n(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => messages[key]?.message ?? '');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en');
}
