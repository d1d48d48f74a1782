import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from '@/src/core/mentions';
import { NAMES } from '@/src/core/names';
import { QUICK_PATTERN } from '@/src/core/quick-pattern';
import { HIDDEN, mayMention, NOT_PLAIN, UNUSUAL } from '@/src/core/quick-test';
import { FRAGMENT_LENGTH } from '@/src/core/name-forms';
import { fillerText } from '../../support/synthetic-claims';
import { loadLabelled } from '../../eval/evaluate';

const CYRILLIC_LOOKALIKE: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', K: 'К', A: 'А', H: 'Н', M: 'М', T: 'Т', B: 'В' };
const LATIN_LOOKALIKE: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', К: 'K', А: 'A', Н: 'H' };

/** A spelling as pages may disguise it: look-alike letters, fullwidth or mathematical forms, hidden marks. */
function disguises(spelling: string): string[] {
  const out = [
    spelling.replace(/[aeopcxyiKAHMTB]/, (c) => CYRILLIC_LOOKALIKE[c]!),
    spelling.replace(/[aeopcxyiKAHMTB]/g, (c) => CYRILLIC_LOOKALIKE[c]!),
    spelling.replace(/[аеорсхуКАН]/, (c) => LATIN_LOOKALIKE[c]!),
    [...spelling].join('\u200b'),
    `\u2067${spelling}\u2069`,
    spelling.normalize('NFD'),
    spelling.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    spelling.replace(/[A-Za-z]/g, (c) => String.fromCodePoint((c <= 'Z' ? 0x1d400 : 0x1d41a) + (c.toLowerCase().charCodeAt(0) - 97))),
  ];
  return [...new Set(out)].filter((s) => s !== spelling);
}

/** Letters that folding maps to ASCII: a page full of them takes the quick test's slower path. */
const ACCENTED = 'Le café était fermé à Noël; élèves et propriétaires ont réagi. ';

describe('the quick test (mayMention)', () => {
  it('looks at every character the patterns hold beyond ASCII, and at every hidden or unusual one', () => {
    const notPlain = new RegExp(NOT_PLAIN);
    const classChars = new Set(Object.values(QUICK_PATTERN.letters).join('') + QUICK_PATTERN.trie);
    expect([...classChars].filter((c) => c > '\x7f' && !notPlain.test(c))).toEqual([]);
    const missed: string[] = [];
    for (let cp = 0x80; cp <= 0x1ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if ((HIDDEN.test(ch) || UNUSUAL.test(ch)) && !notPlain.test(ch)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('knows its fragments are at most FRAGMENT_LENGTH letters', () => {
    const words = QUICK_PATTERN.trie.replace(/\(\?:|[)|$]/g, ' ').split(/\s+/);
    expect(Math.max(...words.map((w) => w.length))).toBeLessThanOrEqual(FRAGMENT_LENGTH);
  });

  // About 7,000 texts: a generous timeout for a shared machine (this measures nothing).
  it('never says "no" to a text in which the mention finder finds a name', () => {
    const filler = fillerText(20_000);
    const contexts: ((s: string) => string)[] = [
      (s: string) => `In ${s} today.`,
      (s: string) => `IN ${s.toUpperCase()} TODAY.`,
      // textContent glues blocks together: a name may follow a letter with no space between.
      (s: string) => `Analysis${s} talks`,
      (s: string) => `${ACCENTED.repeat(3)}${s}.`,
      // More accented letters than the local checks allow: the whole pattern decides.
      (s: string) => `${ACCENTED.repeat(40)}${s}.`,
      // Before a name: a hyphen, quotes, an apostrophe that is a letter (U+02BC), an Arabic "and".
      (s: string) => `pro-${s}, «${s}», dʼ${s}, و${s}`,
    ];
    // A long page around the name, for the plain spelling and one disguise (each disguise folds the page).
    const long = (s: string) => `${filler} ${s}`;
    for (const { spelling } of NAMES) {
      const forms = [spelling, ...disguises(spelling)];
      for (const [i, written] of forms.entries()) {
        for (const context of i < 2 ? [...contexts, long] : contexts) {
          const text = context(written);
          if (findMentions(text).length > 0) expect(mayMention(text), text.slice(-60)).toBe(true);
        }
      }
    }
  }, 60_000);

  it('finds every spelling written in look-alike letters, compatibility forms or with hidden marks', () => {
    const missed: string[] = [];
    for (const { spelling } of NAMES) {
      for (const written of disguises(spelling)) {
        const text = `In ${written} today.`;
        if (findMentions(text).length !== 1 || !mayMention(text)) missed.push(written);
      }
    }
    expect(missed).toEqual([]);
  });

  it('agrees with the mention finder on every sentence of the evaluation sets', () => {
    for (const file of ['sentences.tsv', 'heldout.tsv', 'heldout2.tsv', 'heldout3.tsv']) {
      for (const { sentence } of loadLabelled(join(import.meta.dirname, '../../eval', file))) {
        if (findMentions(sentence).length > 0) expect(mayMention(sentence), sentence).toBe(true);
      }
    }
  });

  it('says "no" to long texts without a name, accented or not', () => {
    expect(mayMention(fillerText(200_000))).toBe(false);
    expect(mayMention(ACCENTED.repeat(500))).toBe(false);
    expect(mayMention('Рынки выросли в Москве и Казани. '.repeat(200))).toBe(false);
  });

  it('judges whole a text with more non-ASCII letters or hidden marks than it looks at one by one', () => {
    const russian = 'Рынки выросли в Москве и Казани. '.repeat(2000);
    expect(mayMention(`${russian} Обстрел Степанакерта.`)).toBe(true);
    const german = 'Die Bundes\u00adregierung hat die Ver\u00adhand\u00adlungen fort\u00adgesetzt. '.repeat(2000);
    expect(mayMention(german)).toBe(false);
    expect(mayMention(`${german} Berg\u00adka\u00adra\u00adbach`)).toBe(true);
    expect(mayMention(`${german} K\u0430rabakh`)).toBe(true);
  });

  it('is not tripped by ordinary words that hold a name\'s letters', () => {
    for (const text of [
      'Military intelligence agencies',
      'placing and replacing the self-lacing shoes',
      'Kwame Nkrumah was Ghana\'s first president',
      'Aknavar and Ganjas',
      'Stepanov and Stepanova',
      'Susan said',
      '{"GANJA_IGNORE_GEO":["x"]}',
      'LACING, INTELLIGENCE, CHANKELY',
      'La interdicción del Karachi',
    ]) {
      expect(mayMention(text), text).toBe(false);
    }
  });

  it('sees a name glued to the end of the previous block (textContent has no space between blocks)', () => {
    expect(mayMention('Latest analysisKarabakh talks resume')).toBe(true);
    expect(mayMention('НовостиКарабах')).toBe(true);
  });

  it('says "maybe" where folding could hide a name', () => {
    expect(mayMention('Kara\u00ADbakh')).toBe(true);
    expect(mayMention('S\u030Cus\u030Ca')).toBe(true);
  });
});
