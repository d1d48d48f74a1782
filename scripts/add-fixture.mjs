#!/usr/bin/env node
// Adds a fixture page: tests/fixtures/pages/<case>/index.html + meta.json.
//
//   node scripts/add-fixture.mjs <case> --text article.txt --host www.dawn.com [options]
//   node scripts/add-fixture.mjs <case> --html saved-page.html --host www.dawn.com [--keep article] [options]
//   node scripts/add-fixture.mjs <case> --tsv tests/eval/real/en.tsv --url URL --host www.dawn.com [options]
//
// --text   plain text: blank lines separate paragraphs; the first short line is the headline unless
//          --headline is given. It is wrapped in a realistic news page (tests/fixtures/lib/news-page.mjs).
// --html   a saved page: copied with its scripts and remote references removed, so it fetches nothing.
//          --keep SELECTOR keeps of its body only the elements matching SELECTOR (the article), so a
//          real page is reduced to what a test needs; its title, language and canonical link stay.
// --tsv    a real article from the evaluation corpus (tests/eval/real/<lang>.tsv): the sentences the
//          file holds for --url, in their order (seq), the first as the headline, each verbatim, and
//          nothing else: no template, no words of ours on the page.
// --source WHERE THE PAGE CAME FROM and --url ITS ADDRESS are written to meta.json (source, url).
// Options: --host (required: a hostname on the news list in src/sites.ts, or localhost), --site NAME,
//          --headline, --byline, --date, --datetime ISO, --section, --expected "what a reader should see",
//          --mention TEXT (repeatable: texts that must be highlighted as mentions), --force (overwrite),
//          --lang BCP47 (the page's language; Arabic, Persian and Urdu pages run right to left).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderNewsPage, textToBlocks, isSubhead, escapeHtml } from '../tests/fixtures/lib/news-page.mjs';

const PAGES = resolve(import.meta.dirname, '../tests/fixtures/pages');

/** A saved page with only the body elements matching `selector` (and the head's title, language and canonical link). */
async function keepOnly(source, selector) {
  const { Window } = await import('happy-dom');
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = window.document;
  doc.write(source);
  const kept = [...doc.querySelectorAll(selector)].filter((el) => !el.parentElement?.closest(selector));
  if (kept.length === 0) fail(`no element matches --keep ${selector}`);
  // Only the text matters to a test: no media (their addresses are the site's own), scripts, styles,
  // frames or forms, and no event handler or javascript: link.
  for (const el of kept) {
    el.querySelectorAll('script, style, link, noscript, img, picture, source, video, audio, iframe, object, embed, form, button, svg, template').forEach((n) => n.remove());
    for (const n of [el, ...el.querySelectorAll('*')]) {
      for (const a of [...n.attributes]) {
        if (/^(on|data-|srcset$|src$|style$)/i.test(a.name) || (a.name === 'href' && !/^https?:/i.test(a.value))) n.removeAttribute(a.name);
      }
    }
  }
  const lang = doc.documentElement.getAttribute('lang');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const out = `<!doctype html>
<html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
${canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">\n` : ''}</head>
<body>
${kept.map((el) => el.outerHTML).join('\n')}
</body></html>
`;
  await window.happyDOM.close();
  return out;
}

/** The sentences tests/eval/real/<lang>.tsv holds for one article, in order, as a bare page. */
function pageFromCorpus(file, url, lang) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v]))).filter((r) => r.url === url);
  if (rows.length === 0) fail(`${file} has no sentence from ${url}`);
  rows.sort((a, b) => Number(a.seq) - Number(b.seq));
  const [headline, ...rest] = rows.map((r) => r.sentence);
  const language = lang ?? /\/(\w+)\.tsv$/.exec(file)?.[1] ?? 'en';
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<title>${escapeHtml(headline)}</title>
</head>
<body>
<article>
<h1>${escapeHtml(headline)}</h1>
${rest.map((t) => `<p>${escapeHtml(t)}</p>`).join('\n')}
</article>
</body></html>
`;
  return { html, title: headline };
}

function fail(msg) {
  console.error(`add-fixture: ${msg}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    text: { type: 'string' },
    html: { type: 'string' },
    keep: { type: 'string' },
    tsv: { type: 'string' },
    url: { type: 'string' },
    source: { type: 'string' },
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
if ([values.text, values.html, values.tsv].filter(Boolean).length !== 1) fail('give exactly one of --text FILE, --html FILE or --tsv FILE');
if (values.tsv && !values.url) fail('--tsv needs --url, the article whose sentences make the page');
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
} else if (values.tsv) {
  ({ html, title } = pageFromCorpus(values.tsv, values.url, values.lang));
} else {
  const source = values.keep ? await keepOnly(readFileSync(values.html, 'utf8'), values.keep) : readFileSync(values.html, 'utf8');
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
  ...(values.source ? { source: values.source } : {}),
  ...(values.url ? { url: values.url } : {}),
};
writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(`Added ${dir} (served as http://${values.host}:PORT/${name}/ by the fixture server)`);
