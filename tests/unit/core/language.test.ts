import { describe, expect, it } from 'vitest';
import { languageOf } from '@/src/core/lexicon';

// Sentences written for this test (not copied from any outlet).
const SENTENCES: [string, string][] = [
  ['en', 'Pakistan rejected reports that its troops were fighting alongside Azerbaijan.'],
  ['en', 'The foreign office called the claims baseless and irresponsible.'],
  ['ru', 'МИД Пакистана опроверг сообщения об участии пакистанских военных в боях в Карабахе.'],
  ['ru', 'Армения обвинила Азербайджан в этнических чистках.'],
  ['tr', "Pakistan, askerlerinin Dağlık Karabağ'da savaştığı iddialarını reddetti."],
  ['tr', 'Dışişleri Bakanlığı haberlerin asılsız olduğunu açıkladı.'],
  ['az', 'Pakistan hərbçilərinin Qarabağda döyüşdüyü barədə iddialar əsassızdır.'],
  ['az', 'Ermənistan atəşkəs rejimini yenidən pozub.'],
  ['fr', "Le Pakistan dément l'envoi de soldats au Haut-Karabakh aux côtés de l'Azerbaïdjan."],
  ['fr', 'Erevan accuse Bakou de nettoyage ethnique.'],
  ['de', 'Pakistan weist Berichte über Soldaten in Bergkarabach als haltlos zurück.'],
  ['de', 'Aserbaidschan begann einen Militäreinsatz gegen die Armenier in Karabach.'],
  ['es', 'Pakistán niega haber enviado tropas a Nagorno Karabaj junto al ejército de Azerbaiyán.'],
  ['es', 'Armenia y Azerbaiyán se acusan mutuamente de violar el alto el fuego.'],
  ['hy', 'Պակիստանը հերքել է Ղարաբաղում պակիստանցի զինվորների մասնակցության մասին լուրերը։'],
  ['ar', 'نفت باكستان التقارير عن مشاركة جنودها في القتال إلى جانب أذربيجان.'],
  ['ar', 'اتهمت أرمينيا أذربيجان بالتطهير العرقي في قره باغ.'],
  ['fa', 'پاکستان گزارش‌های حضور نیروهای نظامی خود در قره‌باغ را تکذیب کرد.'],
  ['fa', 'ارمنستان آذربایجان را به پاکسازی قومی متهم کرد.'],
  ['ur', 'دفتر خارجہ نے پاکستانی فوج کی موجودگی کی خبروں کو بے بنیاد قرار دیا۔'],
  ['ur', 'آرمینیا نے پاکستانی کمانڈوز کی لڑائی میں شمولیت کا الزام لگایا ہے۔'],
  ['hi', 'पाकिस्तान ने कराबाख में अपने सैनिकों के लड़ने की खबरों को निराधार बताया।'],
  ['hi', 'आर्मेनिया ने अज़रबैजान पर युद्धविराम के उल्लंघन का आरोप लगाया।'],
];

describe('languageOf', () => {
  for (const [lang, sentence] of SENTENCES) {
    it(`reads ${lang}: ${sentence.slice(0, 40)}`, () => {
      expect(languageOf(sentence)).toBe(lang);
    });
  }

  it('tells Turkish from Azerbaijani by the letters only Azerbaijani writes', () => {
    expect(languageOf('Pakistan ordusu Karabağ’da savaşmadı.')).toBe('tr');
    expect(languageOf('Pakistan ordusu Qarabağda döyüşməyib.')).toBe('az');
  });

  it('gives no language for a Cyrillic text in another language than Russian, nor for no letters', () => {
    expect(languageOf('Пакистан заперечив участь своїх військових у боях.')).toBeNull();
    expect(languageOf('2020 — 27.09')).toBeNull();
  });
});
