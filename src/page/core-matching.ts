/**
 * The part of the core only pages about the topic need: sentences and claim matching. The content
 * script imports this module dynamically (see core-scanner.ts), so its tables (the lexicon, the
 * matcher's word sets) are built only on those pages; every other page skips their cost.
 */
export { buildMatcher, createMatcher, type ClaimMatcher } from '@/src/core/matcher';
export { splitSentences } from '@/src/core/sentences';
