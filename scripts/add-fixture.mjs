#!/usr/bin/env node
// Adds a fixture page: tests/fixtures/pages/<case>/index.html + meta.json.
//
//   node scripts/add-fixture.mjs <case> --text article.txt --host www.dawn.com [options]
//   node scripts/add-fixture.mjs <case> --html saved-page.html --host www.dawn.com [options]
//
// --text   plain text: blank lines separate paragraphs; the first short line is the headline unless
//          --headline is given. It is wrapped in a realistic news page (tests/fixtures/lib/news-page.mjs).
// --html   a saved page: copied with its scripts and remote references removed, so it fetches nothing.
// Options: --host (required: a hostname on the news list in src/sites.ts, or localhost), --site NAME,
//          --headline, --byline, --date, --datetime ISO, --section, --expected "what a reader should see",
//          --mention TEXT (repeatable: texts that must be highlighted as mentions), --force (overwrite),
//          --lang BCP47 (the page's language; Arabic, Persian and Urdu pages run right to left).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderNewsPage, textToBlocks, isSubhead } from '../tests/fixtures/lib/news-page.mjs';

const PAGES = resolve(import.meta.dirname, '../tests/fixtures/pages');

function fail(msg) {
  console.error(`add-fixture: ${msg}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    text: { type: 'string' },
    html: { type: 'string' },
    host: { type: 'string' },
    site: { type: 'string' },
    headline: { type: 'string' },
    byline: { type: 'string' },
    date: { type: 'string' },
    datetime: { type: 'string' },
    section: { type: 'string' },
    expected: { type: 'string' },
    mention: { type: 'string', multiple: true },
    lang: { type: 'string' },
    force: { type: 'boolean' },
  },
});

const name = positionals[0];
if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) fail('give a case name in lower-case-with-dashes as the first argument');
if (!values.text === !values.html) fail('give exactly one of --text FILE or --html FILE');
if (!values.host || !/^[a-z0-9.-]+$/i.test(values.host)) fail('give --host, the hostname to serve the page under (e.g. www.dawn.com)');
const dir = join(PAGES, name);
if (existsSync(join(dir, 'index.html')) && !values.force) fail(`${dir} exists; pass --force to overwrite`);

let html;
let title;
if (values.text) {
  const blocks = textToBlocks(readFileSync(values.text, 'utf8'));
  if (blocks.length === 0) fail(`${values.text} has no text`);
  let headline = values.headline;
  if (!headline) {
    if (!isSubhead(blocks[0])) fail('the text does not start with a headline line; pass --headline');
    headline = blocks.shift();
  } else if (blocks[0] === headline) {
    blocks.shift();
  }
  title = headline;
  html = renderNewsPage({
    site: values.site ?? values.host.replace(/^www\./, ''),
    headline,
    byline: values.byline,
    date: values.date,
    datetime: values.datetime,
    section: values.section,
    blocks,
    ...(values.lang ? { lang: values.lang } : {}),
    ...(/^(ar|fa|ur|he)\b/.test(values.lang ?? '') ? { extraHead: '<style>html { direction: rtl; }</style>' } : {}),
  });
} else {
  const source = readFileSync(values.html, 'utf8');
  title = values.headline ?? (source.match(/<title[^>]*>([^<]*)<\/title>/i)?.[1] ?? name).trim();
  // A fixture must not reach the network: drop scripts, remote stylesheets and remote sources.
  html = source
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\/[^>]*>/gi, '')
    .replace(/\s(src|srcset|poster|data-src)\s*=\s*(["'])(?:https?:)?\/\/.*?\2/gi, '')
    .replace(/\shref\s*=\s*(["'])(?:https?:)?\/\/.*?\1/gi, ' href="#"')
    .replace(/url\(\s*(["']?)(?:https?:)?\/\/.*?\1\s*\)/gi, 'none');
}

mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'index.html'), html);
const meta = {
  title,
  hostname: values.host,
  expected: values.expected ?? 'Describe what a reader should see here.',
  ...(values.mention ? { mentions: values.mention } : {}),
};
writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(`Added ${dir} (served as http://${values.host}:PORT/${name}/ by the fixture server)`);
