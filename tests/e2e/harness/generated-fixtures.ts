/**
 * Some fixture pages are too big to commit (the 1 MB article): their case folder holds a generator
 * named in meta.json, which writes index.html deterministically. Output is git-ignored.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PAGES_DIR, listCases, readMeta } from './fixture-server';

export function ensureGeneratedFixtures(): void {
  for (const name of listCases()) {
    const meta = readMeta(name);
    if (!meta.generator) continue;
    const script = join(PAGES_DIR, name, meta.generator);
    if (!existsSync(script)) throw new Error(`Fixture ${name}: generator ${script} is missing`);
    const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`Fixture ${name}: generator ${meta.generator} failed (exit ${r.status})`);
  }
}
