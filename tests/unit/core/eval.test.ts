import { describe, expect, it } from 'vitest';
import { evaluate, loadLabelled } from '../../eval/evaluate';
import { BUNDLED_DATASET } from '@/src/data/bundled';

// Thresholds set from what the matcher reaches on the labelled set (see `npm run eval`), a little
// below it so that a wording change in the dataset does not fail the build for one sentence, but a
// real regression does.
describe('labelled evaluation set', () => {
  const rows = loadLabelled();
  const report = evaluate([BUNDLED_DATASET], rows);

  it('has at least 200 labelled sentences, negatives among them', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(report.overall.negatives).toBeGreaterThanOrEqual(80);
  });

  it('labels only claims that exist in the bundled dataset', () => {
    const ids = new Set(BUNDLED_DATASET.claims.map((c) => c.id));
    const unknown = rows.flatMap((r) => r.expected).filter((id) => !ids.has(id));
    expect(unknown).toEqual([]);
  });

  it('matches nothing on the negatives', () => {
    const wrong = report.outcomes.filter((o) => o.expected.length === 0 && o.predicted !== null).map((o) => o.sentence);
    expect(wrong).toEqual([]);
  });

  it('holds precision at 0.98 and recall at 0.93 overall', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.93);
  });

  it('holds recall at 0.6 or more for every claim', () => {
    for (const [id, s] of report.perClaim) expect({ id, recall: s.recall >= 0.6 }).toEqual({ id, recall: true });
  });
});
