import { describe, expect, it } from 'vitest';
import { evaluateReal } from '../../../eval/evaluate-real';
import { BUNDLED_DATASET } from '@/src/data/bundled';

// The real-sentence corpus's test half was measured once, at the end of the batch that widened the
// twelve lexicons from the tuning half's misses (README, "Matching quality", 2026-11-30): precision
// 0.888, recall 0.425, 12 false matches of 224 negatives, 7 sentences shown with another claim; of the
// sentences that name their claim, precision 0.978 and recall 0.620. It is never tuned on; these floors
// sit a little below that measurement so that a regression fails the build and a corpus fix of one or
// two rows does not.
describe('matching on real outlets’ sentences, test half', () => {
  const report = evaluateReal([BUNDLED_DATASET], { half: 'test' });

  it('holds precision at 0.87 and recall at 0.41', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.87);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.41);
  });

  it('matches at most 13 of its negatives and shows at most 9 sentences with another claim', () => {
    expect(report.overall.falseMatches).toBeLessThanOrEqual(13);
    expect(report.overall.wrong).toBeLessThanOrEqual(9);
  });

  it('gets sentences that name their claim right nearly always when it shows one', () => {
    const alone = report.byContext.get('alone')!;
    expect(alone.precision).toBeGreaterThanOrEqual(0.96);
    expect(alone.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('measures every language it claims, each with a test half', () => {
    expect([...report.byLang.keys()].sort()).toEqual(['ar', 'az', 'de', 'en', 'es', 'fa', 'fr', 'hi', 'hy', 'ru', 'tr', 'ur']);
    for (const [lang, t] of report.byLang) expect({ lang, positives: t.positives > 0 && t.negatives > 0 }).toEqual({ lang, positives: true });
  });
});

describe('matching on real outlets’ sentences, tuning half', () => {
  const report = evaluateReal([BUNDLED_DATASET], { half: 'tune' });

  it('holds precision at 0.92 and recall at 0.51 (measured 0.937 and 0.528)', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.92);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.51);
  });

  it('turns at most two negatives into matches through their page context (measured: two)', () => {
    const throughContext = report.outcomes.filter((o) => o.claims.length === 0 && o.via === 'context');
    expect(throughContext.length).toBeLessThanOrEqual(2);
  });
});
