/**
 * `npm run bench:browser`: what the content script costs on real pages, in real Chromium with the
 * built extension, against two references on the same page:
 *
 * - floor: a bare read of the page's text (a TreeWalker over its text nodes, joined; also reported:
 *   document.body.textContent, the cheapest read there is, which keeps no map back to the nodes);
 * - peer: mark.js (devDependency, injected only here) marking every spelling of the names.
 *
 * The extension's main-thread time is summed from a CPU profile (CDP Profiler, 100 µs samples): every
 * sample whose stack holds a frame of the extension's scripts, from navigation until the page state
 * is reported; plus the compiling of the content script's file, from the trace (no sample shows it). Its longest task is the most time its code spent in one main-thread task (task bounds from a trace).
 * References run in the page on a hostname the extension does not run on, timed with
 * performance.now() (each is one synchronous task). Medians of several runs. Prints JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { CHROME_BUILD, ROOT, launchChromium, startFixtureServer, PAGES_DIR, listCases, readMeta } from '../tests/e2e/harness';
import { NAMES } from '../src/core/names';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const NEWS_HOST = 'www.dawn.com';
/** Not on the news list: the content script does not run, so references measure alone. */
const PLAIN_HOST = 'bench.localhost';

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The renderer main threads' tasks, [start, end) in µs on the profile's clock. */
function mainThreadTasks(events: readonly TraceEvent[]): [number, number][] {
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && main.has(`${e.pid}:${e.tid}`))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1])
    // Nested task events (a task run inside another) belong to the outer one.
    .filter((task, i, all) => i === 0 || task[0] >= all[i - 1]![1]);
}

/**
 * Compiling the content script's file happens before any of its code runs, so no CPU-profile sample
 * holds a frame of ours: it is read from the trace (v8.compile of our script's URL).
 */
