/**
 * Whether a sentence names a claim's parties (who made it, who answered it): the rules ask it to tell
 * claims apart, and the matcher to rank the claim whose claimant the sentence names first.
 */
import type { ClaimFrame, Cues } from './index';
import { levenshtein } from './levenshtein';
import { PARTIES, type SentenceInfo } from './sentence';

/**
 * How a sentence names a party of the claim: 2 for a person's name (a letter off is forgiven in a
 * long name: "Pashinian"), 1 for a title, an organisation or a state that names this party only
 * ("prime minister", "India"; a foreign ministry answers several claims), 0 for none. The conflict's
 * two parties are named on every page of the topic and say nothing here.
 */
export function namesParty(cues: Cues, frame: ClaimFrame, sentence: SentenceInfo): number {
  let known = partiesNamed.get(sentence);
  if (!known) partiesNamed.set(sentence, (known = new Map()));
  let n = known.get(cues);
  if (n === undefined) known.set(cues, (n = partyNamed(cues, frame, sentence)));
  return n;
}

/**
 * namesParty's answers by sentence and cues: the matcher asks the same of a sentence for each
 * candidate document and verdict, and reading the sentence's words for names is not free. A cues
 * object is its frame's own (claimants or answerers), so it stands for the frame too.
 */
const partiesNamed = new WeakMap<SentenceInfo, Map<Cues, number>>();

function partyNamed(cues: Cues, frame: ClaimFrame, sentence: SentenceInfo): number {
  if (cues.words.length > 0) {
    for (const w of sentence.words()) {
      for (const cue of cues.words) {
        if (w === cue || (cue.length >= 6 && w.length >= cue.length - 1 && (w.startsWith(cue) || levenshtein(w, cue, 1) <= 1))) return 2;
      }
    }
  }
  for (const id of cues.strong) {
    if (PARTIES.has(id) || frame.actors.has(id)) continue;
    if (sentence.byConcept.has(id)) return 1;
  }
  return 0;
}
