/**
 * The part of the core only pages about the topic need: sentences and claim matching. The second
 * stage imports this module dynamically (see core-scanner.ts), so its tables (the lexicon, the
 * matcher's word sets) are built only once the page gate has passed; a page the quick test let
 * through but the gate did not ("Karachi" starts like "Karabakh") skips their cost.
 */
export { buildMatcher, createMatcher, type ClaimMatcher } from '@/src/core/matcher';
export { splitSentences } from '@/src/core/sentences';
