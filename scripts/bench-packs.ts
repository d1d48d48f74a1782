/**
 * `npm run bench:packs`: how long each hostile claim pack of issue #15 (tests/packs/hostile.ts) takes to
 * be refused, how much memory that takes and how many errors it shows, two ways:
 *  (a) `npm run validate:data -- --stats FILE`: the check's own time, the whole command's wall time
 *      (npm and tsx start-up included) and the process's peak RSS, next to a valid 30 kB file for scale;
 *  (b) the options page in Chromium (the built extension): from the file input's change event to its
 *      errors on screen, and the extension renderer's resident memory before the import and at its
 *      peak during it (the high-water mark is reset before each file through /proc/PID/clear_refs;
 *      the renderer also holds the background and the page itself), plus the errors shown.
 *  (c) reading back a valid 4 MB pack from storage (src/packs/stored.ts re-checks it with every rule,
 *      as each topic page's second stage and the options page do), next to the schema check alone
 *      that it replaces; cold (the first call, in a fresh process) and warm.
 * Medians of 3 runs. Nothing here asserts: the tests check the errors; this prints what they cost.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { DatasetSchema } from '../src/data/schema';
import { readStoredPacks } from '../src/packs/stored';
import { HOSTILE_PACKS } from '../tests/packs/hostile';
import { CHROME_BUILD, launchChromium } from '../tests/e2e/harness';

const root = resolve(import.meta.dirname, '..');
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dir = mkdtempSync(join(tmpdir(), 'kc-bench-packs-'));

interface CliFigure {
  file: string;
  what: string;
  checkMs: number;
  commandMs: number;
  peakRssMb: number;
  errorLines: number;
  firstError: string;
}

function cli(name: string, what: string, path: string): CliFigure {
  const checks: number[] = [];
  const walls: number[] = [];
  const peaks: number[] = [];
  let errorLines = 0;
  let firstError = '';
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync('npm', ['run', '--silent', 'validate:data', '--', '--stats', path], { cwd: root, encoding: 'utf8' });
    walls.push(performance.now() - started);
    const stats = /checked in (\d+) ms; peak memory of this process so far (\d+) MB/.exec(run.stdout);
    if (!stats) throw new Error(`no --stats line for ${name}:\n${run.stdout}\n${run.stderr}`);
    checks.push(Number(stats[1]));
    peaks.push(Number(stats[2]));
    const lines = run.stderr.split('\n').filter((l) => l.includes(': '));
    errorLines = lines.length;
    // Each line is `FILE: $.path: rule: message`; the file is the bench's temporary path.
    firstError = lines[0] ? lines[0].slice(lines[0].indexOf(': ') + 2) : 'ok';
  }
  return { file: name, what, checkMs: median(checks), commandMs: Math.round(median(walls)), peakRssMb: median(peaks), errorLines, firstError };
}

// (c) ------------------------------------------------------------------------------------------------
function bigValidPack(claims: number) {
  const ids = Array.from({ length: claims }, (_, i) => i);
  return {
    version: 1,
    id: 'big-pack',
    title: 'A big pack',
    claims: ids.map((i) => ({
      id: `big-claim-${i}`,
      statement: `Outlets reported that convoy ${i} crossed the Lachin corridor in 2021, according to a statement.`,
      claimants: [{ name: 'An example outlet', role: 'published the report' }],
      date: '2021-03-01',
      sourceIds: ['big-source'],
      phrasings: Array.from({ length: 6 }, (_, k) => `convoy ${i} crossed the Lachin corridor, wording ${k}`),
      tags: ['convoy', '2021'],
    })),
    responses: ids.map((i) => ({
      id: `big-response-${i}`,
      claimId: `big-claim-${i}`,
      kind: 'denial',
      speaker: { name: 'A spokesperson', organisation: 'An example ministry' },
      quote: 'We have seen no evidence of this, the ministry said in its weekly briefing.',
      date: '2021-03-02',
      sourceId: 'big-source',
    })),
    sources: [{ id: 'big-source', publisher: 'Example News', headline: 'A report', date: '2021-03-02', url: 'https://example.org/report' }],
    context: [],
  };
}
const big = bigValidPack(4500);
const stored = [{ id: 'big-pack', title: 'A big pack', enabled: true, importedAt: '2026-11-25T12:00:00.000Z', dataset: big }];
const timeIt = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return Math.round(performance.now() - t0);
};
const readEveryRule = () => readStoredPacks(stored);
const schemaOnly = () => v.is(DatasetSchema, big);
// `--cold every|schema`: this process only times one first call (what a page's second stage pays).
const coldArg = process.argv.indexOf('--cold');
if (coldArg >= 0) {
  console.log(timeIt(process.argv[coldArg + 1] === 'schema' ? schemaOnly : readEveryRule));
  process.exit(0);
}
/** The first call, each in a fresh process; median of RUNS. */
function cold(which: 'every' | 'schema'): number {
  const times = Array.from({ length: RUNS }, () => {
    const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--cold', which], { encoding: 'utf8' });
    return Number(run.stdout.trim());
  });
  return median(times);
}
const storedRead = {
  packMb: Math.round((JSON.stringify(big).length / 1048576) * 100) / 100,
  claims: big.claims.length,
  everyRuleMs: { cold: cold('every'), warm: median([0, 1, 2, 3, 4].map(() => timeIt(readEveryRule))) },
  schemaOnlyMs: { cold: cold('schema'), warm: median([0, 1, 2, 3, 4].map(() => timeIt(schemaOnly))) },
};

