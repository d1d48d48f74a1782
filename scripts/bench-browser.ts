/**
 * `npm run bench:browser`: what the content script costs on real pages, in real Chromium with the
 * built extension, in one run:
 *
 * - pages: a typical topic article (seed 000 laid out as a news page), a 1 MB topic page and a 1 MB
 *   page that names no place but says "intelligence"; each against two references on the same page,
 *   run on a hostname where the extension does not run: a bare text read (a TreeWalker over its text
 *   nodes, joined) and mark.js marking the region's 11 main names (scripts/bench-browser/pages.ts);
 * - live: a topic page that appends 3,000 paragraphs at once, our long tasks while we catch up;
 * - real pages: how many of Mozilla Readability's 130 saved pages load the second stage;
 * - a full pack: the topic article again, and the popup's first keystroke, with and without the
 *   largest claim pack the size cap allows.
 *
 * Our main-thread time: CPU-profile samples of our code plus compiling our files (profile.ts). Medians
 * of BENCH_RUNS runs (default 7) with their range. Prints JSON on stdout and a summary on stderr.
 * BENCH_PARTS=pages,live,real,pack picks parts, BENCH_PAGES=text the pages whose name holds it;
 * BENCH_NO_BUILD=1 skips the build; BENCH_POPUP_ONLY=1 measures only the popup in the pack part; BENCH_TOP=1 prints where our time went (build with KC_NO_MINIFY=1).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, launchChromium, startFixtureServer, PAGES_DIR, listCases, readMeta, type ChromiumSession } from '../tests/e2e/harness';
import { MAX_DATASET_BYTES as MAX_PACK_BYTES } from '../src/data/parse';
import { syntheticDataset } from '../tests/support/synthetic-claims';
import type { Dataset } from '../src/data/schema';
import { formatDataError, validateDataset } from '../src/data/validate';
import { MAIN_NAMES, noName1mb } from './bench-browser/pages';
import { articleParagraphs } from '../tests/support/page-texts';
import { profileWhile, referenceTime, round, summary, type ExtensionTime } from './bench-browser/profile';
import { firstKeystroke } from './bench-browser/popup';
import { realPages, secondStageLoads } from './bench-browser/readability';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'pages,live,real,pack').split(','));
const NEWS_HOST = 'www.dawn.com';
/** Not on the news list: the content script does not run, so references measure alone. */
const PLAIN_HOST = 'bench.localhost';

interface PageState {
  status: string;
  matches: { claimId: string; count: number }[];
  mentions: number;
}

function pageStateOf(session: ChromiumSession): () => Promise<PageState | null> {
  return () =>
    session.serviceWorker
      .evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
        const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
        try {
          return (await c.tabs.sendMessage(tab!.id!, { dir: 'popupToContent', type: 'getPageState' })) as PageState;
        } catch {
          return null;
        }
      })
      .catch(() => null);
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const claimSentences = (s: PageState) => s.matches.reduce((n, m) => n + m.count, 0);

/** Our cost of loading a page: from navigation until the page reports its state (plus a moment). */
async function loadCost(context: BrowserContext, url: string, state: () => Promise<PageState | null>): Promise<{ time: ExtensionTime; state: PageState }> {
  const page = await context.newPage();
  await page.bringToFront();
  let last: PageState | null = null;
  const time = await profileWhile(context, page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    last = await until('a page state', async () => {
      const s = await state();
      return s && s.status !== 'off' ? s : null;
    });
    await new Promise((r) => setTimeout(r, 300));
  });
  await page.close();
  return { time, state: last! };
}

/**
 * The references on one page: a bare text read, and mark.js marking the 11 main names within text
 * nodes (its default; the peer the targets are judged against) and across elements (as we do:
 * "Nagorno-<em>Karabakh</em>"), which costs it far more on a long page.
 */
