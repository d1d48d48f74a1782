/**
 * Binds the page layer's Scanner to the pure core.
 */
import type { Dataset } from '@/src/data/schema';
import type { Mention } from '@/src/core/types';
import { findWeightedMentions, mayMention } from '@/src/core/mentions';
import { scoreMentions, TOPIC_THRESHOLD } from '@/src/core/gate';
import { createMatcher, type ClaimMatcher } from '@/src/core/matcher';
import { splitSentences } from '@/src/core/sentences';
import type { Scanner } from './scanner';

export function createCoreScanner(datasets: readonly Dataset[], sensitivity: number): Scanner {
  // Building the matcher costs more than reading most pages; only pages about the topic need it.
  let matcher: ClaimMatcher | null = null;
  // The gate needs each mention's weight; keep it beside the Mention the page layer passes around.
  const weights = new WeakMap<Mention, number>();
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
    sentences: splitSentences,
    matchSentence(sentence) {
      matcher ??= createMatcher(datasets, { sensitivity });
      return matcher.matchSentence(sentence)[0];
    },
  };
}