// (a) ------------------------------------------------------------------------------------------------
const files = HOSTILE_PACKS.map((h) => {
  const path = join(dir, h.name);
  writeFileSync(path, h.text());
  return { hostile: h, path };
});
const cliFigures = [cli('claims.json (valid, for scale)', 'the bundled dataset', resolve(root, 'src/data/claims.json'))];
for (const { hostile, path } of files) cliFigures.push(cli(hostile.name, hostile.what, path));

// (b) ------------------------------------------------------------------------------------------------
/** Every process under the Chromium whose command line names `profile`. */
function chromiumProcesses(profile: string): number[] {
  const parents = new Map<number, number>();
  let top: number | undefined;
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      parents.set(pid, Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
      if (top === undefined && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`)) top = pid;
    } catch {
      // gone
    }
  }
  if (top === undefined) return [];
  const tree = new Set([top]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

const extensionRenderers = (profile: string) =>
  chromiumProcesses(profile).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process');
    } catch {
      return false;
    }
  });

/** VmHWM (the peak resident set since the last reset) or VmRSS (now) of a process, in kB. */
function memoryKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

interface PageFigure {
  file: string;
  ms: number;
  rendererRssBeforeMb: number;
  rendererPeakRssMb: number | null;
  errorsShown: number;
  moreLine: string | null;
  firstError: string;
}

const pageFigures: PageFigure[] = [];
let peakResettable = true;
if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('No Chrome build: run `npm run build` first.');
const profile = mkdtempSync(join(tmpdir(), 'kc-bench-profile-'));
const session = await launchChromium({ userDataDir: profile });
try {
  for (const { hostile, path } of files) {
    const times: number[] = [];
    const peaks: number[] = [];
    const befores: number[] = [];
    let shown = { errors: 0, more: null as string | null, first: '' };
    for (let i = 0; i < RUNS; i++) {
      const page = await session.openExtensionPage('options.html');
      await page.getByRole('heading', { level: 1 }).waitFor();
      // From the input's change event to the file's errors in the page.
      await page.evaluate((name) => {
        const w = window as unknown as { __kcDone: Promise<number> };
        w.__kcDone = new Promise((done) => {
          let start = 0;
          document.getElementById('pack-file')!.addEventListener('change', () => (start = performance.now()), { capture: true });
          new MutationObserver((_, observer) => {
            if ([...document.querySelectorAll<HTMLElement>('.import-errors > div')].some((d) => d.dataset.file === name)) {
              observer.disconnect();
              done(performance.now() - start);
            }
          }).observe(document.body, { childList: true, subtree: true });
        });
      }, hostile.name);
      const renderers = extensionRenderers(profile);
      for (const pid of renderers) peakResettable &&= resetPeak(pid);
      befores.push(Math.max(0, ...renderers.map((pid) => memoryKb(pid, 'VmRSS'))) / 1024);
      await page.locator('#pack-file').setInputFiles(path);
      times.push(await page.evaluate(() => (window as unknown as { __kcDone: Promise<number> }).__kcDone));
      peaks.push(Math.max(0, ...renderers.map((pid) => memoryKb(pid, 'VmHWM'))) / 1024);
      shown = await page.evaluate((name) => {
        const block = [...document.querySelectorAll<HTMLElement>('.import-errors > div')].find((d) => d.dataset.file === name)!;
        const items = [...block.querySelectorAll('li')];
        return { errors: items.length, more: block.querySelector('.more-errors')?.textContent ?? null, first: `${items[0]?.dataset.path} ${items[0]?.dataset.rule}` };
      }, hostile.name);
      await page.close();
    }
    pageFigures.push({
      file: hostile.name,
      ms: Math.round(median(times)),
      rendererRssBeforeMb: Math.round(median(befores)),
      rendererPeakRssMb: peakResettable ? Math.round(median(peaks)) : null,
      errorsShown: shown.errors,
      moreLine: shown.more,
      firstError: shown.first,
    });
  }
} finally {
  await session.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  JSON.stringify(
    {
      machine: { nproc: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverage1m: Math.round(loadavg()[0]! * 100) / 100, date: new Date().toISOString() },
      cli: cliFigures,
      storedPackRead: storedRead,
      optionsPage: peakResettable ? pageFigures : { note: 'could not reset the renderer peak RSS (/proc/PID/clear_refs); rendererPeakRssMb omitted', figures: pageFigures },
    },
    null,
    2,
  ),
);