function compileTime(events: readonly TraceEvent[]): number {
  let us = 0;
  for (const e of events) {
    const url = (e.args as { data?: { url?: string } } | undefined)?.data?.url ?? '';
    if (e.ph === 'X' && e.name === 'v8.compile' && url.startsWith('chrome-extension://')) us += e.dur ?? 0;
  }
  return us / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Extension main-thread ms and its longest task, from a CPU profile and the trace's task boundaries:
 * the most time our code spent in one task. (Without the trace, a run of consecutive samples of
 * ours is all one can see, and it merges tasks that follow each other at once, as a yield to an
 * idle event loop does.)
 */
function extensionTime(profile: CpuProfile, tasks: readonly [number, number][]): { busyMs: number; longestTaskMs: number; longestRunMs: number; longestTaskWholeMs: number } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const v = /^chrome-extension:\/\//.test(n.callFrame.url) || (parent.has(id) && isOurs(parent.get(id)!));
    ours.set(id, v);
    return v;
  };
  // A task of ours: consecutive samples in our code, or in the garbage collector between two of
  // ours. Idle time or the page's own code ends it (a CPU profile shows no task boundaries, so a run
  // can only be shorter than the task that held it if the page's code ran in that same task).
  const fn = (id: number) => byId.get(id)!.callFrame.functionName;
  let busyMs = 0;
  let longest = 0;
  let run = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    if (isOurs(id)) {
      busyMs += dt;
      run += dt;
    } else if (fn(id) === '(garbage collector)' && run > 0) {
      run += dt;
    } else {
      longest = Math.max(longest, run);
      run = 0;
    }
  }
  longest = Math.max(longest, run);
  // Our time per task: each sample of ours goes to the task that holds its timestamp.
  const perTask = new Map<number, number>();
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0));
  let k = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const at = times[i]!;
    if (!isOurs(profile.samples[i]!)) continue;
    while (k < tasks.length && tasks[k]![1] < at) k++;
    // A sample counts until the next one, but never past the end of its task.
    if (k < tasks.length && tasks[k]![0] <= at) {
      const until = Math.min(times[i + 1] ?? at, tasks[k]![1]);
      perTask.set(k, (perTask.get(k) ?? 0) + Math.max(0, until - at) / 1000);
    }
  }
  if (process.env.BENCH_TASK) {
    // Where the longest task of ours spent its time, by self time (with the minified position).
    const worst = [...perTask].sort((a, b) => b[1] - a[1])[0];
    if (worst) {
      const [from, to] = tasks[worst[0]]!;
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const at = times[i]!;
        if (at < from || at > to || !isOurs(id)) return;
        const f = byId.get(id)!.callFrame as { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + ((times[i + 1] ?? at) - at) / 1000);
      });
      console.error(`task ${((to - from) / 1000).toFixed(1)} ms:\n` + [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k2, v]) => `  ${v.toFixed(1)} ms ${k2}`).join('\n'));
    }
  }
  let longestTask = 0;
  let longestWhole = 0;
  for (const [i, ms] of perTask) {
    if (ms > longestTask) {
      longestTask = ms;
      longestWhole = (tasks[i]![1] - tasks[i]![0]) / 1000;
    }
  }
  if (process.env.BENCH_TOP) {
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (!isOurs(id)) return;
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${(f as { lineNumber?: number }).lineNumber ?? ''}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    });
    console.error([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(1)} ms ${k}`).join('\n'));
  }
  // No trace events (an old browser): the longest run is all there is.
  return tasks.length > 0
    ? { busyMs, longestTaskMs: longestTask, longestRunMs: longest, longestTaskWholeMs: longestWhole }
    : { busyMs, longestTaskMs: longest, longestRunMs: longest, longestTaskWholeMs: longest };
}

async function main(): Promise<void> {
  if (!process.env.BENCH_NO_BUILD) {
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error('wxt build failed');
  }
  // Generated fixture pages (the 1 MB article); their generators' output goes to stderr, so stdout
  // stays one JSON document.
  for (const c of listCases()) {
    const gen = readMeta(c).generator;
    if (gen) spawnSync(process.execPath, [join(PAGES_DIR, c, gen)], { stdio: ['ignore', 2, 2] });
  }
  const server = await startFixtureServer({ quiet: true });
  const session = await launchChromium({ server });
  const { context, serviceWorker } = session;

  // A 1 MB page without any mention: the no-mention fixture's paragraphs, repeated.
  const plain = readFileSync(join(PAGES_DIR, 'no-mention/index.html'), 'utf8');
  const paras = plain.match(/<p>[^<]*<\/p>/g) ?? [];
  const filler: string[] = [];
  for (let n = 0, i = 0; n < 1_000_000; i++) {
    const p = paras[i % paras.length]!;
    filler.push(i % 8 === 0 ? `<h2>Section ${i}</h2>${p}` : p);
    n += p.length;
  }
  const bigPlain = plain.replace(/<\/article>/, `${filler.join('\n')}</article>`);
  await context.route(/\/bench-no-mention-1mb\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bigPlain }),
  );
  const port = new URL(server.urlFor('no-mention')).port;
  const pages = {
    'large-article': (host: string) => server.urlFor('large-article', host),
    'no-mention-1mb': (host: string) => `http://${host}:${port}/bench-no-mention-1mb/`,
    'no-mention': (host: string) => server.urlFor('no-mention', host),
  };

  const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const names = [...new Set(NAMES.map((n) => n.spelling))];

  const pageState = () =>
    serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      try {
        return (await c.tabs.sendMessage(tab!.id!, { dir: 'popupToContent', type: 'getPageState' })) as { status: string; matches: unknown[]; mentions: number };
      } catch {
        return null;
      }
    }).catch(() => null);

  const report: Record<string, unknown> = {};
  // BENCH_PAGES=large-article (comma-separated) measures only those pages, for profiling.
  const only = process.env.BENCH_PAGES?.split(',');
  for (const [name, url] of Object.entries(pages)) {
    if (only && !only.includes(name)) continue;
    const ext: (ReturnType<typeof extensionTime> & { compileMs: number })[] = [];
    let state: unknown = null;
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.bringToFront();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const trace: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
      await page.goto(url(NEWS_HOST), { waitUntil: 'load' });
      const deadline = Date.now() + 30_000;
      for (;;) {
        const s = await pageState();
        if (s && s.status !== 'off') {
          state = s;
          break;
        }
        if (Date.now() > deadline) throw new Error(`no page state on ${name}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 300));
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await traced;
      ext.push({ ...extensionTime(profile, mainThreadTasks(trace)), compileMs: compileTime(trace) });
      await cdp.detach();
      await page.close();
    }

    const floorWalk: number[] = [];
    const floorTextContent: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto(url(PLAIN_HOST), { waitUntil: 'load' });
      const floor = await page.evaluate(() => {
        const t0 = performance.now();
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        const nodes: Node[] = [];
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          nodes.push(n);
          parts.push((n as Text).data);
        }
        const text = parts.join('');
        const t1 = performance.now();
        const tc = document.body.textContent ?? '';
        const t2 = performance.now();
        return { walk: t1 - t0, textContent: t2 - t1, chars: text.length + tc.length * 0 };
      });
      floorWalk.push(floor.walk);
      floorTextContent.push(floor.textContent);
      await page.addScriptTag({ content: markJs });
      peer.push(
        await page.evaluate((ns) => {
          const MarkCtor = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
          const t0 = performance.now();
          new MarkCtor(document.body).mark(ns, {
            separateWordSearch: false,
            acrossElements: true,
            diacritics: true,
            exclude: ['script', 'style', 'textarea', 'input', 'select', 'button', 'pre', 'code', 'svg', '[contenteditable]'],
          });
          return performance.now() - t0;
        }, names),
      );
      await page.close();
    }

    // What the targets are judged on: our code's samples plus compiling our file.
    const busy = median(ext.map((e) => e.busyMs + e.compileMs));
    const walk = median(floorWalk);
    const tc = median(floorTextContent);
    const markMs = median(peer);
    report[name] = {
      bytes: name === 'no-mention-1mb' ? bigPlain.length : readFileSync(join(PAGES_DIR, name, 'index.html')).length,
      pageState: state,
      extensionMainThreadMs: round(busy),
      // Of which: running our code (CPU profile) and compiling our file (trace).
      extensionRunMs: round(median(ext.map((e) => e.busyMs))),
      extensionCompileMs: round(median(ext.map((e) => e.compileMs))),
      extensionLongestTaskMs: round(Math.max(...ext.map((e) => e.longestTaskMs))),
      // The whole of that task (page work in it included), and the longest run of our samples.
      longestTaskWholeMs: round(Math.max(...ext.map((e) => e.longestTaskWholeMs))),
      extensionLongestRunMs: round(Math.max(...ext.map((e) => e.longestRunMs))),
      floorWalkMs: round(walk),
      floorTextContentMs: round(tc),
      markJsMs: round(markMs),
      ratioToFloorWalk: round(busy / walk),
      ratioToFloorTextContent: round(busy / tc),
      ratioToMarkJs: round(busy / markMs),
      runs: RUNS,
      extensionRunsMs: ext.map((e) => round(e.busyMs + e.compileMs)),
    };
  }
  await session.close();
  await server.close();
  const large = (report['large-article'] ?? {}) as { ratioToFloorWalk: number; ratioToMarkJs: number; extensionLongestTaskMs: number };
  const none = (report['no-mention-1mb'] ?? {}) as { ratioToFloorWalk: number; extensionLongestTaskMs: number };
  console.log(
    JSON.stringify(
      {
        machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
        extensionBuild: CHROME_BUILD.replace(ROOT + '/', ''),
        pages: report,
        targets: {
          'large-article within 1.5x floor': large.ratioToFloorWalk <= 1.5,
          'large-article under 1/4 of mark.js': large.ratioToMarkJs < 0.25,
          'no task over 50 ms': Math.max(large.extensionLongestTaskMs, none.extensionLongestTaskMs) <= 50,
          'no-mention within 1.2x floor': none.ratioToFloorWalk <= 1.2,
        },
      },
      null,
      2,
    ),
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
