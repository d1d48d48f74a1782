import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'scan-cli-'));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
function scan(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run scan', () => {
  it('prints one JSON object for a text page', () => {
    const p = file('page.txt', 'War in Nagorno-Karabakh\nPakistan denied that its army was fighting alongside Azerbaijani forces against Armenia.\n');
    const r = scan(p);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['topic', 'mentions', 'matches']);
    expect(out.topic).toBe(true);
    expect(out.mentions).toEqual([{ text: 'Nagorno-Karabakh', start: 7, end: 23 }]);
    expect(out.matches).toHaveLength(1);
    expect(Object.keys(out.matches[0])).toEqual(['claimId', 'claim', 'sentence', 'score', 'terms']);
    expect(out.matches[0].claimId).toBe('pakistan-troops-agdam-2020');
    expect(out.matches[0].sentence).toBe('Pakistan denied that its army was fighting alongside Azerbaijani forces against Armenia.');
  }, 20000);

  it('reads HTML: drops scripts and styles, makes blocks into boundaries', () => {
    const p = file(
      'page.html',
      '<html><head><title>x</title><style>p{}</style></head><body><script>var Karabakh = 1;</script>' +
        '<h1>Nagorno-<em>Karabakh</em> news</h1><p>Pakistan denied that its army was fighting alongside Azerbaijani forces&nbsp;against Armenia.</p></body></html>',
    );
    const out = JSON.parse(scan(p).stdout);
    expect(out.mentions.map((m: { text: string }) => m.text)).toEqual(['Nagorno-Karabakh']);
    expect(out.matches.map((m: { sentence: string }) => m.sentence)).toEqual([
      'Pakistan denied that its army was fighting alongside Azerbaijani forces\u00a0against Armenia.',
    ]);
  }, 20000);

  it('with --sentences prints one object per line, in order, matches empty when none', () => {
    const p = file('lines.txt', 'Islamabad denies its soldiers fought for Baku in Karabakh.\nMarkets were calm in Lahore.\n');
    const r = scan('--sentences', p);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0])).toEqual(['sentence', 'mentions', 'matches']);
    expect(lines[0].sentence).toBe('Islamabad denies its soldiers fought for Baku in Karabakh.');
    expect(lines[0].mentions).toEqual([{ text: 'Karabakh', start: 49, end: 57 }]);
    expect(lines[0].matches[0].claimId).toBe('pakistan-troops-agdam-2020');
    expect(lines[1]).toEqual({ sentence: 'Markets were calm in Lahore.', mentions: [], matches: [] });
  }, 20000);

  it('fails with one line on stderr for a missing, empty or binary file', () => {
    for (const p of [join(dir, 'missing.txt'), file('empty.txt', '  \n'), file('bin.txt', 'a\u0000b')]) {
      const r = scan(p);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^scan: /);
    }
  }, 30000);

  it('scans 10 MB on one line to a result, and refuses it as a sentence with one line of advice', () => {
    const words = 'Shelling near the border was reported by officials today. '.repeat(1000);
    const p = file('one-line.txt', (words + 'Fighting resumed in Nagorno-Karabakh. ').repeat(Math.ceil(10_000_000 / words.length)));
    const r = scan(p);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.topic).toBe(true);
    expect(out.mentions.length).toBe(Math.ceil(10_000_000 / words.length));
    const s = scan('--sentences', p);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/^scan: line 1 has \d+ characters; --sentences takes one sentence per line/);
    expect(s.stderr.trim().split('\n')).toHaveLength(1);
  }, 120000);

  it('fails on wrong usage', () => {
    const r = scan();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  }, 20000);
});
