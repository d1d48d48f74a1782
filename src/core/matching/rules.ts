/**
 * The rules that decide whether a sentence says a claim, each named for what it checks so that each
 * can be read and tested on its own. A document (one wording of a claim) is a candidate when the
 * sentence shares a filed concept with it; `verify` then applies the rules in order and scores what
 * is left by the share of the document's concept weight the sentence covers.
 */
import { conceptOf } from '../lexicon';
import { AGAINST_OTHER } from '../terms';
import type { ClaimFrame, ClaimIndex, Doc } from './index';
import { DENIAL } from './index';
import { PARTIES, type SentenceInfo } from './sentence';

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

/** Whether the sentence says a concept (or the misspelling rescue found it). */
export type Has = (concept: string) => boolean;

export interface Verdict {
  doc: Doc;
  score: number;
  /** The concepts that made it match. */
  matched: Set<string>;
}

/** Thresholds that follow from the reader's sensitivity setting. */
export interface Thresholds {
  /** Share of a document's concept weight a sentence must cover. */
  cover: number;
  /** Share of the core (what most of the claim's wordings say) a sentence must say, as the second route. */
  core: number;
}

export function thresholdsFor(sensitivity: number): Thresholds {
  const cover = 0.8 - 0.4 * Math.min(1, Math.max(0, sensitivity));
  return { cover, core: cover + 0.15 };
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

/**
 * A terse headline about a claim's actors: "Pakistan: our soldiers are not in Nagorno-Karabakh",
 * "No Pakistani servicemen in Karabakh". Few words, the actor right before a word of the claim's
 * core, the region itself named, nothing of another story: it is about the claim, whether it
 * repeats it or denies it.
 */
export function isHeadline(frame: ClaimFrame, sentence: SentenceInfo): boolean {
  const { terms } = sentence;
  if (frame.actors.size === 0 || terms.length > 7) return false;
  if (!terms.some((t) => t.concept.kind === 'scene' && !PARTIES.has(t.concept.id))) return false;
  if (terms.some((t) => CONTRAST.has(t.concept.id))) return false;
  return terms.some((t, i) => frame.actors.has(t.concept.id) && frame.core.has(terms[i + 1]?.concept.id ?? ''));
}

/** Whether the sentence holds the document (a quote) word for word. */
export function quotesVerbatim(doc: Doc, sentence: SentenceInfo): boolean {
  return doc.verbatim !== null && sentence.folded().includes(doc.verbatim);
}

/**
 * Share of a document a sentence covers, or 0 when one more word (a misspelt one the rescue might
 * recover) could not lift it to the threshold.
 */
export function coverage(index: ClaimIndex, doc: Doc, sentence: SentenceInfo, cover: number): number {
  let covered = 0;
  let heaviestMissing = 0;
  for (const [id, c] of doc.concepts) {
    const w = index.weightOf(c);
    if (sentence.byConcept.has(id)) covered += w;
    else if (w > heaviestMissing) heaviestMissing = w;
  }
  return covered + heaviestMissing < cover * doc.total ? 0 : covered / doc.total;
}

/** Applies the rules to one document; a verdict when the sentence says it, else null. */
export function verify(index: ClaimIndex, t: Thresholds, doc: Doc, sentence: SentenceInfo, extra: ReadonlySet<string>): Verdict | null {
  const has: Has = (c) => sentence.byConcept.has(c) || extra.has(c);
  const frame = index.frames.get(doc.claimId)!;
  if (doc.verbatimOnly && !quotesVerbatim(doc, sentence)) return null;
  if (!sameAccuser(frame, sentence) || !actorsNamed(frame, has)) return null;
  const inScene = setInScene(frame, sentence);
  if (frame.scene.size > 0 && !inScene) return null;
  if (!saysOwnWords(frame, has)) return null;
  if (doc.kind === 'core' && isHeadline(frame, sentence)) {
    return { doc, score: t.cover + 0.05, matched: new Set([...frame.actors, ...[...frame.core.keys()].filter(has)]) };
  }
  let covered = 0;
  const matched = new Set<string>();
  let substantive = 0;
  for (const [id, c] of doc.concepts) {
    if (!has(id)) continue;
    covered += index.weightOf(c);
    matched.add(id);
    if (c.kind === 'word' && id !== 'report' && !DENIAL.has(id)) substantive++;
  }
  const verbatim = quotesVerbatim(doc, sentence);
  // Denial words alone ("rejects baseless allegations") fit any denial of anything, and one word
  // of substance ("army") fits much news: the sentence must say more of the claim itself.
  if (substantive === 0 && !inScene) return null;
  if (substantive < 2 && doc.substance >= 2 && !verbatim) return null;
  // The core alone is less than a wording (it leaves out who and where): it must be said nearly
  // whole, and scores a little lower.
  if (doc.kind === 'core' && covered / doc.total < t.core) return null;
  let score = (covered / doc.total) * (doc.kind === 'core' ? 0.9 : 1);
  const coreSaid = [...frame.core.keys()].filter(has);
  if (verbatim) score = doc.verbatimOnly ? 0.9 : Math.max(score, 0.9);
  // A short passage or a quote ("speculative and baseless") needs the claim's subject around it.
  const short = doc.concepts.size < 3 || doc.kind !== 'claim';
  if (short && coreSaid.length === 0 && !(verbatim && inScene)) return null;
  if (matched.size < 2 && !verbatim) return null;
  // Second route: the sentence says the claim's core even if no single wording is close.
  if (coreSaid.length >= 2 && frame.core.size >= 3) {
    const coreScore = coreSaid.reduce((sum, id) => sum + index.weightOf(frame.core.get(id)!), 0) / frame.coreTotal;
    if (coreScore >= t.core) {
      score = Math.max(score, coreScore * 0.9);
      for (const id of coreSaid) matched.add(id);
    }
  }
  for (const c of sentence.byConcept.keys()) {
    if (CONTRAST.has(c) && !doc.concepts.has(c)) score *= 0.75;
    const owner = index.distinctive.get(c);
    if (owner !== undefined && owner !== doc.claimId) score *= 0.7;
  }
  return score >= t.cover ? { doc, score: Math.min(1, score), matched } : null;
}
