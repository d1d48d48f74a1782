/**
 * Every name in every form, whole: each spelling of the team's list in a sentence of its language,
 * and the forms those languages decline it into, are one mention each, covering the whole name.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, mayMention } from '@/src/core/mentions';
import { NAMES } from '@/src/core/names';
import { PLACE_NAMES, REGION_NAMES } from './names-list';

/** The one mention in `sentence`, as [text, canonical], and whether the quick test let it through. */
function only(sentence: string): { mentions: [string, string][]; quick: boolean } {
  return { mentions: findMentions(sentence).map((m) => [sentence.slice(m.start, m.end), m.canonical]), quick: mayMention(sentence) };
}

describe.each(REGION_NAMES.map((l) => [l.lang, l] as const))('%s: every spelling of the list is found whole', (_lang, { context, spellings }) => {
  it.each(spellings)('%s', (spelling) => {
    expect(only(context.replace('{}', spelling))).toEqual({ mentions: [[spelling, 'Nagorno-Karabakh']], quick: true });
  });
});

describe('places: every spelling of the list is found whole', () => {
  const rows = Object.entries(PLACE_NAMES).flatMap(([canonical, spellings]) => spellings.map((s) => [s, canonical] as const));
  it.each(rows)('%s (%s)', (spelling, canonical) => {
    expect(only(`Reports from ${spelling}, today.`)).toEqual({ mentions: [[spelling, canonical]], quick: true });
  });
});

describe('the names table holds the whole list', () => {
  it('has a row for every spelling of the list', () => {
    const table = new Set(NAMES.map((n) => n.spelling));
    const listed = [...REGION_NAMES.flatMap((l) => l.spellings), ...Object.values(PLACE_NAMES).flat()];
    expect(listed.filter((s) => !table.has(s))).toEqual([]);
  });
});

/** Declined and suffixed forms, in sentences of their language: [sentence, the mention it holds]. */
const INFLECTED: Record<string, [string, string][]> = {
  Russian: [
    ['Бои в Нагорном Карабахе возобновились.', 'Нагорном Карабахе'],
    ['Власти Нагорного Карабаха заявили об этом.', 'Нагорного Карабаха'],
    ['Помощь Нагорному Карабаху задержана.', 'Нагорному Карабаху'],
    ['Он руководил Нагорным Карабахом.', 'Нагорным Карабахом'],
    ['Президент Нагорно-Карабахской Республики подписал указ.', 'Нагорно-Карабахской Республики'],
    ['Баку не признаёт Нагорно-Карабахскую Республику.', 'Нагорно-Карабахскую Республику'],
    ['Нагорно-Карабахский конфликт длится десятилетия.', 'Нагорно-Карабахский'],
    ['Обстрел в Степанакерте продолжался всю ночь.', 'Степанакерте'],
    ['Беженцы из Арцаха прибыли в Ереван.', 'Арцаха'],
  ],
  Armenian: [
    ['Լեռնային Ղարաբաղում իրավիճակը լարված է։', 'Լեռնային Ղարաբաղում'],
    ['Լեռնային Ղարաբաղի բնակիչները հեռացան։', 'Լեռնային Ղարաբաղի'],
    ['Արցախի Հանրապետության նախագահը հայտարարեց։', 'Արցախի Հանրապետության'],
    ['Արցախի Հանրապետությունից ստացված տեղեկություն։', 'Արցախի Հանրապետությունից'],
    ['Ստեփանակերտում լույս չկա։', 'Ստեփանակերտում'],
  ],
  Azerbaijani: [
    ['Dağlıq Qarabağda vəziyyət sabitdir.', 'Dağlıq Qarabağda'],
    ['Dağlıq Qarabağın gələcəyi müzakirə olundu.', 'Dağlıq Qarabağın'],
    ['Yuxarı Qarabağa köç başladı.', 'Yuxarı Qarabağa'],
    ['Qarabağdan gələn xəbərlər.', 'Qarabağdan'],
  ],
  Turkish: [
    ["Dağlık Karabağ'da çatışmalar sürüyor.", 'Dağlık Karabağ'],
    ["Yukarı Karabağ'daki son durum.", 'Yukarı Karabağ'],
    ['Dağlık Karabağlı mülteciler.', 'Dağlık Karabağlı'],
  ],
  Arabic: [
    ['تحدث الوزير عن ناغورني قره باغ أمس.', 'ناغورني قره باغ'],
    ['وناغورني كاراباخ إقليم متنازع عليه.', 'وناغورني كاراباخ'],
    ['النزاع في ناجورنو كاراباخ مستمر.', 'ناجورنو كاراباخ'],
  ],
  Persian: [['وزیر خارجه درباره قره\u200cباغ کوهستانی سخن گفت.', 'قره\u200cباغ کوهستانی']],
  Urdu: [['ناگورنو کاراباخ میں جنگ بندی ہوئی۔', 'ناگورنو کاراباخ']],
  Spanish: [
    ['Los combates en el Alto Karabaj continuaron.', 'Alto Karabaj'],
    ['La región de Nagorno-Karabaj, en disputa.', 'Nagorno-Karabaj'],
  ],
  French: [["Le conflit de l'Artsakh", 'Artsakh'], ['au Haut-Karabakh, dimanche', 'Haut-Karabakh']],
  German: [['Die Zukunft Berg-Karabachs ist offen.', 'Berg-Karabachs']],
  English: [["Nagorno-Karabakh's leaders met.", 'Nagorno-Karabakh'], ['Karabakhi Armenians left.', 'Karabakhi']],
  Hindi: [['नागोर्नो-काराबाख में युद्धविराम हुआ।', 'नागोर्नो-काराबाख']],
};

describe.each(Object.entries(INFLECTED))('%s: declined and suffixed forms are one mention, whole', (_lang, cases) => {
  it.each(cases)('%s', (sentence, mention) => {
    const found = findMentions(sentence);
    expect(found.map((m) => m.text)).toEqual([mention]);
    expect(sentence.slice(found[0]!.start, found[0]!.end)).toBe(mention);
    expect(mayMention(sentence)).toBe(true);
  });
});

describe('the words of a multi-word name alone name nothing', () => {
  it.each(['Upper floors', 'the mountainous north', 'Republic of Ireland', 'Haut-Rhin', 'Berg und Tal', 'Alto Adige', 'Нагорный район Москвы', 'Լեռնային շրջան', 'Dağlık bölge', 'Yuxarı mərtəbə'])(
    '%s',
    (text) => {
      expect(findMentions(text)).toEqual([]);
      expect(mayMention(text)).toBe(false);
    },
  );
});