async function references(context: BrowserContext, url: string, markJs: string) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const walk = await referenceTime(context, page, () =>
    page.evaluate(() => {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      const nodes: Node[] = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        nodes.push(n);
        parts.push((n as Text).data);
      }
      const ms = performance.now() - t0;
      return parts.join('').length + nodes.length >= 0 ? ms : -1;
    }),
  );
  let marks = 0;
  const markWith = async (acrossElements: boolean, diacritics: boolean) => {
    // A fresh page each time: what one run marked must not change what the next one reads.
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: markJs });
    return referenceTime(context, page, async () => {
      const r = await page.evaluate(
        ({ names, across, diacritics }) => {
          const MarkCtor = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
          const t0 = performance.now();
          // Names as whole phrases; what we never read is left out.
          new MarkCtor(document.body).mark(names, {
            separateWordSearch: false,
            acrossElements: across,
            diacritics,
            exclude: ['script', 'style', 'textarea', 'input', 'select', 'button', 'pre', 'code', 'svg', '[contenteditable]'],
          });
          return { ms: performance.now() - t0, marks: document.querySelectorAll('mark[data-markjs]').length };
        },
        { names: MAIN_NAMES, across: acrossElements, diacritics },
      );
      marks = r.marks;
      return r.ms;
    });
  };
  // mark.js's defaults (diacritics on, within text nodes) is the peer the targets are judged on.
  const within = await markWith(false, true);
  const withinMarks = marks;
  const plain = await markWith(false, false);
  const across = await markWith(true, true);
  await page.close();
  return { walk, markJs: within, markJsMarks: withinMarks, markJsNoDiacritics: plain, markJsAcross: across };
}

async function measurePage(session: ChromiumSession, url: (host: string) => string, markJs: string) {
  const state = pageStateOf(session);
  const ext: ExtensionTime[] = [];
  let seen: PageState | null = null;
  for (let i = 0; i < RUNS; i++) {
    const r = await loadCost(session.context, url(NEWS_HOST), state);
    ext.push(r.time);
    seen = r.state;
  }
  const refs = [];
  for (let i = 0; i < RUNS; i++) refs.push(await references(session.context, url(PLAIN_HOST), markJs));
  const total = summary(ext.map((e) => e.totalMs));
  const cpu = (xs: { cpuMs: number }[]) => summary(xs.map((x) => x.cpuMs));
  const walk = cpu(refs.map((r) => r.walk));
  const mark = cpu(refs.map((r) => r.markJs));
  return {
    state: seen && { status: seen.status, mentions: seen.mentions, claimSentences: claimSentences(seen) },
    extensionMs: total,
    extensionWallMs: summary(ext.map((e) => e.wallMs)),
    compileMs: summary(ext.map((e) => e.compileMs)).median,
    longestTaskMs: round(Math.max(...ext.map((e) => e.longestTaskMs))),
    longestTaskWallMs: round(Math.max(...ext.map((e) => e.longestTaskWallMs))),
    longTasks: Math.max(...ext.map((e) => e.longTasks)),
    floorWalkMs: walk,
    markJsMs: mark,
    markJsWallMs: summary(refs.map((r) => r.markJs.wallMs)),
    markJsMarks: refs[0]!.markJsMarks,
    markJsNoDiacriticsMs: cpu(refs.map((r) => r.markJsNoDiacritics)),
    markJsAcrossElementsMs: cpu(refs.map((r) => r.markJsAcross)),
    vsFloor: round(total.median / walk.median),
    vsMarkJs: round(total.median / mark.median),
    runsMs: ext.map((e) => round(e.totalMs)),
  };
}

/** A topic page that appends 3,000 paragraphs in one task; our time until we have caught up. */
async function liveCost(session: ChromiumSession, url: string, paragraphs: string[]) {
  const state = pageStateOf(session);
  const runs: (ExtensionTime & { mentionsBefore: number; mentionsAfter: number })[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page: Page = await session.context.newPage();
    await page.bringToFront();
    await page.goto(url, { waitUntil: 'load' });
    const before = await until('the article annotated', async () => {
      const s = await state();
      return s?.status === 'annotating' ? s : null;
    });
    await new Promise((r) => setTimeout(r, 500));
    let after = before;
    const time = await profileWhile(session.context, page, async () => {
      await page.evaluate((texts) => {
        // One by one into the article, as a feed adds its items: 3,000 mutation records at once.
        const article = document.querySelector('article') ?? document.body;
        for (const t of texts) {
          const p = document.createElement('p');
          p.textContent = t;
          article.append(p);
        }
      }, paragraphs);
      // Caught up: the state has taken in the new text and then stayed the same for a second.
      let stableSince = Date.now();
      after = await until('the appended text annotated', async () => {
        const s = await state();
        if (!s) return null;
        if (s.mentions !== after.mentions) {
          after = s;
          stableSince = Date.now();
        }
        return s.mentions > before.mentions && Date.now() - stableSince > 1000 ? s : null;
      });
    });
    runs.push({ ...time, mentionsBefore: before.mentions, mentionsAfter: after.mentions });
    await page.close();
  }
  return {
    appended: paragraphs.length,
    mentions: { before: runs[0]!.mentionsBefore, after: runs[0]!.mentionsAfter },
    extensionMs: summary(runs.map((r) => r.totalMs)),
    longestTaskMs: summary(runs.map((r) => r.longestTaskMs)),
    longTasks: summary(runs.map((r) => r.longTasks)),
    longTaskMs: summary(runs.map((r) => r.longTaskMs)),
  };
}

