/**
 * The claims read in every lexicon language: sentences written for this test (not copied from any
 * outlet) that restate a claim, and hard negatives that share its names and soldiers but tell
 * another story (drills, visits, fighting elsewhere, talks). Real sentences measure the matcher
 * (npm run eval); these only keep the lexicons and the matcher speaking to each other.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/src/core/matcher';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { readSentence } from '@/src/core/matching/sentence';

const matcher = createMatcher([BUNDLED_DATASET]);
const claimOf = (s: string) => matcher.matchSentence(s)[0]?.claimId ?? null;

const RESTATEMENTS: [string, string, string][] = [
  ["ru", "pakistan-special-forces-pashinyan-2020", "Пакистанский спецназ воюет на стороне Азербайджана в Нагорном Карабахе."],
  ["tr", "pakistan-troops-agdam-2020", "Pakistan, Dağlık Karabağ'da Azerbaycan saflarında Pakistan askerlerinin savaştığı iddialarını reddetti."],
  ["az", "pakistan-troops-agdam-2020", "Pakistan ordusu Dağlıq Qarabağda Azərbaycan tərəfində döyüşür."],
  ["fr", "pakistan-troops-agdam-2020", "Des soldats pakistanais combattent aux côtés de l'armée azerbaïdjanaise au Haut-Karabakh."],
  ["de", "pakistan-troops-agdam-2020", "Pakistanische Soldaten kämpfen an der Seite Aserbaidschans in Bergkarabach."],
  ["es", "pakistan-troops-agdam-2020", "Soldados paquistaníes combaten junto al ejército de Azerbaiyán en Nagorno Karabaj."],
  ["ar", "pakistan-troops-agdam-2020", "جنود باكستانيون يقاتلون إلى جانب الجيش الأذربيجاني في ناغورني قره باغ."],
  ["fa", "pakistan-troops-agdam-2020", "سربازان پاکستانی در کنار ارتش آذربایجان در قره‌باغ کوهستانی می‌جنگند."],
  ["ur", "pakistan-troops-agdam-2020", "پاکستانی فوج ناگورنو کاراباخ میں آذربائیجان کے ساتھ مل کر لڑ رہی ہے۔"],
  ["hi", "pakistan-troops-agdam-2020", "पाकिस्तानी सैनिक नागोर्नो-काराबाख में अज़रबैजान की ओर से लड़ रहे हैं।"],
  ["hy", "pakistan-troops-agdam-2020", "Պակիստանցի զինվորները կռվում են Ադրբեջանի կողմում Լեռնային Ղարաբաղում։"],
  ["ru", "armenia-ethnic-cleansing-accusation-2023", "Армения обвинила Азербайджан в этнических чистках в Нагорном Карабахе."],
  ["fr", "armenia-ethnic-cleansing-accusation-2023", "L'Arménie accuse l'Azerbaïdjan de nettoyage ethnique au Haut-Karabakh."],
  ["tr", "armenia-ethnic-cleansing-accusation-2023", "Ermenistan, Azerbaycan'ı Dağlık Karabağ'da etnik temizlikle suçladı."],
  ["ar", "armenia-ethnic-cleansing-accusation-2023", "أرمينيا تتهم أذربيجان بالتطهير العرقي في ناغورني قره باغ."],
  ["es", "azerbaijan-anti-terrorist-operation-2023", "Azerbaiyán lanzó una operación antiterrorista en Nagorno Karabaj."],
  ["de", "azerbaijan-anti-terrorist-operation-2023", "Aserbaidschan hat in Bergkarabach einen Anti-Terror-Einsatz begonnen."],
  ["hy", "azerbaijan-anti-terrorist-operation-2023", "Ադրբեջանը Լեռնային Ղարաբաղում հակաահաբեկչական գործողություն է սկսել։"],
  ["ur", "azerbaijan-anti-terrorist-operation-2023", "آذربائیجان نے ناگورنو کاراباخ میں دہشت گردی کے خلاف آپریشن شروع کر دیا۔"],
  ["es", "ceasefire-violations-2020", "Armenia y Azerbaiyán se acusan mutuamente de violar el alto el fuego en Nagorno Karabaj."],
  ["ru", "ceasefire-violations-2020", "Армения и Азербайджан обвиняют друг друга в нарушении перемирия в Карабахе."],
  ["az", "ceasefire-violations-2020", "Ermənistan və Azərbaycan bir-birini Qarabağda atəşkəsi pozmaqda ittiham edir."],
  ["en", "pakistan-special-forces-pashinyan-2020", "Pakistan's foreign ministry rejected as baseless the reports of Pakistani special forces in Karabakh."],
];

const OTHER_STORIES: [string, string][] = [
  ["ru", "Пакистанские и азербайджанские военные провели совместные учения под Баку."],
  ["tr", "Pakistan ve Azerbaycan askerleri Bakü yakınlarında ortak tatbikat yaptı."],
  ["ur", "پاکستانی اور آذربائیجانی فوج نے باکو کے قریب مشترکہ مشقیں کیں۔"],
  ["fr", "Le ministre pakistanais de la Défense a visité Bakou pour parler de coopération militaire."],
  ["de", "Pakistanische Soldaten kämpfen gegen Aufständische in Belutschistan."],
  ["es", "El ejército paquistaní combate a los talibanes en la frontera afgana."],
  ["ar", "الجيش الباكستاني يقاتل المسلحين في وزيرستان."],
  ["fa", "ارتش پاکستان با شبه‌نظامیان در مرز افغانستان درگیر است."],
  ["hi", "पाकिस्तानी सेना ने अफगान सीमा पर आतंकवादियों के खिलाफ अभियान चलाया।"],
  ["hy", "Պակիստանի բանակը համատեղ զորավարժություններ է անցկացրել Ադրբեջանի հետ։"],
  ["az", "Azərbaycan və Pakistan orduları birgə təlim keçirib."],
  ["ru", "Армения и Азербайджан возобновили мирные переговоры в Брюсселе."],
];

describe('the claims in other languages', () => {
  for (const [lang, claim, sentence] of RESTATEMENTS) {
    it(`${lang}: reads "${sentence.slice(0, 48)}" as ${claim}`, () => {
      expect(claimOf(sentence)).toBe(claim);
    });
  }
  for (const [lang, sentence] of OTHER_STORIES) {
    it(`${lang}: reads "${sentence.slice(0, 48)}" as no claim`, () => {
      expect(claimOf(sentence)).toBeNull();
    });
  }
});

describe('German "Seite"', () => {
  const concepts = (s: string) => readSentence(s).terms.map((t) => t.concept.id);
  it('is "alongside" only as "an der Seite" or "auf Seiten"', () => {
    expect(concepts('Pakistanische Soldaten kämpfen an der Seite Aserbaidschans.')).toContain('alongside');
    expect(concepts('Pakistanische Soldaten kämpfen auf Seiten Aserbaidschans.')).toContain('alongside');
  });
  it('is any side elsewhere', () => {
    expect(concepts('Von armenischer Seite hieß es, die Lage sei ruhig.')).not.toContain('alongside');
    expect(concepts('Über welche Seite der Grenze die Soldaten kamen, ist unklar.')).not.toContain('alongside');
  });
});
