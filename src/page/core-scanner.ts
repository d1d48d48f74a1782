/**
 * Binds the page layer's Scanner to the pure core.
 */
import type { Dataset } from '@/src/data/schema';
import type { ClaimMatch, Mention } from '@/src/core/types';
import { findWeightedMentions, mayMention } from '@/src/core/mentions';
import { scoreMentions, TOPIC_THRESHOLD } from '@/src/core/gate';
import { createMatcher } from '@/src/core/matcher';
import { splitSentences } from '@/src/core/sentences';
import type { Scanner } from './scanner';

export function createCoreScanner(datasets: readonly Dataset[], sensitivity: number): Scanner {
  const matcher = createMatcher(datasets, { sensitivity });
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
    matches(text) {
      const out: ClaimMatch[] = [];
      for (const s of splitSentences(text)) {
        const best = matcher.matchSentence(s.text)[0];
        if (best) out.push({ ...best, start: s.start, end: s.end });
      }
      return out;
    },
  };
}
