/**
 * Work in steps. Long work (building the matcher, scanning a page, reading a DOM) is written once, as
 * a generator that yields between small pieces; the caller decides how to run it: to the end at once
 * (the CLI, tests, benchmarks) or in time slices between which the page's own tasks run (the content
 * script: src/page/run-sliced.ts). A step may yield a promise (loading code on first need); a sliced
 * run awaits it and passes its value back, a run to the end cannot wait and fails loudly.
 */
export type Steps<T> = Generator<Promise<unknown> | void, T, unknown>;

/** Runs steps to their end in one go. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value) throw new Error('runToEnd: a step waits for a promise; run it with runSliced');
  }
}
