/**
 * `npx tsx scripts/extract-readability-texts.ts <readability git dir> [commit]`: writes
 * tests/fixtures/readability/pages.json.br, the text that the content script's first stage reads
 * (`(document.body ?? document.documentElement).textContent`) of each of the 130 real saved pages in
 * Mozilla Readability's test suite (test/test-pages/<name>/source.html, Apache-2.0).
 *
 * Each page is parsed by Debian's Chromium, served as the only response (every other request is
 * aborted) with a CSP that forbids scripts: the document is parsed as a browser with scripting on
 * parses it (a <noscript>'s markup stays text, as on a real page), but nothing the page's scripts
 * would do offline (fetch, fail, rewrite) makes the texts differ from run to run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const [gitDir, commitArg] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: tsx scripts/extract-readability-texts.ts <readability git dir> [commit]');
  process.exit(2);
}
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 64 << 20 });
const commit = git('rev-parse', commitArg ?? 'HEAD').toString().trim();
const names = git('ls-tree', '--name-only', `${commit}:test/test-pages`).toString().trim().split('\n');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const context = await browser.newContext();
const pages: { name: string; text: string }[] = [];
for (const name of names) {
  const html = git('show', `${commit}:test/test-pages/${name}/source.html`);
  const url = `http://readability.test/${name}/`;
  const page = await context.newPage();
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
          body: html,
        })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const text = await page.evaluate(() => (document.body ?? document.documentElement).textContent ?? '');
  pages.push({ name, text });
  await page.close();
}
await browser.close();

const outDir = join(import.meta.dirname, '../tests/fixtures/readability');
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify({ source: 'https://github.com/mozilla/readability', commit, license: 'Apache-2.0', pages });
// Brotli at its best setting: 1.3 MB instead of gzip's 1.9 MB, and as fast to read.
const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 };
writeFileSync(join(outDir, 'pages.json.br'), brotliCompressSync(json, { params }));
const chars = pages.reduce((n, p) => n + p.text.length, 0);
console.log(`${pages.length} pages, ${chars} characters of text, from ${commit}`);
