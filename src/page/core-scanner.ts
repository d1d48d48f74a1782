/**
 * Binds the page layer's Scanner to the pure core.
 */
import type { Dataset } from '@/src/data/schema';
import type { Mention } from '@/src/core/types';
import { findWeightedMentions } from '@/src/core/mentions';
import { scoreMentions, TOPIC_THRESHOLD } from '@/src/core/gate';
import type { Scanner } from './scanner';

export function createCoreScanner(_datasets: readonly Dataset[], _sensitivity: number): Scanner {
  // The gate needs each mention's weight; keep it beside the Mention the page layer passes around.
  const weights = new WeakMap<Mention, number>();
  return {
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
    matches() {
      return [];
    },
  };
}
