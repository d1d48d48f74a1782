/**
 * The part of the core only pages about the topic need: claim matching. The second stage imports
 * this module dynamically (see matcher-source.ts), so its tables (the lexicon, the matcher's word
 * sets) are built only once the page gate has passed.
 */
export { buildMatcher } from '@/src/core/matcher';