/**
 * The largest synthetic pack whose file fits the import size cap and passes the pack rules: the
 * benchmarks' synthetic claims (tests/support/synthetic-claims.ts), each given an answer where it had none.
 */
function largestPack(): { json: string; claims: number } {
  const make = (n: number): Dataset => {
    const ds = syntheticDataset(n);
    const answered = new Set(ds.responses.map((r) => r.claimId));
    for (const c of ds.claims) {
      if (answered.has(c.id)) continue;
      ds.responses.push({ id: `${c.id}-answer`, claimId: c.id, kind: 'denial', speaker: { name: 'Synthetic spokesman' }, quote: c.phrasings[0] ?? c.statement, date: '2020-10-02', sourceId: 'synthetic-source' });
    }
    return ds;
  };
  let lo = 1000;
  let hi = 20_000;
  while (hi - lo > 20) {
    const mid = (lo + hi) >> 1;
    if (Buffer.byteLength(JSON.stringify(make(mid))) <= MAX_PACK_BYTES) lo = mid;
    else hi = mid;
  }
  const ds = make(lo);
  const checked = validateDataset(ds, 'largest.json');
  if (!checked.ok) throw new Error(`the synthetic pack is not valid: ${checked.errors.slice(0, 3).map(formatDataError).join('; ')}`);
  return { json: JSON.stringify(ds), claims: lo };
}

/** Imports a pack on the options page and waits until the background has prepared its index; the wait, in ms. */
async function importPack(session: ChromiumSession, json: string): Promise<number> {
  const options = await session.openExtensionPage('options.html');
  const started = Date.now();
  await options.locator('#pack-file').setInputFiles([{ name: 'largest.json', mimeType: 'application/json', buffer: Buffer.from(json) }]);
  await options.locator('li.pack').first().waitFor({ timeout: 60_000 });
  await until(
    'the packs index prepared',
    () =>
      session.serviceWorker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, { state?: string } | undefined>> } } } }).chrome;
        // The pages' index, then the popup's search index (older builds have none).
        const got = await c.storage.local.get(['preparedIndex', 'preparedSearch']);
        return got.preparedIndex?.state === 'ready' && (got.preparedSearch === undefined || got.preparedSearch.state === 'ready');
      }),
    300_000,
  );
  await options.close();
  const ready = Date.now() - started;
  // Storage is slow for a while after the tens of megabytes the preparation wrote (a first read
  // took 1.5-3 s right after, then about 1 ms): wait until reads are quick again, as they are when a
  // reader opens the popup any later than a few seconds after an import.
  for (let quick = 0, tries = 0; quick < 3 && tries < 120; tries++) {
    const ms = await session.serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<unknown> } } } }).chrome;
      const t = performance.now();
      await c.storage.local.get('settings');
      return performance.now() - t;
    });
    quick = ms < 20 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 250));
  }
  return ready;
}

