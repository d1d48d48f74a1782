import { describe, expect, it } from 'vitest';
import { AGAINST_OTHER, extractTerms } from '@/src/core/terms';

const concepts = (text: string) => extractTerms(text).map((t) => t.concept.id);

describe('extractTerms: hyphenated prefixes', () => {
  it('reads "anti-terror" and "counter-terrorism" as terror, with no concept for the prefix', () => {
    for (const text of ['an anti-terror operation', 'a counter-terrorism operation', 'антитеррористическая операция']) {
      const ids = concepts(text);
      expect(ids, text).toContain('terror');
      expect(ids, text).not.toContain('anti');
      expect(ids, text).not.toContain(AGAINST_OTHER.id);
    }
  });

  it('reads "anti-" anything else as another story', () => {
    for (const text of ['an anti-drug operation', 'an anti‑corruption raid']) {
      const ids = concepts(text);
      expect(ids, text).toContain(AGAINST_OTHER.id);
      expect(ids, text).not.toContain('terror');
    }
  });

  it('leaves "counter-" before anything else a word of its own ("counter-offensive")', () => {
    const ids = concepts('a counter-offensive in Karabakh');
    expect(ids).not.toContain(AGAINST_OTHER.id);
    expect(ids).toContain('counter');
  });
});

describe('extractTerms: words of other scripts', () => {
  it('keeps a Persian zero-width non-joiner inside the word, so the word and its suffix are one term', () => {
    const terms = extractTerms('نیروهای پاکستانی‌ها در آتش‌بس می‌جنگند');
    expect(terms.map((t) => [t.word, t.concept.id])).toEqual([
      ['نیروهای', 'military'],
      ['پاکستانی‌ها', 'pakistan'],
      ['آتش‌بس', 'ceasefire'],
      ['می‌جنگند', 'fight'],
    ]);
  });

  it('reads two words that say a concept together (Urdu "ساتھ مل کر", Arabic "غير مسؤولة")', () => {
    expect(concepts('پاکستانی فوج آذربائیجان کے ساتھ مل کر لڑ رہی ہے')).toEqual(['pakistan', 'military', 'azerbaijan', 'alongside', 'fight']);
    expect(concepts('تقارير غير مسؤولة')).toEqual(['report', 'irresponsible']);
    // Alone, the second word is no such thing: "مسؤول" is an official.
    expect(concepts('مسؤول باكستاني')).not.toContain('irresponsible');
  });
});
