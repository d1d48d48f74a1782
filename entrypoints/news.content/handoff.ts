/**
 * The two stages of the content script are two files (the second is injected by the background only
 * on pages that may be about the topic, so every other page compiles the small first file alone).
 * They share the extension's isolated world but no module, so the first leaves a hand-off under a
 * registered symbol, and the second takes it: where to deliver the page runtime that answers the
 * popup and the keyboard.
 */
import type { PageRuntime } from '../annotator.content/run';

const KEY = Symbol.for('karabakh-context/second-stage');

interface Handoff {
  deliver(runtime: PageRuntime): void;
  fail(error: unknown): void;
}

type Holder = { [KEY]?: Handoff };

/** First stage: waits for the second stage to deliver its runtime. */
export function awaitSecondStage(): Promise<PageRuntime> {
  return new Promise((deliver, fail) => {
    (globalThis as Holder)[KEY] = { deliver, fail };
  });
}

/** Second stage: takes the hand-off (once); undefined when no first stage asked for it. */
export function takeHandoff(): Handoff | undefined {
  const holder = globalThis as Holder;
  const handoff = holder[KEY];
  delete holder[KEY];
  return handoff;
}