async function main(): Promise<void> {
  if (!process.env.BENCH_NO_BUILD) {
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error('wxt build failed');
  }
  // Generated fixture pages (the 1 MB article); their output goes to stderr, stdout stays JSON.
  for (const c of listCases()) {
    const gen = readMeta(c).generator;
    if (gen) spawnSync(process.execPath, [join(PAGES_DIR, c, gen)], { stdio: ['ignore', 2, 2] });
  }
  const server = await startFixtureServer({ quiet: true });
  const session = await launchChromium({ server });
  const { context } = session;
  const bigPlain = noName1mb();
  await context.route(/\/bench-no-name-1mb\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bigPlain }));
  const port = new URL(server.urlFor('no-mention')).port;
  const pages = {
    'topic article (seed 000)': (host: string) => server.urlFor('seed-000-dailytimes', host),
    '1 MB topic page': (host: string) => server.urlFor('large-article', host),
    '1 MB page, no name, says "intelligence"': (host: string) => `http://${host}:${port}/bench-no-name-1mb/`,
  };
  const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const report: Record<string, unknown> = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverage1m: round(loadavg()[0]!), chromium: session.context.browser()?.version() ?? null },
    runs: RUNS,
    mainNames: MAIN_NAMES,
  };
  const log = (line: string) => console.error(line);

  if (PARTS.has('pages')) {
    const out: Record<string, Awaited<ReturnType<typeof measurePage>>> = {};
    for (const [name, url] of Object.entries(pages)) {
      if (process.env.BENCH_PAGES && !name.includes(process.env.BENCH_PAGES)) continue;
      out[name] = await measurePage(session, url, markJs);
      const r = out[name];
      log(`${name}: ${r.extensionMs.median} ms (${r.extensionMs.min}-${r.extensionMs.max}), floor ${r.floorWalkMs.median}, mark.js ${r.markJsMs.median}; x${r.vsFloor} floor, x${r.vsMarkJs} mark.js; longest task ${r.longestTaskMs}`);
    }
    report.pages = out;
  }
  if (PARTS.has('live')) {
    report.live = await liveCost(session, server.urlFor('seed-000-dailytimes', NEWS_HOST), articleParagraphs(3000));
    log(`live: ${JSON.stringify(report.live)}`);
  }
  if (PARTS.has('real')) {
    const real = await realPages();
    if (!real) report.realPages = 'no pages: commit tests/fixtures/readability or set READABILITY_GIT';
    else {
      const r = await secondStageLoads(context, real.pages, NEWS_HOST, port, pageStateOf(session));
      report.realPages = { source: real.source, pages: real.pages.length, secondStage: r.loaded.length, which: r.loaded, unanswered: r.unanswered };
      log(`real pages: ${r.loaded.length} of ${real.pages.length} load the second stage`);
    }
  }
  if (PARTS.has('pack')) {
    const topic = pages['topic article (seed 000)'];
    const keystroke = async (paste?: string) => {
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) ms.push(await firstKeystroke(context, session.extensionId, 'k', paste));
      return summary(ms);
    };
    // A query whose words the pack says often ("troops") and a place in another script.
    const popup = async () => ({
      popupFirstKeystrokeMs: await keystroke(),
      popupFirstQueryPastedMs: { 'pakistani troops': await keystroke('pakistani troops'), 'Нагорный Карабах': await keystroke('Нагорный Карабах') },
    });
    const state = pageStateOf(session);
    const cost = async () => {
      const ms: number[] = [];
      let longest = 0;
      for (let i = 0; i < RUNS; i++) {
        const r = await loadCost(context, topic(NEWS_HOST), state);
        ms.push(r.time.totalMs);
        longest = Math.max(longest, r.time.longestTaskMs);
      }
      return { extensionMs: summary(ms), longestTaskMs: round(longest) };
    };
    const without = { topicArticle: process.env.BENCH_POPUP_ONLY ? undefined : await cost(), ...(await popup()) };
    const pack = largestPack();
    const preparedInMs = await importPack(session, pack.json);
    const withPack = { topicArticle: process.env.BENCH_POPUP_ONLY ? undefined : await cost(), ...(await popup()) };
    report.pack = {
      claims: pack.claims,
      bytes: Buffer.byteLength(pack.json),
      // From choosing the file to the background's index being ready (wall time).
      preparedInMs,
      without,
      with: withPack,
      ratio: withPack.topicArticle && without.topicArticle ? round(withPack.topicArticle.extensionMs.median / without.topicArticle.extensionMs.median) : undefined,
    };
    log(`pack: ${JSON.stringify(report.pack)}`);
  }
  await session.close();
  await server.close();
  console.log(JSON.stringify(report, null, 2));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
