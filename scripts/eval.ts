/**
 * `npm run eval`: claim matching measured on the real-sentence corpus (tests/eval/real/), each page's
 * sentences replayed in order as on a page about the topic.
 *   npm run eval                      the test half: figures only (it is never tuned on, so its
 *                                     sentences are not listed)
 *   npm run eval -- --tune            the tuning half, with every mistake listed
 *   npm run eval -- --lang=en,ru      only these languages
 *   npm run eval -- --sensitivity=0.7 another matcher sensitivity
 */
import { evaluateReal, type ClaimTally, type Half, type RealReport, type Tally } from '../tests/eval/evaluate-real';
import { BUNDLED_DATASET } from '../src/data/bundled';

const args = process.argv.slice(2);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sensitivityArg = value('sensitivity');
const sensitivity = sensitivityArg === undefined ? undefined : Number(sensitivityArg);
if (sensitivity !== undefined && !(sensitivity >= 0 && sensitivity <= 1)) {
  process.stderr.write('eval: --sensitivity must be a number from 0 to 1\n');
  process.exit(2);
}
const half: Half = args.includes('--tune') ? 'tune' : args.includes('--all') ? 'all' : 'test';
const langs = value('lang')?.split(',');

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (label: string, t: Tally) =>
  `${label.padEnd(46)}${String(t.positives).padStart(5)}${String(t.right).padStart(6)}${String(t.wrong).padStart(6)}${String(t.negatives).padStart(5)}${String(t.falseMatches).padStart(6)} ${pct(t.precision)} ${pct(t.recall)}`;
const head = (label: string) => `${label.padEnd(46)}  pos right wrong  neg false  precis.  recall`;
const claimRow = (id: string, c: ClaimTally) =>
  `${id.padEnd(46)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)} ${pct(c.precision)} ${pct(c.recall)}`;

function print(report: RealReport): void {
  console.log(`\n== ${half === 'test' ? 'test half (never tuned on)' : half === 'tune' ? 'tuning half' : 'both halves'}: ${report.outcomes.length} sentences`);
  console.log(head('language'));
  for (const [lang, t] of report.byLang) console.log(row(lang, t));
  console.log(row('all', report.overall));
  console.log(`\n${'claim'.padEnd(46)}   tp   fp   fn  precis.  recall`);
  for (const [id, c] of report.byClaim) console.log(claimRow(id, c));
  console.log(`\n${head('answer reported')}`);
  for (const [id, t] of report.byAnswer) console.log(row(id, t));
  console.log(`\n${head('sentence names its claim (alone) or not (page)')}`);
  for (const [k, t] of report.byContext) console.log(row(k, t));
  const viaContext = report.outcomes.filter((o) => o.via === 'context');
  console.log(`matched through their page: ${viaContext.length} (${viaContext.filter((o) => o.correct).length} right)`);
  if (half === 'test') return;
  const wrong = report.outcomes.filter((o) => !o.correct);
  if (wrong.length === 0) return;
  console.log('\nmistakes:');
  for (const o of wrong) {
    const expected = o.claims.length > 0 ? o.claims.join('|') : 'none';
    console.log(`  [${o.lang} ${o.article}#${o.seq} ${o.context}] expected ${expected}, got ${o.predicted ?? 'none'}${o.via === 'context' ? ' (context)' : ''} ${o.score} [${o.terms.join(', ')}]\n      ${o.sentence}`);
  }
}

print(evaluateReal([BUNDLED_DATASET], { half, langs, sensitivity }));
