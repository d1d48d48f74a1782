/**
 * The page gate: is this text about Nagorno-Karabakh at all? Most pages are not, so a text without
 * any name must cost about one pass (the quick test, quick-test.ts, which mentions.ts passes on as
 * `mayMention`). Places weigh less than the region's names, and repeating a place counts only up to
 * a point: one "Ganja" is not a topic.
 */
import { findWeightedMentions, mayMention, type WeightedMention } from './mentions';

/** The score at which a text is about the topic: one name of the region, or several of its places. */
export const TOPIC_THRESHOLD = 1;
/** A name repeated counts at most this many times. */
const MAX_REPEATS = 3;

export function scoreMentions(found: readonly WeightedMention[]): number {
  const byName = new Map<string, { weight: number; count: number }>();
  for (const { mention, weight } of found) {
    const key = mention.canonical;
    const seen = byName.get(key);
    if (!seen) byName.set(key, { weight, count: 1 });
    else {
      seen.count++;
      seen.weight = Math.max(seen.weight, weight);
    }
  }
  let score = 0;
  for (const { weight, count } of byName.values()) score += weight * Math.min(count, MAX_REPEATS);
  return score;
}

export function topicScore(text: string): number {
  return scoreMentions(findWeightedMentions(text));
}

export function isAboutTopic(text: string): boolean {
  return mayMention(text) && topicScore(text) >= TOPIC_THRESHOLD;
}
