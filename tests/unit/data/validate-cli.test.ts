import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => `tests/unit/data/fixtures/${name}`;

function validate(...files: string[]) {
  const run = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/validate-data.ts', ...files], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run validate:data', () => {
  it('accepts the bundled dataset by default', () => {
    const run = validate();
    expect(run.err).toBe('');
    expect(run.out).toContain('src/data/claims.json: ok');
    expect(run.code).toBe(0);
  });

  it('accepts a valid pack', () => {
    expect(validate(fixture('valid-pack.json')).code).toBe(0);
  });

  it.each([
    ['broken-reference.json', '$.responses[0].sourceId: reference: no source has id "src-missing"'],
    ['broken-http-url.json', '$.sources[0].url: https-only: links must be https'],
    ['broken-verdict.json', '$.responses[0].summary: attributive-wording: "fake" passes a verdict'],
    ['broken-schema.json', '$.claims[0].extra: unsafe-url: contains a javascript:/vbscript: URL'],
    ['broken-schema.json', '$.claims[0].extra: schema: unknown key "extra"'],
    ['broken-schema.json', '$.responses[0].quote: schema: must not be empty'],
    ['broken-syntax.json', '$: json: not valid JSON'],
  ])('reports %s as FILE: PATH: RULE: message and exits non-zero', (name, line) => {
    const run = validate(fixture(name));
    expect(run.code).not.toBe(0);
    expect(run.err.split('\n')).toContainEqual(expect.stringContaining(`${fixture(name)}: ${line}`));
  });

  it('checks every file given and fails if any fails', () => {
    const run = validate(fixture('valid-pack.json'), fixture('broken-reference.json'), 'tests/unit/data/fixtures/missing.json');
    expect(run.code).toBe(1);
    expect(run.out).toContain('valid-pack.json: ok');
    expect(run.err).toContain('broken-reference.json: $.responses[0].sourceId: reference:');
    expect(run.err).toContain('missing.json: $: json: cannot read file');
  });

  it('prints a look-alike link host as a warning and still passes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-cli-'));
    try {
      const pack = JSON.parse(readFileSync(resolve(root, fixture('valid-pack.json')), 'utf8'));
      pack.sources[0].url = 'https://xn--80ak6aa92e.com/a';
      const file = join(dir, 'lookalike.json');
      writeFileSync(file, JSON.stringify(pack));
      const run = validate(file);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/lookalike\.json: \$\.sources\[0\]\.url: lookalike-host: host "xn--80ak6aa92e\.com" is written in punycode.* \(warning\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
