import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/src/core/matcher';
import { extractTerms } from '@/src/core/terms';
import { BUNDLED_DATASET } from '@/src/data/bundled';

// Wordings the matcher must read as outlets write them; each case is one rule of terms.ts or
// lexicon.ts, against the bundled claims.
const matcher = createMatcher([BUNDLED_DATASET]);
const claimOf = (s: string) => matcher.matchSentence(s)[0]?.claimId ?? null;
const concepts = (s: string) => extractTerms(s).map((t) => t.concept.id);

describe('matcher wording', () => {
  it('reads a terse headline without a verb about the claim\'s actor', () => {
    expect(claimOf('Pakistani troops in Nagorno-Karabakh? No, says FO')).toBe('pakistan-troops-agdam-2020');
  });

  it('does not read a terse headline about the actor elsewhere, or about other news, as the claim', () => {
    expect(claimOf('Pakistani troops in Kashmir: no change, says ISPR')).toBeNull();
    expect(claimOf('Pakistani troops at a parade in Shusha')).toBeNull();
  });

  it('knows synonyms for soldiers and special forces, in several languages', () => {
    expect(concepts('spetsnaz commandos')).toEqual(['special', 'special']);
    expect(concepts('servicemen mercenaries Soldaten troupes военнослужащие')).toEqual(Array(5).fill('military'));
    expect(claimOf('Pashinyan: Pakistani spetsnaz are fighting in Karabakh on the side of Baku')).toBe('pakistan-special-forces-pashinyan-2020');
  });

  it('reads "taking part", "no truth" and "each other" as the words they stand for', () => {
    expect(concepts('taking part')).toContain('fight');
    expect(concepts('there is no truth')).toEqual(['baseless']);
    expect(concepts('each other')).toEqual(['mutual']);
    expect(concepts('a so-called operation')).toEqual(['operation']);
  });

  it('does not read a fear that fighting may erupt as a report of who started it', () => {
    expect(concepts('fighting may erupt')).toEqual(['fight']);
    expect(claimOf('There were fears that new clashes may erupt as Armenia accused Azerbaijan of moving troops to the border.')).toBeNull();
  });

  it('does not read the date of the outbreak as a claim about who started it', () => {
    expect(claimOf('The conflict over Nagorno-Karabakh flared again on September 27, killing hundreds of soldiers and civilians.')).toBeNull();
  });

  it('still matches who started it, with or without the date', () => {
    expect(claimOf('Both sides blamed each other for the outbreak of fighting in Karabakh on September 27.')).toBe('outbreak-blame-2020');
  });

  it('reads the claims in German and French', () => {
    expect(claimOf('Armenien wirft Aserbaidschan ethnische Säuberung in Bergkarabach vor.')).toBe('armenia-ethnic-cleansing-accusation-2023');
    expect(claimOf("L'Azerbaïdjan lance une opération antiterroriste au Haut-Karabakh.")).toBe('azerbaijan-anti-terrorist-operation-2023');
  });

  it('reads a sentence that names no place on a page about the topic, but not one that names another place', () => {
    expect(claimOf('The warring sides accused each other of violating the humanitarian ceasefire.')).toBe('ceasefire-violations-2020');
    expect(claimOf('Both sides accused each other of violating the ceasefire along the Line of Control.')).toBeNull();
  });

  it('reads a sentence that names only people and states of the claim\'s own wordings, but not others', () => {
    expect(claimOf('The Russian-brokered cease-fire had all but broken down amid mutual accusations.')).toBe('ceasefire-violations-2020');
    expect(claimOf('The ceasefire between India and Pakistan broke down amid mutual accusations.')).toBeNull();
    expect(claimOf('Pakistani soldiers are fighting alongside the army against militants.')).toBeNull();
  });
});
