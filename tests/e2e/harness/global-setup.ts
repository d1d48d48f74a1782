/**
 * Before any browser test: build both extensions (so a test never runs a stale build) and generate
 * the big fixture pages. `npm test` has just built both, so it sets KC_E2E_NO_BUILD=1.
 */
import { spawnSync } from 'node:child_process';
import { ROOT, chromiumPath, firefoxPath } from './browsers';
import { ensureGeneratedFixtures } from './generated-fixtures';

export default function setup(): void {
  // Fail first, and plainly, when a browser is missing.
  chromiumPath();
  firefoxPath();
  if (!process.env.KC_E2E_NO_BUILD) {
    for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
      const r = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`\`npx ${args.join(' ')}\` failed (exit ${r.status})`);
    }
  }
  ensureGeneratedFixtures();
}
