/**
 * Search folds words by the core's rules (src/core/normalize.ts), so a query meets a claim's words
 * however either is spelled, in the way the page matcher would; search only cuts the text into words.
 */
import { describe, expect, it } from 'vitest';
import { foldString } from '@/src/core/normalize';
import { buildSearchIndex } from '@/src/search';
import { normalizeWord, tokenize } from '@/src/search/normalize';
import { DATASET, NAMES } from '../../support/search-fixture';

describe('search words', () => {
  it('folds every word exactly as the core folds it', () => {
    for (const word of ['Xankəndi', 'Ağdam', 'AGDAM', 'Карабах', 'Ёлка', 'Straße', 'کریمی', 'كريمي', 'काराबाख़', 'Ղարաբաղ', 'ＫＡＲＡＢＡＫＨ']) {
      expect(normalizeWord(word), word).toBe(foldString(word));
    }
  });

  it('lets the spellings pages use meet: diacritics, dotless i, schwa, Persian and Arabic letter forms', () => {
    expect(normalizeWord('Xankəndi')).toBe(normalizeWord('Xankendi'));
    expect(normalizeWord('Ağdam')).toBe(normalizeWord('AGDAM'));
    expect(normalizeWord('Dağlıq')).toBe('dagliq');
    expect(normalizeWord('کریمی')).toBe(normalizeWord('كريمي'));
  });

  it('keeps the vowels Devanagari writes as marks', () => {
    expect(normalizeWord('पाकिस्तान')).not.toBe(normalizeWord('पकसतन'));
  });

  it('cuts a text into words with their offsets in the original, a zero-width non-joiner inside its word', () => {
    const text = 'Ağdam, پاکستانی‌ها!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Ağdam', 'پاکستانی‌ها']);
    expect(tokens[1]!.norm).toBe(foldString('پاکستانی‌ها'));
  });

  it('finds a claim that spells a name with Arabic letters by the same name typed with Persian ones', () => {
    const claim = { ...DATASET.claims[0]!, statement: 'Remarks attributed to كريمي about Agdam' };
    const index = buildSearchIndex([{ ...DATASET, claims: [claim], responses: [] }], NAMES);
    const r = index.search('کریمی');
    expect(r.claims.map((c) => c.claimId)).toEqual([claim.id]);
    const [s, e] = r.claims[0]!.statement.marks[0]!;
    expect(r.claims[0]!.statement.text.slice(s, e)).toBe('كريمي');
  });
});
