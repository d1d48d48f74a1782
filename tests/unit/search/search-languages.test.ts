/**
 * The popup search finds claims by words in every language the concept lexicons know: a query word
 * stands for its concept, and the claims' words of that concept in any language answer it.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { NAMES } from '@/src/core/names';
import { buildSearchIndex, type MarkedText } from '@/src/search';

const index = buildSearchIndex([BUNDLED_DATASET], NAMES);
const ids = (q: string) => index.search(q).claims.map((c) => c.claimId);
const marked = (m: MarkedText) => m.marks.map(([s, e]) => m.text.slice(s, e));

const AGDAM = 'pakistan-troops-agdam-2020';
const SPECIAL = 'pakistan-special-forces-pashinyan-2020';
const OPERATION = 'azerbaijan-anti-terrorist-operation-2023';
const CLEANSING = 'armenia-ethnic-cleansing-accusation-2023';
const CEASEFIRE = 'ceasefire-violations-2020';

describe('search in other languages', () => {
  it('finds the special-forces claim by "пакистанский спецназ", and marks what it matched in English', () => {
    const r = index.search('пакистанский спецназ');
    expect(r.partial).toBe(false);
    expect(r.claims.map((c) => c.claimId)).toEqual([SPECIAL]);
    expect(marked(r.claims[0]!.statement)).toEqual(['Pakistani', 'special']);
  });

  it('finds the claims about Pakistani troops by "Pakistan askerleri" and "پاکستانی فوج"', () => {
    for (const q of ['Pakistan askerleri', 'پاکستانی فوج']) {
      const found = ids(q);
      expect(found, q).toContain(AGDAM);
      expect(found, q).toContain(SPECIAL);
      expect(found, q).not.toContain(CLEANSING);
      expect(index.search(q).partial, q).toBe(false);
    }
  });

  const ONE_PER_LANGUAGE: [string, string, string][] = [
    ['ru', 'этнические чистки', CLEANSING],
    ['tr', 'ateşkes ihlali', CEASEFIRE],
    ['az', 'antiterror əməliyyatı', OPERATION],
    ['hy', 'հրադադարի խախտում', CEASEFIRE],
    ['ur', 'پاکستانی کمانڈوز', SPECIAL],
    ['fr', 'nettoyage ethnique', CLEANSING],
    ['de', 'ethnische Säuberung', CLEANSING],
    ['ar', 'التطهير العرقي', CLEANSING],
    ['fa', 'نقض آتش‌بس', CEASEFIRE],
    ['hi', 'पाकिस्तानी सैनिक', AGDAM],
    ['es', 'limpieza étnica', CLEANSING],
  ];
  for (const [lang, query, claim] of ONE_PER_LANGUAGE) {
    it(`${lang}: "${query}" finds ${claim} first`, () => {
      const r = index.search(query);
      expect(r.partial).toBe(false);
      expect(r.claims[0]?.claimId).toBe(claim);
    });
  }

  it('still ranks a claim that has the very words above one that only shares their concepts', () => {
    // "special forces" is in the special-forces claim; the Agdam claim says "forces" only.
    expect(ids('special forces')[0]).toBe(SPECIAL);
  });
});
