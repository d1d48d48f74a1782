import { describe, expect, it } from 'vitest';
import { evaluate, HELD_OUT_2_SET, HELD_OUT_3_SET, HELD_OUT_SET, loadLabelled } from '../../eval/evaluate';
import { BUNDLED_DATASET } from '@/src/data/bundled';

// Sentences we wrote, kept as unit tests of behaviour the matcher should keep: they are not a measure
// of quality (real outlets' sentences are; tests/unit/core/matching/real-matching.test.ts). Thresholds sit a
// little below what the matcher reaches, so a wording change does not fail the build for one
// sentence, but a real regression does.
describe('written examples (tests/eval/sentences.tsv)', () => {
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

  it('matches no negative', () => {
    // The last one to go: "fresh fighting may erupt" is a fear, not a report of who started a war.
    expect(report.falseMatches).toEqual([]);
  });

  it('holds precision at 0.985 and recall at 0.95 overall', () => {
    // Reached: precision 0.991 (108 of 109), recall 0.964 (108 of 112).
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.985);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('holds recall at 0.65 or more for every claim', () => {
    // The weakest is outbreak-blame-2020 (9 of 13): "who started it" is said in many ways.
    for (const [id, s] of report.perClaim) expect({ id, recall: s.recall >= 0.65 }).toEqual({ id, recall: true });
  });
});

// The first held-out set was written after the first tuning and measured once (precision 0.95,
// recall 0.73); the quality pass then tuned on it, so it is tuning data now (precision 1, recall 1
// after that pass). Its thresholds sit one sentence below what it reaches.
describe('first held-out set (now tuning data)', () => {
  const report = evaluate([BUNDLED_DATASET], loadLabelled(HELD_OUT_SET));

  it('matches nothing on its negatives', () => {
    expect(report.overall.falseOnNegatives).toBe(0);
  });

  it('holds precision at 0.95 and recall at 0.95', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.95);
  });
});

// The second held-out set was written before the quality pass, committed, and measured once at its
// end (precision 0.975, recall 0.907; the matcher before the pass: 0.893 and 0.581). Its one false
// match ("Azerbaijani police launched an anti-drug operation in Baku") was then fixed on purpose,
// with a rule ("anti-" or "counter-" something other than terror is another story) and tuning
// sentences of its own: from then on the set is spent, tuning data like the first.
describe('second held-out set (spent on the anti- rule)', () => {
  const rows = loadLabelled(HELD_OUT_2_SET);
  const report = evaluate([BUNDLED_DATASET], rows);

  it('has at least 60 sentences, 25 negatives among them', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(report.overall.negatives).toBeGreaterThanOrEqual(25);
  });

  it('matches no negative', () => {
    expect(report.falseMatches).toEqual([]);
  });

  it('holds precision at 0.97 and recall at 0.9', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.97);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.9);
  });
});

// The third held-out set was written after the anti- rule, committed with this test, and measured
// once (precision 0.974, recall 0.927, one false match of 25 negatives). Never tuned on: its
// thresholds sit one sentence below that measurement, and its false match stays listed.
describe('third held-out set', () => {
  const rows = loadLabelled(HELD_OUT_3_SET);
  const report = evaluate([BUNDLED_DATASET], rows);

  it('has at least 60 sentences, 25 negatives among them', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(report.overall.negatives).toBeGreaterThanOrEqual(25);
  });

  it('matches no negative but the one found on measurement', () => {
    // Pakistani troops "took part" with Azerbaijani "special forces": the words of Pashinyan's claim,
    // said of a joint exercise near Baku, a city of the page's topic.
    expect(report.falseMatches).toEqual(['Pakistani troops took part in a joint exercise with Azerbaijani special forces near Baku.']);
  });

  it('holds precision at 0.95 and recall at 0.9', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.9);
  });
});
