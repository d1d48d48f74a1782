/** Serves browser.i18n from the real English locale file, so tests see the words a reader sees. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/assets/public/_locales/en/messages.json';

const messages = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** As the browser does it: $NAME$ becomes its placeholder's content, where $1 is the first substitution. */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const m = messages[key];
  if (!m) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const placeholders = Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders[name.toLowerCase()];
    return content === undefined ? whole : content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

export function stubI18n(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => englishMessage(key, subs));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en');
}
