import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import type { Dataset } from '@/src/data/schema';
import { matcherFromIndex } from '@/src/core/matcher';
import { buildIndex, type ClaimIndex } from '@/src/core/matching/index';
import { deserializeIndex, serializeIndex } from '@/src/core/matching/index-json';
import { BUNDLED_INDEX_JSON } from '@/src/core/matching/bundled-index';
import { bundledIndexModule } from '@/src/core/matching/bundled-index-source';
import { scanText } from '@/src/core/scan';
import { runToEnd } from '@/src/core/steps';
import { SMALL_DATASET } from '../../support/small-dataset';
import { syntheticDataset } from '../../support/synthetic-claims';
import { corpusParagraphs, corpusRows } from '@/tests/support/corpus-texts';

const rows = corpusRows();
const articles = corpusParagraphs(rows);

const fresh = (datasets: readonly Dataset[]) => runToEnd(buildIndex(datasets));
const roundTrip = (index: ClaimIndex, datasets: readonly Dataset[]) => deserializeIndex(serializeIndex(index, datasets), datasets);
/** The index's data, without its derived function. */
const data = ({ weightOf: _, ...rest }: ClaimIndex) => rest;

describe('the claim index as JSON', () => {
  const datasets = [BUNDLED_DATASET];
  const built = fresh(datasets);
  const loaded = roundTrip(built, datasets);

  it('has the corpus to compare on', () => {
    expect(rows.length).toBeGreaterThan(1000);
    expect(articles.length).toBeGreaterThan(100);
  });

  it('reads back every field of the index (a field the serialiser forgot shows here)', () => {
    expect(Object.keys(loaded).sort()).toEqual(Object.keys(built).sort());
    expect(data(loaded)).toEqual(data(fresh(datasets)));
  });

  it('weighs every concept as the fresh index does, and one it never saw', () => {
    const concepts = built.docs.flatMap((d) => [...d.concepts.values()]);
    for (const c of [...concepts, { id: 'never-said', kind: 'word' as const }, { id: 'date:1871', kind: 'detail' as const }]) {
      expect(loaded.weightOf(c)).toBe(built.weightOf(c));
    }
  });

  it('gives the datasets’ own claim objects back, not copies', () => {
    for (const [id, frame] of loaded.frames) expect(frame.claim).toBe(BUNDLED_DATASET.claims.find((c) => c.id === id));
  });

  it('matches every real sentence as the fresh index does, alone and in its article, at two sensitivities', () => {
    for (const sensitivity of [0.5, 1]) {
      const a = matcherFromIndex(built, { sensitivity });
      const b = matcherFromIndex(loaded, { sensitivity });
      for (const r of rows) expect(b.matchSentence(r.sentence), r.sentence).toEqual(a.matchSentence(r.sentence));
      for (const text of articles) {
        expect(scanText(text, b, { assumeTopic: true }).matches).toEqual(scanText(text, a, { assumeTopic: true }).matches);
      }
    }
    // The comparison is not vacuous: real sentences do match.
    expect(rows.filter((r) => matcherFromIndex(loaded).matchSentence(r.sentence).length > 0).length).toBeGreaterThan(100);
  }, 120_000);

  it('round-trips an index of several datasets, and refuses other datasets', () => {
    const several = [BUNDLED_DATASET, SMALL_DATASET, syntheticDataset(200)];
    const index = fresh(several);
    const back = roundTrip(index, several);
    expect(data(back)).toEqual(data(fresh(several)));
    expect(() => deserializeIndex(serializeIndex(index, several), [BUNDLED_DATASET])).toThrow(/other datasets/);
  }, 60_000);

  it('refuses what it cannot write as data, rather than losing it', () => {
    expect(() => serializeIndex({ ...built, score: () => 1 } as ClaimIndex, datasets)).toThrow(/\$\.score is a function/);
    expect(() => serializeIndex({ ...built, when: new Date(0) } as ClaimIndex, datasets)).toThrow(/\$\.when is a Date/);
    expect(() => serializeIndex({ ...built, claimCount: NaN }, datasets)).toThrow(/claimCount is NaN/);
  });
});

describe('the generated bundled index (src/core/matching/bundled-index.ts)', () => {
  it('is the one the bundled claims and the matcher give now (else run npm run gen:bundled-index)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../../src/core/matching/bundled-index.ts'), 'utf8');
    expect(committed).toBe(bundledIndexModule());
    expect(data(deserializeIndex(BUNDLED_INDEX_JSON, [BUNDLED_DATASET]))).toEqual(data(fresh([BUNDLED_DATASET])));
  });
});
