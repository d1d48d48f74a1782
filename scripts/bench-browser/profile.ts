/**
 * The extension's main-thread time on a page, from Chromium's own instruments: a CPU profile (CDP
 * Profiler, 100 µs samples) for the time our code runs, the trace for the task boundaries and for
 * compiling our script files (no sample shows a compile).
 */
import type { BrowserContext, Page } from 'playwright-core';

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber?: number; columnNumber?: number }; children?: number[] }[];
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

/** A long task: more than this many milliseconds of one main-thread task (the Long Tasks API's bar). */
export const LONG_TASK_MS = 50;

export interface ExtensionTime {
  /** Our code's samples plus compiling our files: what the targets are judged on. */
  totalMs: number;
  runMs: number;
  compileMs: number;
  /** The most time our code spent in one main-thread task. */
  longestTaskMs: number;
  /** Tasks in which our code ran more than LONG_TASK_MS, and our time in them. */
  longTasks: number;
  longTaskMs: number;
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

/** Compiling the content scripts' files happens before any of their code runs: read from the trace. */
function compileTime(events: readonly TraceEvent[]): number {
  let us = 0;
  for (const e of events) {
    const url = e.args?.data?.url ?? '';
    if (e.ph === 'X' && e.name === 'v8.compile' && url.startsWith('chrome-extension://')) us += e.dur ?? 0;
  }
  return us / 1000;
}

function analyse(profile: CpuProfile, events: readonly TraceEvent[]): ExtensionTime {
  const tasks = mainThreadTasks(events);
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
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0));
  let runMs = 0;
  // Our time per task: each sample of ours goes to the task that holds its timestamp, and counts
  // until the next sample, never past the end of its task.
  const perTask = new Map<number, number>();
  let k = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (!isOurs(profile.samples[i]!)) continue;
    const at = times[i]!;
    runMs += ((times[i + 1] ?? at) - at) / 1000;
    while (k < tasks.length && tasks[k]![1] < at) k++;
    if (k < tasks.length && tasks[k]![0] <= at) {
      const until = Math.min(times[i + 1] ?? at, tasks[k]![1]);
      perTask.set(k, (perTask.get(k) ?? 0) + Math.max(0, until - at) / 1000);
    }
  }
  if (process.env.BENCH_TOP) {
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (!isOurs(id)) return;
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber ?? ''}:${f.columnNumber ?? ''}`;
      self.set(key, (self.get(key) ?? 0) + ((times[i + 1] ?? times[i]!) - times[i]!) / 1000);
    });
    console.error([...self].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([key, ms]) => `${ms.toFixed(1)} ms ${key}`).join('\n'));
  }
  const perTaskMs = [...perTask.values()];
  const long = perTaskMs.filter((ms) => ms > LONG_TASK_MS);
  const compileMs = compileTime(events);
  return {
    totalMs: runMs + compileMs,
    runMs,
    compileMs,
    longestTaskMs: Math.max(0, ...perTaskMs),
    longTasks: long.length,
    longTaskMs: long.reduce((a, b) => a + b, 0),
  };
}

/** Profiles a page while `work` runs (a navigation, a change the page makes) and returns our share. */
export async function profileWhile(context: BrowserContext, page: Page, work: () => Promise<void>): Promise<ExtensionTime> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const trace: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await traced;
  await cdp.detach();
  return analyse(profile, trace);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export const round = (x: number) => Math.round(x * 100) / 100;

/** Median and range of a list of runs. */
export function summary(xs: readonly number[]): { median: number; min: number; max: number } {
  return { median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) };
}
