/**
 * `npm run eval`: the labelled sentences (tests/eval/sentences.tsv and tests/eval/heldout.tsv, which
 * the matcher was tuned on, and tests/eval/heldout2.tsv, spent on one rule since, and tests/eval/heldout3.tsv, never tuned on) against the bundled
 * claims; prints per-claim
 * precision and recall, the confusion table, and every mistake, for each set.
 *   --sensitivity=0.7   try another matcher sensitivity
 */
import { evaluate, HELD_OUT_2_SET, HELD_OUT_3_SET, HELD_OUT_SET, loadLabelled, type Report } from '../tests/eval/evaluate';
import { BUNDLED_DATASET } from '../src/data/bundled';

const arg = process.argv.find((a) => a.startsWith('--sensitivity='));
const sensitivity = arg ? Number(arg.split('=')[1]) : undefined;
if (sensitivity !== undefined && !(sensitivity >= 0 && sensitivity <= 1)) {
  process.stderr.write('eval: --sensitivity must be a number from 0 to 1\n');
  process.exit(2);
}
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

function print(title: string, report: Report): void {
  const ids = [...new Set([...BUNDLED_DATASET.claims.map((c) => c.id)])];
  const short = new Map(ids.map((id, i) => [id, String.fromCharCode(65 + i)]));
  const label = (id: string) => (id === 'none' ? '-' : (short.get(id) ?? '?'));

  console.log(`\n== ${title}: ${report.outcomes.length} sentences (${report.overall.negatives} negatives)`);
  console.log('claim                                        key   TP  FP  FN  precision  recall');
  for (const id of ids) {
    const s = report.perClaim.get(id) ?? { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 };
    console.log(`${id.padEnd(44)} ${label(id).padStart(3)} ${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}   ${pct(s.precision)}%  ${pct(s.recall)}%`);
  }
  const o = report.overall;
  console.log(`${'overall'.padEnd(44)}     ${String(o.tp).padStart(4)}${String(o.fp).padStart(4)}${String(o.fn).padStart(4)}   ${pct(o.precision)}%  ${pct(o.recall)}%`);
  console.log(`false matches on negatives: ${o.falseOnNegatives} of ${o.negatives}`);

  const cols = [...ids, 'none'];
  console.log('\nconfusion (rows: expected, columns: predicted; - is none)');
  console.log('      ' + cols.map((c) => label(c).padStart(5)).join(''));
  for (const row of cols) {
    const line = report.confusion.get(row);
    console.log(label(row).padStart(5) + ' ' + cols.map((c) => String(line?.get(c) ?? 0).padStart(5)).join(''));
  }

  const wrong = report.outcomes.filter((x) => !x.correct);
  if (wrong.length > 0) {
    console.log('\nmistakes:');
    for (const w of wrong) {
      console.log(`  expected ${w.expected.map(label).join('|') || '-'}, got ${w.predicted ? label(w.predicted) : '-'} (${w.score}) [${w.terms.join(', ')}]: ${w.sentence}`);
    }
  }
}

print('tuning set (tests/eval/sentences.tsv)', evaluate([BUNDLED_DATASET], undefined, sensitivity));
print('first held-out set, tuned on since (tests/eval/heldout.tsv)', evaluate([BUNDLED_DATASET], loadLabelled(HELD_OUT_SET), sensitivity));
print('second held-out set, spent on the anti- rule (tests/eval/heldout2.tsv)', evaluate([BUNDLED_DATASET], loadLabelled(HELD_OUT_2_SET), sensitivity));
print('third held-out set (tests/eval/heldout3.tsv)', evaluate([BUNDLED_DATASET], loadLabelled(HELD_OUT_3_SET), sensitivity));
