/**
 * Detection that look-alike letters, compatibility forms and invisible marks cannot dodge: a name
 * written with a Cyrillic "а", in fullwidth or mathematical letters, or with direction, variation or
 * zero-width marks inside, is found, and its offsets are those of the page's own text.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, mayMention } from '@/src/core/mentions';
import { fold, foldCodePoint, foldString, toOriginalRange } from '@/src/core/normalize';
import { HIDDEN } from '@/src/core/quick-test';

/** Fullwidth form of an ASCII string (letters, digits, punctuation). */
const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** Mathematical bold form of ASCII letters (astral: two UTF-16 units each). */
const mathBold = (s: string) =>
  s.replace(/[A-Za-z]/g, (c) => String.fromCodePoint((c <= 'Z' ? 0x1d400 : 0x1d41a) + (c.toLowerCase().charCodeAt(0) - 97)));

const cases: [label: string, written: string, canonical: string][] = [
  ['Cyrillic а in Karabakh', 'K\u0430rabakh', 'Nagorno-Karabakh'],
  ['Cyrillic capital К', '\u041aarabakh', 'Nagorno-Karabakh'],
  ['Cyrillic о and е in Nagorno-Karabakh', 'Nag\u043erno-Karabakh', 'Nagorno-Karabakh'],
  ['Cyrillic е in Stepanakert', 'St\u0435panak\u0435rt', 'Stepanakert'],
  ['Cyrillic А in Artsakh', '\u0410rtsakh', 'Nagorno-Karabakh'],
  ['Cyrillic а and р in Shusha', 'Shush\u0430', 'Shusha'],
  ['Greek capital Kappa', '\u039aarabakh', 'Nagorno-Karabakh'],
  ['Latin a in Russian Карабах', 'К\u0061р\u0061бах', 'Nagorno-Karabakh'],
  ['Latin o and p in Russian Нагорный Карабах', 'Наг\u006f\u0070ный Карабах', 'Nagorno-Karabakh'],
  ['fullwidth letters', fullwidth('Nagorno-Karabakh'), 'Nagorno-Karabakh'],
  ['fullwidth, one word', fullwidth('Stepanakert'), 'Stepanakert'],
  ['mathematical bold', mathBold('Karabakh'), 'Nagorno-Karabakh'],
  ['mathematical bold, two words', mathBold('Upper') + ' ' + mathBold('Karabakh'), 'Nagorno-Karabakh'],
  ['right-to-left override around it', '\u202eKarabakh\u202c', 'Nagorno-Karabakh'],
  ['left-to-right mark inside', 'Kara\u200ebakh', 'Nagorno-Karabakh'],
  ['isolates inside', 'Kara\u2066bakh\u2069', 'Nagorno-Karabakh'],
  ['variation selector inside', 'Karab\ufe0fakh', 'Nagorno-Karabakh'],
  ['tag character inside', 'Kara\u{e0041}bakh', 'Nagorno-Karabakh'],
  ['zero-width joiner between every letter', [...'Karabakh'].join('\u200d'), 'Nagorno-Karabakh'],
  ['combining marks of Zalgo text', 'K\u0336a\u0336r\u0336abakh', 'Nagorno-Karabakh'],
  ['Arabic presentation forms', '\ufed7\ufeae\ufeea \ufe91\ufe8e\ufecf', 'Nagorno-Karabakh'],
];

describe('names written to dodge detection are found', () => {
  it.each(cases)('%s', (_label, written, canonical) => {
    const text = `Shelling near ${written}, officials said.`;
    const found = findMentions(text);
    expect(found).toHaveLength(1);
    // The offsets are the page's own: the mention is exactly what the page wrote, hidden marks inside
    // it and all (the direction marks around the name are not part of it).
    const name = written.replace(/^[\u202a-\u202e]|[\u202a-\u202e\u2066-\u2069]$/g, '');
    const start = text.indexOf(name);
    expect(found[0]).toMatchObject({ start, end: start + name.length, text: name, canonical });
    expect(mayMention(text)).toBe(true);
  });

  it('still finds nothing inside other words, however they are written', () => {
    for (const text of ['K\u0430rachi', fullwidth('Karachi'), mathBold('Shushan'), 'x\u200bKarabakh'.replace('x', 'xx'), fullwidth('Ganjas')]) {
      expect({ text, found: findMentions(text) }).toEqual({ text, found: [] });
    }
  });

  it('takes a letter of another script for a name\'s only where it looks the same, in its case', () => {
    // A small Cyrillic к or н does not look like k or h; the capitals do.
    for (const text of ['\u043aarabakh', 'Karabak\u043d', 'Stepanak\u0435r\u0442']) {
      expect({ text, found: findMentions(text) }).toEqual({ text, found: [] });
    }
    expect(findMentions('Karabak\u041d').map((m) => m.text)).toEqual(['Karabak\u041d']);
  });

  it('leaves words of other scripts alone: a Russian word of look-alike letters is not an English one', () => {
    expect(foldString('сор')).not.toBe(foldString('cop'));
    expect(findMentions('Рынки выросли в Москве; хор пел в соборе.')).toEqual([]);
    expect(mayMention('Рынки выросли в Москве; хор пел в соборе. '.repeat(100))).toBe(false);
  });
});

describe('folding', () => {
  it('reads compatibility forms as the letters they show (NFKC), and maps them back', () => {
    expect(foldString(fullwidth('Karabakh'))).toBe('karabakh');
    expect(foldString(mathBold('Karabakh'))).toBe('karabakh');
    expect(foldString('\u212aarabakh')).toBe('karabakh'); // Kelvin sign
    expect(foldString('\ufb01re')).toBe('fire'); // fi ligature
    const text = `x ${mathBold('Karabakh')} y`;
    const f = fold(text);
    const at = f.text.indexOf('karabakh');
    const r = toOriginalRange(f, at, at + 8);
    expect(text.slice(r.start, r.end)).toBe(mathBold('Karabakh'));
  });

  it('keeps punctuation whose compatibility form is not a word as it was', () => {
    expect(foldString('wait…')).toBe('wait…');
    expect(foldString('½')).toBe('½');
  });

  it('drops exactly the characters the quick test treats as hidden', () => {
    const differ: string[] = [];
    const check = (cp: number) => {
      const dropped = foldCodePoint(cp) === '';
      if (dropped !== HIDDEN.test(String.fromCodePoint(cp))) differ.push(cp.toString(16));
    };
    for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) check(cp);
    for (let cp = 0xe0000; cp <= 0xe01ef; cp++) check(cp);
    expect(differ).toEqual([]);
  });
});
