#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest, each step's output streamed through.
// A failing step does not hide later results: every step runs (the browser tests only when both
// builds succeeded), then the last line says `N passed, N failed` over all unit and browser tests,
// and the exit code is non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'kc-test-'));
const unitJson = join(reports, 'unit.json');
const e2eJson = join(reports, 'e2e.json');
const vitestReport = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];

const steps = [
  { name: 'typecheck', cmd: ['tsc', '--noEmit'] },
  // The pure core and the data model, compiled without DOM or extension types.
  { name: 'typecheck core', cmd: ['tsc', '-p', 'tsconfig.core.json'] },
  { name: 'lint', cmd: ['eslint', '.'] },
  { name: 'unit tests', cmd: ['vitest', 'run', ...vitestReport(unitJson)], report: unitJson },
  { name: 'build chrome', cmd: ['wxt', 'build'], build: true },
  { name: 'build firefox', cmd: ['wxt', 'build', '-b', 'firefox'], build: true },
  // Mozilla's validator, including the addons.mozilla.org listing checks; fails on any error.
  { name: 'web-ext lint', cmd: ['web-ext', 'lint', '-s', '.output/firefox-mv3'], needsBuild: true },
  {
    name: 'browser tests',
    cmd: ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...vitestReport(e2eJson)],
    env: { KC_E2E_NO_BUILD: '1' },
    report: e2eJson,
    needsBuild: true,
  },
];

const results = [];
let buildFailed = false;
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (step.needsBuild && buildFailed) {
    console.log(`\n▶ ${step.name}: not run, a build failed`);
    results.push({ name: step.name, status: 'not run' });
    continue;
  }
  console.log(`\n▶ ${step.name}: npx ${step.cmd.join(' ')}`);
  const started = Date.now();
  const r = spawnSync('npx', step.cmd, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = r.status === 0;
  if (!ok && step.build) buildFailed = true;
  if (step.report) {
    const json = existsSync(step.report) ? JSON.parse(readFileSync(step.report, 'utf8')) : null;
    passed += json?.numPassedTests ?? 0;
    failed += json?.numFailedTests ?? 0;
    // A run that failed outside any test (setup error, missing browser, no report) counts as one
    // failure, never as nothing.
    if (!ok && !json?.numFailedTests) failed += 1;
  }
  results.push({ name: step.name, status: ok ? 'ok' : `failed (exit ${r.status ?? r.signal})`, seconds });
}
rmSync(reports, { recursive: true, force: true });

console.log('\nSummary');
for (const r of results) console.log(`  ${r.name.padEnd(14)} ${r.status}${r.seconds ? ` in ${r.seconds} s` : ''}`);
const anyFailed = results.some((r) => r.status !== 'ok');
console.log(`${passed} passed, ${failed} failed`);
process.exit(anyFailed || failed > 0 ? 1 : 0);
