/**
 * The lexicons against the dictionaries: every inflected form hunspell makes of a lexicon's words
 * maps to that word's concept, no form of one concept is read as another's, and the dictionary
 * words near the stems (and an even sample of each dictionary) are read as they were when the
 * fixtures were generated and reviewed (scripts/gen-lexicon-forms.ts; tests/fixtures/lexicon-forms/).
 * Azerbaijani and Urdu have no hunspell dictionary: their forms and common words are written by hand
 * in their modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLookupTables, conceptOf, LEXICONS } from '@/src/core/lexicon';
import { foldString } from '@/src/core/normalize';
import { azCommonWords, azHandForms } from '@/src/core/lexicon/az';
import { urCommonWords, urHandForms } from '@/src/core/lexicon/ur';

const DIR = join(import.meta.dirname, '../../fixtures/lexicon-forms');
const CONCEPT_IDS = new Set(LEXICONS.flatMap((l) => Object.keys(l.forms)));
/** The lexicon concept a word is read as (a word the lexicons do not know is its own concept: null here). */
const read = (word: string): string | null => {
  const c = conceptOf(foldString(word));
  return c && CONCEPT_IDS.has(c.id) ? c.id : null;
};

interface Fixture {
  source: string;
  forms: Record<string, string[]>;
  others: Record<string, string | null>;
}

/**
 * Spellings two languages share, each word of one and the other: the lexicons read them one way,
 * and a form of the other language's word with that spelling is not checked.
 */
const SHARED_SPELLINGS: Record<string, string> = {
  respecta: 'Spanish "respecta" (en lo que respecta: as regards) and French "respecta" (respected, past historic)',
  haber: 'Spanish "haber" (to have, a function word) and Turkish "haber" (news); its other forms (haberi, haberler) are news',
};

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture] as const);

describe('lexicon forms from the hunspell dictionaries', () => {
  it('has a fixture for every language with a Debian dictionary', () => {
    expect(fixtures.map(([lang]) => lang).sort()).toEqual(['ar', 'de', 'es', 'fa', 'fr', 'hi', 'hy', 'ru', 'tr']);
  });

  for (const [lang, fx] of fixtures) {
    it(`${lang}: every form of a concept's words maps to that concept (${fx.source})`, () => {
      const wrong: string[] = [];
      let n = 0;
      for (const [concept, forms] of Object.entries(fx.forms)) {
        for (const f of forms) {
          if (foldString(f) in SHARED_SPELLINGS) continue;
          n++;
          const got = read(f);
          if (got !== concept) wrong.push(`${f}: ${concept} read as ${got}`);
        }
      }
      expect(n).toBeGreaterThan(80);
      expect(wrong).toEqual([]);
    });

    it(`${lang}: dictionary words near the stems are read as reviewed`, () => {
      const changed = Object.entries(fx.others)
        .map(([w, concept]) => [w, concept, read(w)] as const)
        .filter(([, concept, got]) => got !== concept)
        .map(([w, concept, got]) => `${w}: ${concept} -> ${got}`);
      expect(changed).toEqual([]);
    });
  }
});

describe('lexicon forms written by hand (no hunspell dictionary)', () => {
  for (const [lang, forms, common] of [
    ['az', azHandForms, azCommonWords],
    ['ur', urHandForms, urCommonWords],
  ] as const) {
    it(`${lang}: every hand-written form maps to its concept`, () => {
      const wrong = Object.entries(forms).flatMap(([concept, list]) =>
        (list ?? []).flatMap((f) => f.split(' ').slice(0, 1)).filter((f) => read(f) !== concept).map((f) => `${f}: ${concept} read as ${read(f)}`),
      );
      expect(wrong).toEqual([]);
    });

    it(`${lang}: common words map to no concept`, () => {
      expect(common.filter((w) => read(w) !== null).map((w) => `${w}: ${read(w)}`)).toEqual([]);
    });
  }
});

describe('the lexicons together', () => {
  it('give no form to two concepts', () => {
    expect(buildLookupTables(LEXICONS).collisions).toEqual([]);
  });

  it("read every language's exact forms as their own concept (no other language's stem takes them)", () => {
    const wrong: string[] = [];
    for (const lex of LEXICONS) {
      for (const [concept, forms] of Object.entries(lex.forms)) {
        for (const f of forms ?? []) {
          if (f.includes('*') || f.startsWith('!')) continue;
          const got = read(f);
          if (got !== concept) wrong.push(`${lex.lang} ${f}: ${concept} read as ${got}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keep function words out of every concept', () => {
    for (const lex of LEXICONS) {
      for (const w of lex.stop) expect(conceptOf(foldString(w)), `${lex.lang} ${w}`).toBeNull();
    }
  });
});

describe('the README', () => {
  it("lists each language's lexicon size as the lexicons have it", () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    for (const lex of LEXICONS) {
      const forms = Object.values(lex.forms).flat().filter((f): f is string => !!f && !f.startsWith('!'));
      const stems = forms.filter((f) => f.endsWith('*') || f.startsWith('*')).length;
      const pairs = Object.values(lex.pairs ?? {}).flat().length;
      const row = new RegExp(`^\\| [^|]+ \\(${lex.lang}\\) \\| (\\d+) \\| (\\d+) \\| (\\d+) of \\d+ \\| (\\d+) \\|`, 'm').exec(readme);
      expect(row, `README row for ${lex.lang}`).not.toBeNull();
      expect(row!.slice(1, 5).map(Number), lex.lang).toEqual([forms.length + pairs, stems, Object.keys(lex.forms).length, lex.stop.length]);
    }
  });
});
