import { describe, expect, it } from 'vitest';
import { buildIndex, type ClaimFrame } from '@/src/core/matching/index';
import { answersClaimant, deniesOwnWords, speaksToContext } from '@/src/core/matching/answers';
import { dateSpan, fitsPageDate } from '@/src/core/matching/page-date';
import { namesParty } from '@/src/core/matching/parties';
import { actorsNamed, isAnswer, namesOthers, sameAccuser, sameYear, saysCore, saysOwnWords, setInScene } from '@/src/core/matching/rules';
import { thresholdsFor } from '@/src/core/matching/thresholds';
import { readSentence } from '@/src/core/matching/sentence';
import { runToEnd } from '@/src/core/steps';
import { BUNDLED_DATASET } from '@/src/data/bundled';

const index = runToEnd(buildIndex([BUNDLED_DATASET]));
const t = thresholdsFor(0.5);
const frame = (id: string): ClaimFrame => index.frames.get(id)!;
const TROOPS = 'pakistan-troops-agdam-2020';
const SPECIAL = 'pakistan-special-forces-pashinyan-2020';
const CLEANSING = 'armenia-ethnic-cleansing-accusation-2023';
const OPERATION = 'azerbaijan-anti-terrorist-operation-2023';
const CEASEFIRE = 'ceasefire-violations-2020';
const has = (text: string) => {
  const s = readSentence(text);
  return (c: string) => s.byConcept.has(c);
};

describe('claim frames', () => {
  it('know who made a claim and who answered it, from the dataset', () => {
    expect(frame(SPECIAL).claimants.words).toContain('pashinyan');
    expect(frame(SPECIAL).claimants.concepts).toContain('pm');
    expect(frame(TROOPS).claimants.concepts).toContain('india');
    expect(frame(TROOPS).answerers.concepts).toEqual(expect.objectContaining(new Set(['foreign', 'office'])));
    expect(frame(OPERATION).answerers.words).toContain('michel');
  });

  it('take distinctive words from what claims say, not from the answers that quote them', () => {
    // Armenia's answer to the 2023 operation quotes "ethnic cleansing"; the words stay the accusation's own.
    expect(frame(CLEANSING).distinctive).toEqual(expect.arrayContaining(['ethnic', 'cleansing']));
    expect(frame(SPECIAL).distinctive).toEqual(['special']);
  });
});

