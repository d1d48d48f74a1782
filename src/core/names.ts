/**
 * Every name and spelling of Nagorno-Karabakh and its key places that the detector knows, copied from
 * the project's names list (gathered from encyclopedia pages and news copies). Exported so that the
 * popup's search can expand a query: a reader who types "Stepanakert" also finds "Khankendi".
 *
 * weight: how strongly one occurrence says "this page is about the topic". The region's own names
 * weigh 1 (one is enough); places weigh less, and places whose names also mean other things (Ganja,
 * Akna) weigh least.
 */

import { foldString } from './normalize';

type NameKind = 'region' | 'place';

export interface PlaceName {
  /** The spelling as written in the sources. */
  spelling: string;
  /** The name this spelling belongs to, in English. */
  canonical: string;
  kind: NameKind;
  weight: number;
  /** Language or script of the spelling, for readers of the table. */
  lang: string;
}

type Row = [spelling: string, lang: string];

function group(canonical: string, kind: NameKind, weight: number, rows: Row[]): PlaceName[] {
  return rows.map(([spelling, lang]) => ({ spelling, canonical, kind, weight, lang }));
}

const REGION = 'Nagorno-Karabakh';

export const NAMES: readonly PlaceName[] = [
  ...group(REGION, 'region', 1, [
    ['Nagorno-Karabakh', 'en'],
    ['Nagorno Karabakh', 'en'],
    ['Nagorny Karabakh', 'en'],
    ['Nagorno-Karabagh', 'en'],
    ['Karabagh', 'en'],
    ['Karabakh', 'en'],
    ['Upper Karabakh', 'en'],
    ['Mountainous Karabakh', 'en'],
    ['Highland Karabakh', 'en'],
    ['Artsakh', 'en'],
    ['Republic of Artsakh', 'en'],
    ['Nagorno-Karabakh Republic', 'en'],
    ['NKR', 'en'],
    ['Garabagh', 'en'],
    ['Nagorno Karabah', 'en'],
    ['Nagorno-Karbakh', 'en'],
    ['Լեռնային Ղարաբաղ', 'hy'],
    ['Արցախ', 'hy'],
    ['Ղարաբաղ', 'hy'],
    ['Արցախի Հանրապետություն', 'hy'],
    ['Dağlıq Qarabağ', 'az'],
    ['Yuxarı Qarabağ', 'az'],
    ['Qarabağ', 'az'],
    ['Нагорный Карабах', 'ru'],
    ['Карабах', 'ru'],
    ['Арцах', 'ru'],
    ['Нагорно-Карабахская Республика', 'ru'],
    ['Dağlık Karabağ', 'tr'],
    ['Yukarı Karabağ', 'tr'],
    ['Karabağ', 'tr'],
    ['Haut-Karabagh', 'fr'],
    ['Haut-Karabakh', 'fr'],
    ['Nagorny-Karabakh', 'fr'],
    ['Bergkarabach', 'de'],
    ['Berg-Karabach', 'de'],
    ['Arzach', 'de'],
    ['Karabach', 'de'],
    ['ناگورنو کاراباخ', 'ur'],
    ['نگورنو کاراباخ', 'ur'],
    ['نگورونو کاراباخ', 'ur'],
    ['ناگورونو کاراباخ', 'ur'],
    ['ناگورنو قرہ باغ', 'ur'],
    ['ناگورنو قرہباخ', 'ur'],
    ['نگورنو قارہ باغ', 'ur'],
    ['قره باغ کوهستانی', 'fa'],
    ['قرهباغ', 'fa'],
    ['ناگورنو قره باغ', 'fa'],
    ['ناغورني كاراباخ', 'ar'],
    ['ناغورنو كاراباخ', 'ar'],
    ['ناجورنو كاراباخ', 'ar'],
    ['ناغورني قره باغ', 'ar'],
    ['Nagorno Karabaj', 'es'],
    ['Nagorno-Karabaj', 'es'],
    ['Alto Karabaj', 'es'],
    ['Karabaj', 'es'],
    ['Artsaj', 'es'],
    ['नागोर्नो-काराबाख', 'hi'],
    // Hindi outlets also write the second word alone, and with a short first vowel.
    ['नागोर्नो-कराबाख', 'hi'],
    ['काराबाख', 'hi'],
    ['कराबाख', 'hi'],
    ['নাগোরনো-কারাবাখ', 'bn'],
  ]),
  // "Karabakh" inside these is already found; the common Persian/Urdu spelling "قره باغ" is the
  // region's name in those languages, so it is listed too.
  ...group(REGION, 'region', 1, [
    ['قره باغ', 'fa'],
    ['قرہ باغ', 'ur'],
    ['کاراباخ', 'ur'],
    ['كاراباخ', 'ar'],
  ]),
  ...group('Stepanakert', 'place', 0.6, [
    ['Stepanakert', 'en'],
    ['Khankendi', 'en'],
    ['Khankandi', 'en'],
    ['Khankendy', 'en'],
    ['Xankendi', 'en'],
    ['Ստեփանակերտ', 'hy'],
    ['Xankəndi', 'az'],
    ['Степанакерт', 'ru'],
    ['Ханкенди', 'ru'],
    ['Hankendi', 'tr'],
    ['Chankendy', 'de'],
  ]),
  ...group('Shusha', 'place', 0.5, [
    ['Shusha', 'en'],
    ['Shushi', 'en'],
    ['Շուշի', 'hy'],
    ['Şuşa', 'az'],
    ['Шуша', 'ru'],
    ['Шуши', 'ru'],
    ['Шуше', 'ru'],
    ['Шушу', 'ru'],
    ['Chouchi', 'fr'],
    ['Choucha', 'fr'],
    ['Schuscha', 'de'],
    ['Schuschi', 'de'],
  ]),
  ...group('Agdam', 'place', 0.5, [
    ['Agdam', 'en'],
    ['Aghdam', 'en'],
    ['Ağdam', 'az'],
    ['Ակնա', 'hy'],
    ['Агдам', 'ru'],
  ]),
  // "Akna" is also a word and a surname elsewhere.
  ...group('Agdam', 'place', 0.2, [['Akna', 'en']]),
  ...group('Fuzuli', 'place', 0.4, [
    ['Fuzuli', 'en'],
    ['Fizuli', 'en'],
    ['Füzuli', 'az'],
  ]),
  // Ganja is Azerbaijan's second city, and also a word in other languages.
  ...group('Ganja', 'place', 0.2, [
    ['Ganja', 'en'],
    ['Gəncə', 'az'],
  ]),
  ...group('Mingachevir', 'place', 0.3, [
    ['Mingachevir', 'en'],
    ['Mingecevir', 'en'],
    ['Mingəçevir', 'az'],
  ]),
  ...group('Khojaly', 'place', 0.5, [
    ['Khojaly', 'en'],
    ['Khojali', 'en'],
    ['Xocalı', 'az'],
  ]),
  ...group('Kalbajar', 'place', 0.5, [
    ['Kalbajar', 'en'],
    ['Kelbajar', 'en'],
    ['Kəlbəcər', 'az'],
  ]),
  ...group('Lachin corridor', 'place', 0.8, [
    ['Lachin corridor', 'en'],
    ['Laçın koridoru', 'az'],
    ['Laçin koridoru', 'tr'],
  ]),
  ...group('Lachin corridor', 'place', 0.4, [
    ['Lachin', 'en'],
    ['Laçın', 'az'],
  ]),
  ...group('Hadrut', 'place', 0.5, [['Hadrut', 'en']]),
  ...group('Askeran', 'place', 0.5, [['Askeran', 'en']]),
];

/** All spellings of the name that `query` spells (folded comparison), e.g. Stepanakert -> Khankendi. */
export function spellingsOf(query: string): string[] {
  const q = foldString(query.trim());
  const hit = NAMES.find((n) => foldString(n.spelling) === q || foldString(n.canonical) === q);
  if (!hit) return [];
  return NAMES.filter((n) => n.canonical === hit.canonical).map((n) => n.spelling);
}
