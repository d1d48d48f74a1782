import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/src/core/matcher';
import { SMALL_DATASET } from '../../support/small-dataset';
import { BUNDLED_DATASET } from '@/src/data/bundled';

const matcher = createMatcher([SMALL_DATASET]);
const best = (s: string) => matcher.matchSentence(s)[0];

describe('matchSentence', () => {
  it('matches a restatement and names the words that made it match', () => {
    const m = best('Indian TV says Pakistani soldiers are fighting for Azerbaijan in Karabakh.');
    expect(m?.claimId).toBe('troops-claim');
    expect(m?.terms).toEqual(expect.arrayContaining(['Pakistani', 'soldiers', 'fighting']));
    expect(m?.score).toBeGreaterThan(0);
    expect(m?.score).toBeLessThanOrEqual(1);
    expect(m).toMatchObject({ start: 0, end: 'Indian TV says Pakistani soldiers are fighting for Azerbaijan in Karabakh.'.length });
  });

  it('matches a denial of the claim to the claim', () => {
    expect(best('Islamabad rejected as "speculative and baseless" reports that its army was fighting in Karabakh.')?.claimId).toBe('troops-claim');
    expect(best('Pakistan denies its troops fought alongside Azerbaijan against Armenia.')?.claimId).toBe('troops-claim');
  });

  it('does not match sentences that share words but say something else', () => {
    for (const s of [
      "Pakistan's army chief visited Azerbaijan to strengthen military ties.",
      'Turkish troops are fighting alongside Azerbaijan in Karabakh, Armenia says.',
      'Pakistani forces fought militants in the northwest.',
      'Pakistan rejects baseless Indian allegations on Kashmir.',
    ]) {
      expect({ s, matches: matcher.matchSentence(s) }).toEqual({ s, matches: [] });
    }
  });

  it('forgives misspellings, checked word by word', () => {
    expect(best('Pakistany troopps are figthing alongside Azerbaijan in Karabakh.')?.claimId).toBe('troops-claim');
  });

  it('rejects a hit that Fuse accepts only because one 32-character chunk of a long sentence matches', () => {
    const sentence = 'Pakistani troops are fighting alongside UN peacekeepers in Somalia, a 1993 report on African missions said.';
    // The premise: raw Fuse, given the long sentence, reports the claim as a hit.
    const docs = [{ text: SMALL_DATASET.claims[0]!.statement }];
    const raw = new Fuse(docs, { keys: ['text'], ignoreLocation: true, threshold: 0.6 }).search(sentence);
    expect(raw.length).toBe(1);
    // The matcher verifies and says no.
    expect(matcher.matchSentence(sentence)).toEqual([]);
  });

  it('orders several matches best first', () => {
    const all = matcher.matchSentence('Armenia and Azerbaijan accuse each other of violating the Moscow ceasefire.');
    expect(all[0]?.claimId).toBe('truce-claim');
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
  });

  it('matches less at low sensitivity and more at high sensitivity', () => {
    const loose = 'Reports say Pakistani soldiers were sent to Azerbaijan.';
    expect(createMatcher([SMALL_DATASET], { sensitivity: 0 }).matchSentence(loose)).toEqual([]);
    expect(createMatcher([SMALL_DATASET], { sensitivity: 1 }).matchSentence(loose)[0]?.claimId).toBe('troops-claim');
  });
});

describe('the language a sentence matched in', () => {
  it('is told with the match, for the card', () => {
    const bundled = createMatcher([BUNDLED_DATASET]);
    expect(bundled.matchSentence('Pakistan denies its troops fought alongside Azerbaijan in Karabakh.')[0]?.lang).toBe('en');
    expect(bundled.matchSentence('Пакистан отверг заявление Пашиняна об участии пакистанского спецназа в боях в Карабахе.')[0]?.lang).toBe('ru');
  });
});