describe('the rules, one by one', () => {
  it('sameAccuser: the same accusation made by the other side is another claim', () => {
    expect(sameAccuser(frame(CLEANSING), readSentence('Armenia accused Azerbaijan of ethnic cleansing in Karabakh.'))).toBe(true);
    expect(sameAccuser(frame(CLEANSING), readSentence('Azerbaijan accused Armenia of ethnic cleansing in Karabakh.'))).toBe(false);
  });

  it('actorsNamed: Turkish troops are not Pakistani troops', () => {
    expect(actorsNamed(frame(TROOPS), has('Pakistani troops are in Karabakh.'))).toBe(true);
    expect(actorsNamed(frame(TROOPS), has('Turkish troops are in Karabakh.'))).toBe(false);
  });

  it('setInScene: a claim set in the conflict needs a sentence set there', () => {
    expect(setInScene(frame(TROOPS), readSentence('Pakistani forces fought militants in Karabakh.'))).toBe(true);
    expect(setInScene(frame(TROOPS), readSentence('Pakistani forces fought militants in the northwest.'))).toBe(false);
    // No actor of its own: a sentence naming only the claim's cast is set where its page is.
    expect(setInScene(frame(CEASEFIRE), readSentence('The Russian-brokered ceasefire broke down.'))).toBe(true);
  });

  it('saysOwnWords: a claim with words of its own is not said without one of them', () => {
    expect(saysOwnWords(frame(SPECIAL), has('Pakistani special forces fight in Karabakh.'))).toBe(true);
    expect(saysOwnWords(frame(SPECIAL), has('Pakistani troops fight in Karabakh.'))).toBe(false);
  });

  it('saysCore: a wording that says the core needs a sentence that says some of it', () => {
    const doc = index.docs.find((d) => d.claimId === 'outbreak-blame-2020' && d.text.startsWith('Yerevan says'))!;
    expect(saysCore(frame('outbreak-blame-2020'), doc, has('Yerevan says Azerbaijani forces attacked Karabakh.'))).toBe(true);
    expect(saysCore(frame('outbreak-blame-2020'), doc, has('Yerevan says Baku is massing forces for another war in Karabakh.'))).toBe(false);
  });

  it('sameYear: a sentence naming only other years is about another time', () => {
    expect(sameYear(frame(SPECIAL), readSentence('Baku hosts the Three Brothers 2021 drills of Pakistani special forces.'))).toBe(false);
    expect(sameYear(frame(SPECIAL), readSentence('In 2020 Pashinyan said Pakistani special forces were fighting.'))).toBe(true);
    expect(sameYear(frame(SPECIAL), readSentence('Pashinyan said Pakistani special forces were fighting.'))).toBe(true);
  });

  it('namesParty: a person by name (a letter off forgiven), a title or an organisation', () => {
    const f = frame(SPECIAL);
    expect(namesParty(f.claimants, f, readSentence('Pashinian repeated the claim.'))).toBe(2);
    expect(namesParty(f.claimants, f, readSentence("Pakistan rejects the Armenian premier's comments."))).toBe(1);
    expect(namesParty(f.claimants, f, readSentence('Armenia repeated the claim.'))).toBe(0);
  });

  it('namesOthers: names the claim and its parties never name put a sentence elsewhere', () => {
    expect(namesOthers(frame(TROOPS), readSentence('The Pakistani military had fought in Yemen for Saudi Arabia.'))).toBe(true);
    expect(namesOthers(frame(TROOPS), readSentence('But we do not need the help of any army.'))).toBe(false);
  });

  it('isAnswer: denials, rejections, "baseless", "propaganda"', () => {
    expect(isAnswer(readSentence('Islamabad dismissed the reports.'))).toBe(true);
    expect(isAnswer(readSentence('Islamabad repeated the reports.'))).toBe(false);
  });

  it('answersClaimant: the subject, a denial and the claimant are enough; another place is not', () => {
    expect(answersClaimant(t, frame(SPECIAL), readSentence("Pakistan rejects Armenian premier's 'baseless' comments"))).not.toBeNull();
    expect(answersClaimant(t, frame(SPECIAL), readSentence("Pakistan praises Armenian premier's comments"))).toBeNull();
    expect(answersClaimant(t, frame(TROOPS), readSentence('Pakistan rejects baseless Indian allegations on Kashmir.'))).toBeNull();
  });

  it('deniesOwnWords: a denial of exactly what the claim alone says', () => {
    expect(deniesOwnWords(t, frame(CLEANSING), readSentence('Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh'))?.doc.claimId).toBe(CLEANSING);
    expect(deniesOwnWords(t, frame(CLEANSING), readSentence('Ethnic cleansing in Nagorno-Karabakh, Armenia says'))).toBeNull();
    expect(deniesOwnWords(t, frame(CLEANSING), readSentence('Myanmar denies ethnic cleansing of the Rohingya'))).toBeNull();
  });

  it('speaksToContext: an answer or more of the claim, never one shared word', () => {
    const f = frame(TROOPS);
    expect(speaksToContext(t, f, readSentence('“The reports are speculative and baseless”, the spokesperson said.'))?.via).toBe('context');
    expect(speaksToContext(t, f, readSentence('But we do not need the army’s help.'))).not.toBeNull();
    expect(speaksToContext(t, f, readSentence('Nagorno-Karabakh has said 103 of its servicemen have been killed.'))).toBeNull();
    expect(speaksToContext(t, f, readSentence('Before this, the Pakistani military had fought in Yemen, for Saudi Arabia.'))).toBeNull();
  });

  it('fitsPageDate: no claim before it was made; "on Friday" months later is a later event', () => {
    const f = frame(CEASEFIRE);
    const s = readSentence('Armenia and Azerbaijan accuse each other of breaches of the ceasefire earlier on Friday.');
    expect(fitsPageDate(f, s, '2020-10-12')).toBe(true);
    expect(fitsPageDate(f, s, '2022-09-13')).toBe(false);
    expect(fitsPageDate(f, s, '2019-05-01')).toBe(false);
    expect(fitsPageDate(f, readSentence('In 2020 both sides accused each other of breaking the Moscow ceasefire.'), '2022-09-13')).toBe(true);
    expect(fitsPageDate(f, s, undefined)).toBe(true);
  });

  it('dateSpan: the first and last day a dataset date stands for', () => {
    expect(dateSpan('2020')).toEqual({ first: '2020-01-01', last: '2020-12-31' });
    expect(dateSpan('2020-10')).toEqual({ first: '2020-10-01', last: '2020-10-31' });
    expect(dateSpan('2020-10-02')).toEqual({ first: '2020-10-02', last: '2020-10-02' });
  });
});
