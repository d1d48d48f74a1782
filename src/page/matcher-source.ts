/**
 * Where the page's scans get their claims and matcher, made on the first page text about the topic
 * and shared by every scan that needs it meanwhile and by every sensitivity (a new sensitivity only
 * changes the matcher's thresholds):
 * - loaded claims: datasets at hand (the bundled claims alone, or packs read from storage); their
 *   index is read ready-made for the bundled claims, built in slices otherwise;
 * - prepared claims: the packs' index the background prepared in shards (src/prepared), of which a
 *   page reads only what its sentences reach; the cards get the claims it read.
 *
 * The matching half of the core is a module of its own, loaded on that first need: a page the quick
 * name test let through but the page gate did not ("Karachi" starts like "Karabakh") never pays for
 * evaluating its tables.
 */
import { BUNDLED_DATASET } from '@/src/data/bundled';
import type { Dataset } from '@/src/data/schema';
import type { ClaimIndex } from '@/src/core/matching/index';
import { sentencesOf, type MatcherSource } from '@/src/core/scan';
import type { ClaimMatcher } from '@/src/core/types';
import { cardDatasets, type CardData, type PreparedIndex } from '@/src/prepared/format';
import { storageShards } from '@/src/prepared/read';
import { runSliced } from './run-sliced';

type Matching = typeof import('./core-matching');

/** The claims a page matches against. */
export interface ClaimSource {
  /** The claims' datasets, as far as the page has them (the card resolves its claim in them). */
  datasets(): readonly Dataset[];
  matcher(sensitivity: number): MatcherSource;
}

/** Made once, on first need; a failed attempt is tried again by the next scan. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let making: Promise<T> | null = null;
  return () =>
    (making ??= make().catch((e: unknown) => {
      making = null;
      throw e;
    }));
}

export function loadedClaims(datasets: readonly Dataset[], signal?: AbortSignal): ClaimSource {
  const index = once(async () => {
    const matching = await import('./core-matching');
    return { index: await runSliced(matching.indexSteps(datasets), { signal }), matching };
  });
  return {
    datasets: () => datasets,
    matcher: (sensitivity) => {
      let matcher: ClaimMatcher | null = null;
      return function* source() {
        if (!matcher) {
          const made = (yield index()) as { index: ClaimIndex; matching: Matching };
          matcher ??= made.matching.matcherFromIndex(made.index, { sensitivity });
        }
        return matcher;
      };
    },
  };
}

export function preparedClaims(prepared: PreparedIndex): ClaimSource {
  const partial = once(async () => {
    const matching = await import('./core-matching');
    return { partial: new matching.PartialIndex(prepared.meta!, storageShards), matching };
  });
  let cards: { size: number; datasets: Dataset[] } = { size: 0, datasets: [BUNDLED_DATASET] };
  let made: Awaited<ReturnType<typeof partial>> | null = null;
  return {
    datasets: () => {
      const attached = made?.partial.attached;
      if (attached && attached.size !== cards.size) {
        const read = [...attached.values()].filter((c): c is CardData => c !== undefined);
        cards = { size: attached.size, datasets: [BUNDLED_DATASET, ...cardDatasets(read)] };
      }
      return cards.datasets;
    },
    matcher: (sensitivity) => {
      let matcher: ClaimMatcher | null = null;
      return function* source(text) {
        made ??= (yield partial()) as Awaited<ReturnType<typeof partial>>;
        const { partial: index, matching } = made;
        // What this text's sentences can reach, read before any of them is matched.
        yield* index.extend(matching.keysOf([...sentencesOf(text)].map((s) => s.text)));
        matcher ??= matching.matcherFromIndex(index.index, { sensitivity });
        return matcher;
      };
    },
  };
}
