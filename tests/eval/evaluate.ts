/**
 * Runs the sentences we wrote (sentences.tsv, heldout*.tsv) through the matcher and counts, for the
 * unit test that keeps their behaviour (tests/unit/core/written-examples.test.ts). Not a quality
 * measure: `npm run eval` measures on real outlets' sentences (evaluate-real.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMatcher } from '../../src/core/matcher';
import type { Dataset } from '../../src/data/schema';

export interface Labelled {
  expected: string[];
  sentence: string;
  note: string;
}

export interface Outcome extends Labelled {
  predicted: string | null;
  score: number;
  terms: string[];
  correct: boolean;
}

export interface ClaimStats {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Report {
  outcomes: Outcome[];
  perClaim: Map<string, ClaimStats>;
  overall: ClaimStats & { negatives: number; falseOnNegatives: number };
  /** The negatives that matched a claim anyway, as their sentences. */
  falseMatches: string[];
  /** Rows: expected (first id or "none"); columns: predicted (or "none"). */
  confusion: Map<string, Map<string, number>>;
}

/** The labelled set the matcher was tuned on. */
export const TUNING_SET = fileURLToPath(new URL('./sentences.tsv', import.meta.url));
/** Written after the first tuning and measured once; the quality pass tuned on it since. */
export const HELD_OUT_SET = fileURLToPath(new URL('./heldout.tsv', import.meta.url));
/** Written before the quality pass and never tuned on: the honest estimate. */
export const HELD_OUT_2_SET = fileURLToPath(new URL('./heldout2.tsv', import.meta.url));
export const HELD_OUT_3_SET = fileURLToPath(new URL('./heldout3.tsv', import.meta.url));

export function loadLabelled(file = TUNING_SET): Labelled[] {
  const rows: Labelled[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('expected\t')) continue;
    const [expected = '', sentence = '', note = ''] = line.split('\t');
    rows.push({ expected: expected === 'none' ? [] : expected.split('|'), sentence, note });
  }
  return rows;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function evaluate(datasets: Dataset[], rows = loadLabelled(), sensitivity?: number): Report {
  const matcher = createMatcher(datasets, { sensitivity });
  const outcomes: Outcome[] = rows.map((row) => {
    const best = matcher.matchSentence(row.sentence)[0];
    const predicted = best?.claimId ?? null;
    const correct = predicted === null ? row.expected.length === 0 : row.expected.includes(predicted);
    return { ...row, predicted, score: best?.score ?? 0, terms: best?.terms ?? [], correct };
  });
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const confusion = new Map<string, Map<string, number>>();
  for (const o of outcomes) {
    const row = o.expected.length === 0 ? 'none' : o.correct && o.predicted ? o.predicted : o.expected[0]!;
    const col = o.predicted ?? 'none';
    const line = confusion.get(row) ?? new Map<string, number>();
    confusion.set(row, line);
    line.set(col, (line.get(col) ?? 0) + 1);
    if (o.correct && o.predicted) get(o.predicted).tp++;
    else {
      if (o.predicted) get(o.predicted).fp++;
      if (o.expected.length > 0) get(o.expected[0]!).fn++;
    }
  }
  const perClaim = new Map<string, ClaimStats>();
  let tp = 0, fp = 0, fn = 0;
  for (const [id, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    perClaim.set(id, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) });
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const negatives = outcomes.filter((o) => o.expected.length === 0);
  const falseMatches = negatives.filter((o) => o.predicted !== null).map((o) => o.sentence);
  return {
    outcomes,
    perClaim,
    confusion,
    overall: {
      tp, fp, fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      negatives: negatives.length,
      falseOnNegatives: falseMatches.length,
    },
    falseMatches,
  };
}
