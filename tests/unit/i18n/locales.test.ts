/** Every message exists in every locale, non-empty, with the same placeholders as English. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES = join(ROOT, 'assets/public/_locales');

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, Message>;

const locales = readdirSync(LOCALES).filter((d) => statSync(join(LOCALES, d)).isDirectory());
const bundles = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(join(LOCALES, l, 'messages.json'), 'utf8')) as Messages]),
);
const en = bundles.en!;

/** Placeholder names a message uses ($NAME$), and the ones it defines, both lower-cased as Chrome matches them. */
function used(m: Message): string[] {
  return [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
}
function defined(m: Message): Record<string, string> {
  return Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
}

describe('locales', () => {
  it('has English and Russian', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'ru']));
  });

  for (const locale of locales) {
    it(`${locale} has exactly the English keys`, () => {
      const keys = Object.keys(bundles[locale]!);
      expect(Object.keys(en).filter((k) => !keys.includes(k)), 'missing').toEqual([]);
      expect(keys.filter((k) => !(k in en)), 'not in English').toEqual([]);
    });

    it(`${locale}: every message is non-empty and has the same placeholders as English`, () => {
      for (const [key, m] of Object.entries(bundles[locale]!)) {
        expect(m.message.trim(), key).not.toBe('');
        const base = en[key];
        if (!base) continue;
        expect(defined(m), key).toEqual(defined(base));
        expect(used(m), key).toEqual(used(base));
        // Each $NAME$ must be defined, or the browser prints it literally.
        for (const name of used(m)) expect(defined(m), `${locale}.${key} uses $${name}$`).toHaveProperty(name);
      }
    });
  }
});

