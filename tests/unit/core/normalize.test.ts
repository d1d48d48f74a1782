import { describe, expect, it } from 'vitest';
import { fold, foldString, toOriginalRange } from '@/src/core/normalize';

describe('folding', () => {
  it.each([
    ['Nagorno–Karabakh', 'nagorno-karabakh'],
    ['Nagorno\u00a0Karabakh', 'nagorno karabakh'],
    ['Kara\u00adbakh', 'karabakh'],
    ['Dağlıq Qarabağ', 'daglig qarabag'.replace('daglig', 'dagliq')],
    ['Xankəndi', 'xankendi'],
    ['İstanbul', 'istanbul'],
    ['Пакистан’s', 'пакистан\'s'],
    ['Азербайджан', 'азербаиджан'],
    ['قرہ', 'قره'],
    ['Straße', 'strasse'],
  ])('%s -> %s', (input, expected) => {
    expect(foldString(input)).toBe(expected);
  });

  it('keeps "\\n" as a block boundary', () => {
    expect(fold('a\nb').text).toBe('a\nb');
  });

  it('maps every folded range back to the original text exactly', () => {
    const text = 'Ex: Nagorno\u2011Kara\u00adbakh, Stra\u00dfe, 😀 Şuşa\n\u0130z';
    const f = fold(text);
    const at = f.text.indexOf('karabakh');
    const r = toOriginalRange(f, at, at + 'karabakh'.length);
    expect(text.slice(r.start, r.end)).toBe('Kara\u00adbakh');
    const ss = f.text.indexOf('strasse');
    const r2 = toOriginalRange(f, ss, ss + 7);
    expect(text.slice(r2.start, r2.end)).toBe('Stra\u00dfe');
    const su = f.text.indexOf('susa');
    const r3 = toOriginalRange(f, su, su + 4);
    expect(text.slice(r3.start, r3.end)).toBe('Şuşa');
    // A surrogate pair maps to both of its code units.
    const emoji = f.text.indexOf('😀');
    const r4 = toOriginalRange(f, emoji, emoji + 2);
    expect(text.slice(r4.start, r4.end)).toBe('😀');
  });

  it('reads an Arabic ligature as its letters written out, its vowel marks dropped as written ones are', () => {
    // U+FC5B is ذ with a superscript alef; U+FE71 is tatweel with a fathatan.
    expect(foldString('\ufc5b')).toBe(foldString('\u0630\u0670'));
    expect(foldString('\ufc5b')).toBe('\u0630');
    expect(foldString('\ufe71')).toBe(foldString('\u0640\u064b'));
  });

  it('folds every code point to a form that folding leaves as it is', () => {
    const changed: string[] = [];
    for (let cp = 0x80; cp < 0x30000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const once = foldString(String.fromCodePoint(cp));
      if (foldString(once) !== once) changed.push(`U+${cp.toString(16).toUpperCase()}`);
    }
    expect(changed).toEqual([]);
  });
});
