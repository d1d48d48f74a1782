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
  /** Thread time: how long the thread actually ran (not descheduled), when the trace has it. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** A long task: more than this many milliseconds of one main-thread task (the Long Tasks API's bar). */
export const LONG_TASK_MS = 50;

/**
 * Times are CPU time: on a machine shared with other work, the wall time of a task includes the time
 * its thread waited for a core, which a CPU profile's samples count as ours. Each task's share of our
 * samples is scaled by the task's thread time over its wall time (the trace has both).
 */
export interface ExtensionTime {
  /** Our code's CPU time plus compiling our files: what the targets are judged on. */
  totalMs: number;
  /** The same in wall time, as the samples fell. */
  wallMs: number;
  compileMs: number;
  /** The most CPU time our code spent in one main-thread task, and that task's wall time of ours. */
  longestTaskMs: number;
  longestTaskWallMs: number;
  /** Tasks in which our code ran more than LONG_TASK_MS of CPU time, and our time in them. */
  longTasks: number;
  longTaskMs: number;
}

interface Task {
  start: number;
  end: number;
  /** Thread time over wall time: 1 when the thread ran all along. */
  cpuShare: number;
}

const isTaskEvent = (e: TraceEvent) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
}

/** The renderer main threads' tasks, in µs on the profile's clock. */
function mainThreadTasks(events: readonly TraceEvent[]): Task[] {
  const main = rendererMainThreads(events);
  return events
    .filter((e) => isTaskEvent(e) && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), cpuShare: e.tdur !== undefined && e.dur ? Math.min(1, e.tdur / e.dur) : 1 }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    // Nested task events (a task run inside another) belong to the outer one.
    .filter((task, i, all) => i === 0 || task.start >= all[i - 1]!.end);
}

/** Compiling the content scripts' files happens before any of their code runs: read from the trace. */
function compileTime(events: readonly TraceEvent[]): number {
  let us = 0;
  for (const e of events) {
    const url = e.args?.data?.url ?? '';
    if (e.ph === 'X' && e.name === 'v8.compile' && url.startsWith('chrome-extension://')) us += e.tdur ?? e.dur ?? 0;
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
  let wallMs = 0;
  let outside = 0;
  // Our wall time per task: each sample of ours goes to the task that holds its timestamp, and
  // counts until the next sample, never past the end of its task.
  const perTask = new Map<number, number>();
  let k = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (!isOurs(profile.samples[i]!)) continue;
    const at = times[i]!;
    const ms = ((times[i + 1] ?? at) - at) / 1000;
    wallMs += ms;
    while (k < tasks.length && tasks[k]!.end < at) k++;
    if (k < tasks.length && tasks[k]!.start <= at) {
      const until = Math.min(times[i + 1] ?? at, tasks[k]!.end);
      perTask.set(k, (perTask.get(k) ?? 0) + Math.max(0, until - at) / 1000);
    } else outside += ms;
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
    // Inclusive: each sample counts once for every function of ours on its stack.
    const incl = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (!isOurs(id)) return;
      const names = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const f = byId.get(n)!.callFrame;
        if (f.url.startsWith('chrome-extension://')) names.add(`${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber ?? ''}`);
      }
      for (const name of names) incl.set(name, (incl.get(name) ?? 0) + ((times[i + 1] ?? times[i]!) - times[i]!) / 1000);
    });
    console.error('inclusive:\n' + [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([key, ms]) => `${ms.toFixed(1)} ms ${key}`).join('\n'));
  }
  const cpu = [...perTask].map(([i, ms]) => ({ cpu: ms * tasks[i]!.cpuShare, wall: ms, task: i }));
  if (process.env.BENCH_TASK) {
    // Where the longest task of ours spent its time, by self time.
    const worst = cpu.reduce((a, b) => (b.cpu > a.cpu ? b : a), { cpu: 0, wall: 0, task: -1 });
    if (worst.task >= 0) {
      const { start, end } = tasks[worst.task]!;
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const at = times[i]!;
        if (at < start || at > end || !isOurs(id)) return;
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber ?? ''}`;
        self.set(key, (self.get(key) ?? 0) + ((times[i + 1] ?? at) - at) / 1000);
      });
      console.error(`longest task ${worst.cpu.toFixed(1)} ms CPU (${worst.wall.toFixed(1)} wall):\n` + [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([key, ms]) => `  ${ms.toFixed(1)} ms ${key}`).join('\n'));
    }
  }
  const long = cpu.filter((x) => x.cpu > LONG_TASK_MS);
  const longest = cpu.reduce((a, b) => (b.cpu > a.cpu ? b : a), { cpu: 0, wall: 0 });
  const compileMs = compileTime(events);
  return {
    totalMs: cpu.reduce((a, b) => a + b.cpu, 0) + outside + compileMs,
    wallMs: wallMs + compileMs,
    compileMs,
    longestTaskMs: longest.cpu,
    longestTaskWallMs: longest.wall,
    longTasks: long.length,
    longTaskMs: long.reduce((a, b) => a + b.cpu, 0),
  };
}

async function traced<T>(context: BrowserContext, page: Page, work: () => Promise<T>, profiled: boolean) {
  const cdp = await context.newCDPSession(page);
  if (profiled) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const trace: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  const value = await work();
  const profile = profiled ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile : null;
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { value, profile, trace };
}

/** Profiles a page while `work` runs (a navigation, a change the page makes) and returns our share. */
export async function profileWhile(context: BrowserContext, page: Page, work: () => Promise<void>): Promise<ExtensionTime> {
  const { profile, trace } = await traced(context, page, work, true);
  return analyse(profile!, trace);
}

/**
 * A reference measured in the page (one synchronous task): its wall time as the page's clock saw it,
 * and its CPU time, the thread time of the longest main-thread task meanwhile.
 */
export async function referenceTime(context: BrowserContext, page: Page, run: () => Promise<number>): Promise<{ wallMs: number; cpuMs: number }> {
  const { value, trace } = await traced(context, page, run, false);
  const main = rendererMainThreads(trace);
  const longest = trace.filter((e) => isTaskEvent(e) && main.has(`${e.pid}:${e.tid}`)).reduce((a, e) => ((e.dur ?? 0) > (a.dur ?? 0) ? e : a), { dur: 0 } as TraceEvent);
  const share = longest.tdur !== undefined && longest.dur ? Math.min(1, longest.tdur / longest.dur) : 1;
  return { wallMs: value, cpuMs: value * share };
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
