/**
 * The rules that decide whether a sentence says a claim, each named for what it checks so that each
 * can be read and tested on its own. Here: the rules on a claim as a whole (its accuser, actors,
 * scene, own words, year) and the words they read. verify.ts applies them with the rules on one
 * wording; answers.ts holds the routes for answers and context; parties.ts reads how a sentence names
 * a claim's parties; page-date.ts what the page's date allows.
 */
import { conceptOf } from '../lexicon';
import { AGAINST_OTHER } from '../terms';
import type { ClaimFrame, Doc } from './index';
import type { SentenceInfo } from './sentence';

/** Report words and denial words: they say how a claim is carried, not what it is. */
export const DENIAL: ReadonlySet<string> = new Set(['deny', 'baseless', 'irresponsible', 'propaganda']);

/** Words that put a sentence in another story: trade, drills, visits, flights. */
export const CONTRAST: ReadonlySet<string> = new Set(
  [
    'exercise', 'drill', 'drills', 'wargame', 'visit', 'visited', 'trade', 'deal', 'agreement', 'contract',
    'purchase', 'bought', 'buy', 'sale', 'sell', 'export', 'import', 'flight', 'airline', 'tourism',
    'tourist', 'investment', 'invest', 'scholarship', 'cricket', 'festival', 'memorandum', 'mou',
    'cooperation', 'ties', 'tie', 'delegation', 'jf-17', 'jf', 'airshow', 'parade', 'celebration',
    'anniversary', 'victory',
  ]
    .map((w) => conceptOf(w)?.id ?? w)
    .concat(AGAINST_OTHER.id),
);

/** Whether a sentence says a word of another story. */
export function namesContrast(sentence: SentenceInfo): boolean {
  for (const c of sentence.byConcept.keys()) if (CONTRAST.has(c)) return true;
  return false;
}

/** Whether the sentence says a concept (or the misspelling rescue found it). */
export type Has = (concept: string) => boolean;

export interface Verdict {
  doc: Doc;
  score: number;
  /** The concepts that made it match. */
  matched: Set<string>;
  /** Matched through the sentences before it on the page (see speaksToContext). */
  via?: 'context';
}

// ---- the rules: each true when the sentence passes it ----

/** The same accusation made by the other side is another claim. */
export function sameAccuser(frame: ClaimFrame, sentence: SentenceInfo): boolean {
  return !(frame.accuser && sentence.accuser && sentence.accuser !== frame.accuser);
}

/** The claim's own actors must be named: Turkish troops are not Pakistani troops. */
export function actorsNamed(frame: ClaimFrame, has: Has): boolean {
  for (const a of frame.actors) if (!has(a)) return false;
  return true;
}

/**
 * A claim set in the conflict needs a sentence set there too: Pakistani troops fighting militants
 * in the northwest, or alongside UN peacekeepers in Somalia, are another story. A sentence that
 * names no one but the claim's own cast ("the warring sides agreed to a humanitarian truce", "the
 * Russian-brokered ceasefire broke down") is set where its page is, and the page is about the topic.
 * Not for a claim about an actor: Pakistani troops fighting in a sentence that names no place are
 * Pakistani troops at home.
 */
export function setInScene(frame: ClaimFrame, sentence: SentenceInfo): boolean {
  return sentence.inScene || (frame.actors.size === 0 && sentence.names.every((n) => frame.cast.has(n)));
}

/**
 * A claim that has words of its own ("ethnic cleansing", "ceasefire", "special forces") is not said
 * by a sentence without any of them.
 */
export function saysOwnWords(frame: ClaimFrame, has: Has): boolean {
  return frame.distinctive.length === 0 || frame.distinctive.some(has);
}

/** Names that put a sentence elsewhere: a state or a name the claim, its parties and its scene never name. */
export function namesOthers(frame: ClaimFrame, sentence: SentenceInfo): boolean {
  if (sentence.inScene) return false;
  const known = (id: string) =>
    frame.cast.has(id) || frame.actors.has(id) || frame.claimants.concepts.has(id) || frame.answerers.concepts.has(id);
  return sentence.names.some((n) => !known(n));
}

/** Whether the sentence is an answer: a denial, a rejection, "baseless", "propaganda". */
export function isAnswer(sentence: SentenceInfo, has: Has = (c) => sentence.byConcept.has(c)): boolean {
  for (const c of DENIAL) if (has(c)) return true;
  return false;
}

/**
 * A wording that says some of its claim's core (what most of the claim's wordings say) is said only
 * by a sentence that says some of that too: troops massing "for another war" share the scene and the
 * soldiers of an outbreak's wording, not the attack that started it.
 */
export function saysCore(frame: ClaimFrame, doc: Doc, has: Has): boolean {
  let needed = false;
  for (const id of frame.core.keys()) {
    if (!doc.concepts.has(id)) continue;
    if (has(id)) return true;
    needed = true;
  }
  return !needed;
}

/** A sentence that names years, none of them the claim's, is about another time: "the Three Brothers 2021 drills". */
export function sameYear(frame: ClaimFrame, sentence: SentenceInfo): boolean {
  const years = sentence.years();
  return years.length === 0 || years.includes(frame.claim.date.slice(0, 4));
}
