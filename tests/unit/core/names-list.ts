/**
 * The team's list of the region's names and spellings, by language, copied from the project's names
 * list (gathered from encyclopedia pages and news copies): what a reader's page may use. Tests read
 * this copy; names.ts is the product's table. Each entry: the language, a sentence of that language
 * around {name}, and the spellings.
 */
export interface LanguageNames {
  lang: string;
  /** A sentence in the language with "{}" where the name goes, in its dictionary form. */
  context: string;
  spellings: string[];
}

export const REGION_NAMES: readonly LanguageNames[] = [
  {
    lang: 'English',
    context: 'Fighting resumed in {} on Sunday, officials said.',
    spellings: [
      'Nagorno-Karabakh', 'Nagorno Karabakh', 'Nagorny Karabakh', 'Nagorno-Karabagh', 'Karabagh', 'Karabakh',
      'Upper Karabakh', 'Mountainous Karabakh', 'Highland Karabakh', 'Artsakh', 'Republic of Artsakh',
      'Nagorno-Karabakh Republic', 'NKR', 'Garabagh', 'Nagorno Karabah', 'Nagorno-Karbakh',
    ],
  },
  { lang: 'Armenian', context: 'Իրավիճակը {} լարված է։', spellings: ['Լեռնային Ղարաբաղ', 'Արցախ', 'Ղարաբաղ', 'Արցախի Հանրապետություն'] },
  { lang: 'Azerbaijani', context: 'Prezident {} haqqında danışdı.', spellings: ['Dağlıq Qarabağ', 'Yuxarı Qarabağ', 'Qarabağ'] },
  { lang: 'Russian', context: 'Ситуация вокруг: {} — главная тема дня.', spellings: ['Нагорный Карабах', 'Карабах', 'Арцах', 'Нагорно-Карабахская Республика'] },
  { lang: 'Turkish', context: 'Bakan, {} konusunda açıklama yaptı.', spellings: ['Dağlık Karabağ', 'Yukarı Karabağ', 'Karabağ'] },
  { lang: 'French', context: 'Les combats ont repris dans le {} dimanche.', spellings: ['Haut-Karabagh', 'Haut-Karabakh', 'Nagorny-Karabakh', 'Artsakh'] },
  { lang: 'German', context: 'Die Kämpfe um {} gingen am Sonntag weiter.', spellings: ['Bergkarabach', 'Berg-Karabach', 'Arzach', 'Karabach'] },
  {
    lang: 'Urdu',
    context: 'وزیر خارجہ نے {} کے بارے میں بات کی۔',
    spellings: ['ناگورنو کاراباخ', 'نگورنو کاراباخ', 'نگورونو کاراباخ', 'ناگورنو قرہ باغ', 'ناگورنو قرہباخ', 'نگورنو قارہ باغ'],
  },
  { lang: 'Persian', context: 'وزیر خارجه درباره {} سخن گفت.', spellings: ['قره باغ کوهستانی', 'قرهباغ', 'ناگورنو قره باغ'] },
  {
    lang: 'Arabic',
    context: 'تحدث الوزير عن إقليم {} أمس.',
    spellings: ['ناغورني كاراباخ', 'ناغورنو كاراباخ', 'ناجورنو كاراباخ', 'ناغورني قره باغ', 'قره باغ'],
  },
  { lang: 'Spanish', context: 'Los combates en {} continuaron el domingo.', spellings: ['Nagorno Karabaj', 'Nagorno-Karabaj', 'Alto Karabaj', 'Karabaj', 'Artsaj'] },
  { lang: 'Hindi', context: 'विदेश मंत्री ने {} पर बात की।', spellings: ['नागोर्नो-काराबाख'] },
  { lang: 'Bengali', context: 'পররাষ্ট্রমন্ত্রী {} নিয়ে কথা বলেছেন।', spellings: ['নাগোরনো-কারাবাখ'] },
];

/** The places, each with its spellings in every language the list gives. */
export const PLACE_NAMES: Readonly<Record<string, readonly string[]>> = {
  Stepanakert: ['Stepanakert', 'Khankendi', 'Khankandi', 'Khankendy', 'Xankendi', 'Ստեփանակերտ', 'Xankəndi', 'Степанакерт', 'Ханкенди', 'Hankendi', 'Chankendy'],
  Shusha: ['Shusha', 'Shushi', 'Շուշի', 'Şuşa', 'Шуша', 'Chouchi', 'Choucha', 'Schuscha', 'Schuschi'],
  Agdam: ['Agdam', 'Aghdam', 'Ağdam', 'Akna', 'Ակնա', 'Агдам'],
  Fuzuli: ['Fuzuli', 'Fizuli', 'Füzuli'],
  Ganja: ['Ganja', 'Gəncə'],
  Mingachevir: ['Mingachevir', 'Mingecevir', 'Mingəçevir'],
  Khojaly: ['Khojaly', 'Khojali', 'Xocalı'],
  Kalbajar: ['Kalbajar', 'Kelbajar', 'Kəlbəcər'],
  'Lachin corridor': ['Lachin corridor', 'Laçın', 'Laçin koridoru'],
  Hadrut: ['Hadrut'],
  Askeran: ['Askeran'],
};
