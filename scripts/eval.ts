/**
 * `npm run eval`: the labelled sentences (tests/eval/sentences.tsv) against the bundled claims;
 * prints per-claim precision and recall, the confusion table, and every mistake.
 *   --sensitivity=0.7   try another matcher sensitivity
 */
import { evaluate } from '../tests/eval/evaluate';
import { BUNDLED_DATASET } from '../src/data/bundled';

const arg = process.argv.find((a) => a.startsWith('--sensitivity='));
const sensitivity = arg ? Number(arg.split('=')[1]) : undefined;
if (sensitivity !== undefined && !(sensitivity >= 0 && sensitivity <= 1)) {
  process.stderr.write('eval: --sensitivity must be a number from 0 to 1\n');
  process.exit(2);
}
const report = evaluate([BUNDLED_DATASET], undefined, sensitivity);
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

const ids = [...report.perClaim.keys()];
const short = new Map(ids.map((id, i) => [id, String.fromCharCode(65 + i)]));
const label = (id: string) => (id === 'none' ? '-' : (short.get(id) ?? '?'));

console.log(`sentences: ${report.outcomes.length} (${report.overall.negatives} negatives)`);
console.log('\nclaim                                        key   TP  FP  FN  precision  recall');
for (const [id, s] of report.perClaim) {
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
