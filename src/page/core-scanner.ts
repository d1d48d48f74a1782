/**
 * Binds the page layer's Scanner to the pure core.
 */
import type { Dataset } from '@/src/data/schema';
import type { Mention } from '@/src/core/types';
import { findWeightedMentions, mayMention } from '@/src/core/mentions';
import { scoreMentions, TOPIC_THRESHOLD } from '@/src/core/gate';
import type { ClaimMatcher } from '@/src/core/matcher';
import type { Scanner } from './scanner';
import { SLICE_MS } from './text-map';

type Matching = typeof import('./core-matching');
let matching: Matching | undefined;

/** Loads the matching half of the core once; the gate half above is all most pages ever run. */
async function loadMatching(): Promise<Matching> {
  matching ??= await import('./core-matching');
  return matching;
}

function loaded(): Matching {
  if (!matching) throw new Error('The scanner matches only after prepare()');
  return matching;
}

export function createCoreScanner(datasets: readonly Dataset[], sensitivity: number): Scanner {
  // Building the matcher costs more than reading most pages; only pages about the topic need it.
  let matcher: ClaimMatcher | null = null;
  let building: Promise<void> | null = null;
  // The gate needs each mention's weight; keep it beside the Mention the page layer passes around.
  const weights = new WeakMap<Mention, number>();

  const build = async (yieldToLoop: () => Promise<void>, signal?: AbortSignal): Promise<void> => {
    const { buildMatcher } = await loadMatching();
    signal?.throwIfAborted();
    const steps = buildMatcher(datasets, { sensitivity });
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        matcher ??= step.value;
        return;
      }
      if (performance.now() - sliceStart >= SLICE_MS) {
        await yieldToLoop();
        signal?.throwIfAborted();
        // Built meanwhile by a synchronous call: nothing left to do.
        if (matcher) return;
        sliceStart = performance.now();
      }
    }
  };

  return {
    mayMention,
    mentions(text) {
      return findWeightedMentions(text).map(({ mention, weight }) => {
        weights.set(mention, weight);
        return mention;
      });
    },
    isTopic(_text, mentions) {
      const found = mentions.map((mention) => ({ mention, weight: weights.get(mention) ?? 1 }));
      return scoreMentions(found) >= TOPIC_THRESHOLD;
    },
    // matcher.scan() would find the mentions a second time; the page has them already.
    sentences: (text) => loaded().splitSentences(text),
    matchSentence(sentence) {
      matcher ??= loaded().createMatcher(datasets, { sensitivity });
      return matcher.matchSentence(sentence)[0];
    },
    async prepare({ yieldToLoop, signal }) {
      if (matcher) return;
      // One build, shared by every scan that waits for it; a build stopped by its signal starts over.
      building ??= build(yieldToLoop, signal).catch((e: unknown) => {
        building = null;
        throw e;
      });
      await building;
    },
  };
}
