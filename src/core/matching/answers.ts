/**
 * The routes by which a sentence that answers a claim, or only speaks to it, matches it without
 * covering one of its wordings: an answer that names the claimant, a denial of the claim's own words,
 * and a sentence read in the context of the claim the page has just named.
 */
import type { ClaimFrame } from './index';
import { namesParty } from './parties';
import { actorsNamed, DENIAL, isAnswer, namesContrast, namesOthers, sameYear, setInScene, type Verdict } from './rules';
import type { SentenceInfo } from './sentence';
import type { Thresholds } from './thresholds';

/**
 * An answer to whoever made the claim, by the claim's subject: "Pakistan rejects Armenian premier's
 * 'baseless' comments" says neither troops nor Karabakh, yet names the claim's subject, its
 * claimant and a denial.
 */
export function answersClaimant(t: Thresholds, frame: ClaimFrame, sentence: SentenceInfo): Verdict | null {
  if (!isAnswer(sentence) || namesParty(frame.claimants, frame, sentence) === 0 || !sameYear(frame, sentence)) return null;
  const has = (c: string) => sentence.byConcept.has(c);
  if (frame.actors.size === 0 || !actorsNamed(frame, has)) return null;
  if (namesOthers(frame, sentence) || namesContrast(sentence)) return null;
  const doc = frame.statement;
  if (!doc) return null;
  const matched = new Set([...frame.actors, ...[...DENIAL].filter(has), ...[...frame.claimants.concepts].filter(has)]);
  return { doc, score: t.cover + 0.05, matched };
}

/**
 * A denial of the claim's own words: "Azerbaijan denies ethnic cleansing in Nagorno-Karabakh" names
 * neither the accuser nor the aggression, but denies exactly what the claim alone says.
 */
export function deniesOwnWords(t: Thresholds, frame: ClaimFrame, sentence: SentenceInfo): Verdict | null {
  const has = (c: string) => sentence.byConcept.has(c);
  if (frame.distinctive.length === 0 || !isAnswer(sentence) || !frame.distinctive.every(has)) return null;
  if (!actorsNamed(frame, has) || !setInScene(frame, sentence) || !sameYear(frame, sentence)) return null;
  if (namesOthers(frame, sentence) || namesContrast(sentence)) return null;
  const doc = frame.statement;
  return doc ? { doc, score: t.cover + 0.05, matched: new Set([...frame.distinctive, ...[...DENIAL].filter(has)]) } : null;
}

/**
 * A sentence that only quotes or answers ("The reports are speculative and baseless", "But we do not
 * need the army's help") says the claim the sentence before it on the page said, when it speaks to
 * that claim: a denial, a word of the claim or of its answers, or one of its parties named; and
 * nothing in it points to another story.
 */
export function speaksToContext(t: Thresholds, frame: ClaimFrame, sentence: SentenceInfo): Verdict | null {
  if (namesOthers(frame, sentence) || !sameYear(frame, sentence)) return null;
  if (namesContrast(sentence)) return null;
  const matched = new Set<string>();
  let substance = 0;
  let denial = false;
  for (const [id, terms] of sentence.byConcept) {
    if (terms[0]!.concept.kind !== 'word') continue;
    if (DENIAL.has(id)) {
      denial = true;
      matched.add(id);
    } else if (frame.core.has(id) || frame.answerWords.has(id)) {
      substance++;
      matched.add(id);
    }
  }
  const party = Math.max(namesParty(frame.claimants, frame, sentence), namesParty(frame.answerers, frame, sentence));
  // One word of the claim's subject ("servicemen", "armed") is in much news of the conflict; an
  // answer, or more of the claim, or one of its parties with some of it, is about the claim.
  if (!denial && substance < 2 && !(party > 0 && substance > 0)) return null;
  const doc = frame.statement;
  return doc ? { doc, score: t.cover, matched, via: 'context' } : null;
}
