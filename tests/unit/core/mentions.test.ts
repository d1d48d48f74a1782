import { describe, expect, it } from 'vitest';
import { findMentions } from '@/src/core/mentions';
import { NAMES, spellingsOf } from '@/src/core/names';

describe('every spelling in the names table is found', () => {
  it.each(NAMES.map((n) => [n.spelling, n.canonical, n.kind] as const))('%s', (spelling, canonical, kind) => {
    const text = `Reports from ${spelling}, today.`;
    const found = findMentions(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: spelling, start: 13, end: 13 + spelling.length, canonical, kind });
  });
});

describe('spelling variants', () => {
  const cases: [string, string][] = [
    ['upper case', 'NAGORNO-KARABAKH'],
    ['lower case', 'nagorno-karabakh'],
    ['en dash', 'Nagorno–Karabakh'],
    ['em dash', 'Nagorno—Karabakh'],
    ['non-breaking hyphen', 'Nagorno\u2011Karabakh'],
    ['no-break space', 'Nagorno\u00a0Karabakh'],
    ['narrow no-break space', 'Nagorno\u202fKarabakh'],
    ['soft hyphen inside', 'Nagorno-Kara\u00adbakh'],
    ['zero-width space inside', 'Nagorno-Kara\u200bbakh'],
    ['decomposed diacritics', 'Dag\u0306lıq Qarabag\u0306'],
    ['diacritics dropped', 'Daglik Karabag'],
    ['schwa written as e', 'Xankendi'],
    ['dotted capital I', 'YUKARI KARABAĞ'],
    ['spaces around a dash', 'Nagorno - Karabakh'],
    ['Persian zero-width non-joiner', 'قره\u200cباغ'],
    ['Persian letters for Arabic ones', 'ناگورنو قره باغ'],
  ];
  it.each(cases)('%s: %s', (_label, spelling) => {
    const text = `In ${spelling} today`;
    const found = findMentions(text);
    expect(found).toHaveLength(1);
    // Offsets map back to the original text exactly, hidden characters and all.
    expect(found[0]!.text).toBe(spelling);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(spelling);
  });
});

describe('word boundaries in every script', () => {
  it('finds inflected forms of the region in languages that inflect it', () => {
    expect(findMentions('в Нагорном Карабахе').map((m) => m.text)).toEqual(['Нагорном Карабахе']);
    expect(findMentions('Արցախի Հանրապետություն').map((m) => m.text)).toEqual(['Արցախի Հանրապետություն']);
    expect(findMentions('Qarabağda vəziyyət').map((m) => m.text)).toEqual(['Qarabağda']);
    expect(findMentions('в Степанакерте').map((m) => m.text)).toEqual(['Степанакерте']);
  });

  it('counts "Karabakhi" (the demonym) as a mention of the region', () => {
    expect(findMentions('Karabakhi Armenians left').map((m) => m.text)).toEqual(['Karabakhi']);
  });

  it('does not find names inside other words', () => {
    for (const text of ['Ganjaboy', 'the Ganjas', 'Karachi', 'Arzachel crater', 'Shushan', 'xAgdam', 'Agdamx', 'Stepanakerty', 'NKRs', '1Artsakh']) {
      expect({ text, found: findMentions(text) }).toEqual({ text, found: [] });
    }
  });

  it('treats letters of any script next to a name as part of a word', () => {
    expect(findMentions('ГанджаGanja')).toEqual([]);
    expect(findMentions('Ganjaگ')).toEqual([]);
    expect(findMentions('नागोर्नो-काराबाख में')).toHaveLength(1);
    expect(findMentions('নাগোরনো-কারাবাখে')).toEqual([]);
  });

  it('finds Arabic-script names with a joined conjunction or preposition', () => {
    const found = findMentions('وقره باغ');
    expect(found).toHaveLength(1);
    expect(found[0]!.canonical).toBe('Nagorno-Karabakh');
  });

  it('never lets a name cross a block boundary', () => {
    expect(findMentions('Nagorno\nKarabakh').map((m) => m.text)).toEqual(['Karabakh']);
    expect(findMentions('Lachin\ncorridor').map((m) => m.text)).toEqual(['Lachin']);
  });

  it('falls back to a shorter name when the longest one runs into a word', () => {
    expect(findMentions('both Lachin corridors').map((m) => m.text)).toEqual(['Lachin']);
  });

  it('prefers the longest name at a position', () => {
    expect(findMentions('the Nagorno-Karabakh Republic said').map((m) => m.text)).toEqual(['Nagorno-Karabakh Republic']);
    expect(findMentions('along the Lachin corridor').map((m) => m.canonical)).toEqual(['Lachin corridor']);
  });
});

describe('the quick path and the folded path agree', () => {
  it('finds the same mentions with and without a hidden character elsewhere in the text', () => {
    const text = 'Fighting near Agdam and in Upper Karabakh; Stepanakert, Şuşa and Ganja were shelled. Karachi is far away.';
    const quick = findMentions(text);
    const folded = findMentions(text + ' soft\u00adhyphen');
    expect(folded).toEqual(quick);
    expect(quick.map((m) => m.text)).toEqual(['Agdam', 'Upper Karabakh', 'Stepanakert', 'Şuşa', 'Ganja']);
  });
});

describe('spellingsOf', () => {
  it('gives every spelling of the capital for one of them', () => {
    const all = spellingsOf('stepanakert');
    expect(all).toContain('Khankendi');
    expect(all).toContain('Степанакерт');
    expect(spellingsOf('Khankendi')).toEqual(all);
    expect(spellingsOf('Lahore')).toEqual([]);
  });
});

describe('texts dense with names', () => {
  it('finds every repetition of a name on one long line, each at its own offset', () => {
    const text = 'Karabakh '.repeat(20_000);
    const found = findMentions(text);
    expect(found).toHaveLength(20_000);
    expect(found.every((m, i) => m.start === 9 * i && m.end === 9 * i + 8)).toBe(true);
  });

  it('finds the same mentions in a dense stretch as in each of its sentences alone', () => {
    const sentences = ['Talks on Nagorno-Karabakh resumed.', 'Shelling hit Stepanakert and Şuşa.', 'Нагорного Карабаха нет.', 'Karachi is far.'];
    const parts: string[] = ['A quiet introduction without any name at all. '.repeat(50)];
    for (let i = 0; i < 400; i++) parts.push(sentences[i % sentences.length]!, ' ');
    const text = parts.join('');
    const expected: string[] = [];
    for (let i = 0; i < 400; i++) expected.push(...findMentions(sentences[i % sentences.length]!).map((m) => m.text));
    const found = findMentions(text);
    expect(found.map((m) => m.text)).toEqual(expected);
    expect(found.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
  });
});
