/**
 * Runs the core's steps (src/core/steps.ts) in time slices, so that no task of ours runs long: every
 * sliced job of the content script (reading the page, scanning it, making its marks, building the
 * matcher) goes through here.
 */
import type { Steps } from '@/src/core/steps';

interface SliceOptions {
  /** Yields to the event loop between slices (default: scheduler.yield, else a macrotask). */
  yieldToLoop?: () => Promise<void>;
  /** Stops the run between two steps; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Milliseconds of work per slice (default SLICE_MS). */
  sliceMs?: number;
}

/**
 * Milliseconds of work per task before yielding, for every sliced run. Well under the 50 ms of a
 * long task: a slice ends only between two steps, and a slow machine or a garbage collection can
 * stretch the last one.
 */
const SLICE_MS = 5;

/** Runs steps in slices of about `sliceMs`, yielding to the event loop between them. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const { signal } = options;
  const yieldToLoop = options.yieldToLoop ?? defaultYield;
  signal?.throwIfAborted();
  let started = performance.now();
  let input: unknown;
  for (;;) {
    const step = steps.next(input);
    input = undefined;
    if (step.done) return step.value;
    if (step.value) {
      input = await step.value;
      signal?.throwIfAborted();
      started = performance.now();
    } else if (performance.now() - started >= sliceMs) {
      await yieldToLoop();
      signal?.throwIfAborted();
      started = performance.now();
    }
  }
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
