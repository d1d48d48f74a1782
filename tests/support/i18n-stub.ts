/** Serves browser.i18n from the real English locale file, so tests see the words a reader sees. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/assets/public/_locales/en/messages.json';

const messages = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** As the browser does: $NAME$ becomes its placeholder's content, and $1... the substitutions. */
function format(key: string, substitutions?: string | string[]): string {
  const m = messages[key];
  if (!m) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const named = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export function stubI18n(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(format);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en');
}
