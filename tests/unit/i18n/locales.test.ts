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

/** The languages the readers of this conflict's news read; Arabic, Persian and Urdu right to left. */
const LANGUAGES = ['en', 'ru', 'tr', 'az', 'hy', 'ur', 'ar', 'fa', 'fr', 'de', 'es', 'hi'];

/** Words no language translates: the product's name, formats, protocols, key names, a file suffix. */
const UNTRANSLATED = /Karabakh Context|ClaimReview|JSON-LD|CSL-JSON|JSON|Markdown|HTML|https|script:|data:|\.json|Enter|Escape|\bMB\b|\bms\b|\bID\b/g;

/**
 * Messages that are spelt as in English because that is the word in the language too, each
 * checked by hand (French "Confirmation", German "Person").
 */
const SAME_WORD: Readonly<Record<string, readonly string[]>> = {
  fr: ['optionsAnnotationLegend', 'cardKind_confirmation', 'cardKind_accusation', 'popupHit_organisation', 'optionsSitesHeading'],
  de: ['popupHit_person', 'popupHit_organisation'],
};

/** Scripts other than Latin: any Latin word left in them is English nobody translated. */
const NON_LATIN = new Set(['ru', 'hy', 'ur', 'ar', 'fa', 'hi']);

const fixedText = (message: string) => message.replace(/\$[A-Za-z0-9_@]+\$/g, ' ').replace(UNTRANSLATED, ' ');

describe('locales', () => {
  it('has the twelve languages, and nothing else', () => {
    expect([...locales].sort()).toEqual([...LANGUAGES].sort());
  });

  it('names its own language in messagesLocale (pages take lang, direction and formats from it)', () => {
    for (const locale of locales) expect(bundles[locale]!.messagesLocale?.message, locale).toBe(locale);
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

    if (locale === 'en') continue;
    it(`${locale}: no message is left in English`, () => {
      const english = Object.entries(bundles[locale]!)
        .filter(([key, m]) => m.message === en[key]?.message && /\p{L}/u.test(fixedText(m.message)))
        .map(([key]) => key)
        .filter((key) => !SAME_WORD[locale]?.includes(key));
      expect(english).toEqual([]);
      if (NON_LATIN.has(locale)) {
        const latin = Object.entries(bundles[locale]!)
          .filter(([key, m]) => key !== 'messagesLocale' && /[A-Za-z]{2,}/.test(fixedText(m.message)))
          .map(([key, m]) => `${key}: ${m.message}`);
        expect(latin).toEqual([]);
      }
    });
  }
});

