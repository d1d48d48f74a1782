/**
 * The hostile packs of issue #15 (tests/packs/hostile.ts), through the import and through
 * `npm run validate:data`: each is refused with its path-named error among at most about a hundred,
 * nothing throws, and the packs already stored stay exactly as they were. Time and memory are
 * `npm run bench:packs`'s business; nothing here is timed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_REPORTED_ERRORS } from '@/src/data/errors';
import { packsItem } from '@/src/packs/items';
import { importPack, importPackFile } from '@/src/packs/store';
import { HOSTILE_PACKS } from '../../packs/hostile';
import { samplePack } from './pack-fixture';

const root = resolve(import.meta.dirname, '../../..');

describe('hostile packs through the import', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    expect((await importPack('first.json', JSON.stringify(samplePack('first', 'First pack')))).ok).toBe(true);
  });

  it.each(HOSTILE_PACKS)('$name ($what) is refused with $expect.rule at $expect.path', async (hostile) => {
    const before = await packsItem.getValue();
    const text = hostile.text();
    for (const result of [await importPack(hostile.name, text), await importPackFile(new File([text], hostile.name))]) {
      if (result.ok) throw new Error(`${hostile.name} was accepted`);
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS);
      expect(result.errors).toContainEqual(expect.objectContaining({ file: hostile.name, rule: hostile.expect.rule, path: hostile.expect.path }));
      for (const e of result.errors) expect(e.path).toMatch(/^\$/);
    }
    expect(await packsItem.getValue()).toEqual(before);
  });

  it('a file of many errors lists the first hundred and says how many more it counted', async () => {
    const many = HOSTILE_PACKS.find((p) => p.name === 'many-errors.json')!;
    const result = await importPack(many.name, many.text());
    expect(!result.ok && result.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(!result.ok && result.more).toEqual({ count: 9_900, atLeast: true });
  });
});

describe('hostile packs through npm run validate:data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kc-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses each with its path-named error, at most about a hundred lines per file, and exits 1', () => {
    const paths = HOSTILE_PACKS.map((p) => {
      const path = join(dir, p.name);
      writeFileSync(path, p.text());
      return path;
    });
    const run = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/validate-data.ts', ...paths], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter(Boolean);
    for (const hostile of HOSTILE_PACKS) {
      const mine = lines.filter((l) => l.includes(`${hostile.name}: `));
      expect(mine, hostile.name).toContainEqual(expect.stringContaining(`${hostile.name}: ${hostile.expect.path}: ${hostile.expect.rule}: `));
      expect(mine.length, hostile.name).toBeLessThanOrEqual(MAX_REPORTED_ERRORS + 1);
    }
    expect(lines).toContainEqual(expect.stringMatching(/many-errors\.json: and at least 9,900 more errors \(checking stopped there\)$/));
  });
});
