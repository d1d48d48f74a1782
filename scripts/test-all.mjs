#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Each step's output streams through.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build chrome', 'npx', ['wxt', 'build']],
  ['build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['web-ext lint', 'npx', ['web-ext', 'lint', '-s', '.output/firefox-mv3', '--self-hosted']],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status})`);
    process.exit(r.status || 1);
  }
}
