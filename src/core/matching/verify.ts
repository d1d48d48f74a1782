/**
 * Whether a sentence says one document (one wording of a claim): a document is a candidate when the
 * sentence shares a filed concept with it; `verify` applies the rules on the claim (rules.ts), then
 * those on the wording, and scores what is left by the share of the document's concept weight the
 * sentence covers. What a sentence asks of every candidate is worked out once per sentence.
 */
import type { ClaimFrame, ClaimIndex, Doc } from './index';
import { namesParty } from './parties';
import { actorsNamed, CONTRAST, DENIAL, sameAccuser, sameYear, saysCore, saysOwnWords, setInScene, type Has, type Verdict } from './rules';
import { PARTIES, type SentenceInfo } from './sentence';
import type { Thresholds } from './thresholds';

/**
 * A terse headline about a claim's actors: "Pakistan: our soldiers are not in Nagorno-Karabakh",
 * "No Pakistani servicemen in Karabakh". Few words, the actor right before a word of the claim's
 * core, the region itself named, nothing of another story: it is about the claim, whether it
 * repeats it or denies it.
 */
function isHeadline(frame: ClaimFrame, sentence: SentenceInfo): boolean {
  const { terms } = sentence;
  if (frame.actors.size === 0 || terms.length > 7) return false;
  if (!terms.some((t) => t.concept.kind === 'scene' && !PARTIES.has(t.concept.id))) return false;
  if (terms.some((t) => CONTRAST.has(t.concept.id))) return false;
  return terms.some((t, i) => frame.actors.has(t.concept.id) && frame.core.has(terms[i + 1]?.concept.id ?? ''));
}

/** Whether the sentence holds the document (a quote) word for word. */
function quotesVerbatim(doc: Doc, sentence: SentenceInfo): boolean {
  return doc.verbatim !== null && sentence.folded().includes(doc.verbatim);
}

/**
 * Share of a document a sentence covers, or 0 when one more word (a misspelt one the rescue might
 * recover) could not lift it to the threshold.
 */
export function coverage(index: ClaimIndex, doc: Doc, sentence: SentenceInfo, cover: number): number {
  const { ids, weights } = weighed(index, doc);
  let covered = 0;
  let heaviestMissing = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = weights[i]!;
    if (sentence.byConcept.has(ids[i]!)) covered += w;
    else if (w > heaviestMissing) heaviestMissing = w;
  }
  return covered + heaviestMissing < cover * doc.total ? 0 : covered / doc.total;
}

/** A document's concepts as arrays, in its order, with their weights and whether each is of substance. */
interface Weighed {
  ids: string[];
  weights: number[];
  substantive: boolean[];
}

/**
 * Each document's Weighed, made when first asked: every sentence reads its candidates' concepts and
 * weights, and a document's weights do not change (an index read in part gets a document's weights
 * with it).
 */
const weighedDocs = new WeakMap<Doc, Weighed>();

function weighed(index: ClaimIndex, doc: Doc): Weighed {
  let w = weighedDocs.get(doc);
  if (!w) {
    w = { ids: [], weights: [], substantive: [] };
    for (const [id, c] of doc.concepts) {
      w.ids.push(id);
      w.weights.push(index.weightOf(c));
      w.substantive.push(c.kind === 'word' && id !== 'report' && !DENIAL.has(id));
    }
    weighedDocs.set(doc, w);
  }
  return w;
}

/** What the rules on a claim as a whole found in a sentence: the same for each of the claim's documents. */
interface FrameFit {
  inScene: boolean;
  /** The core concepts the sentence says, in the core's order. */
  coreSaid: string[];
  /** Their share of the core's weight. */
  coreScore: number;
}

/** The rules that ask of the claim, not of one wording: null when the sentence fails one. */
function frameFit(index: ClaimIndex, frame: ClaimFrame, sentence: SentenceInfo, has: Has): FrameFit | null {
  if (!sameAccuser(frame, sentence) || !actorsNamed(frame, has)) return null;
  const inScene = setInScene(frame, sentence);
  if (frame.scene.size > 0 && !inScene) return null;
  if (!saysOwnWords(frame, has) && namesParty(frame.claimants, frame, sentence) === 0) return null;
  if (!sameYear(frame, sentence)) return null;
  const coreSaid = [...frame.core.keys()].filter(has);
  const coreScore = coreSaid.reduce((sum, id) => sum + index.weightOf(frame.core.get(id)!), 0) / frame.coreTotal;
  return { inScene, coreSaid, coreScore };
}

/** frameFit by sentence and frame, for the sentence alone (not with words the rescue found). */
const framesFit = new WeakMap<SentenceInfo, Map<ClaimFrame, FrameFit | null>>();

function frameFitAlone(index: ClaimIndex, frame: ClaimFrame, sentence: SentenceInfo): FrameFit | null {
  let fits = framesFit.get(sentence);
  if (!fits) framesFit.set(sentence, (fits = new Map()));
  let fit = fits.get(frame);
  if (fit === undefined) fits.set(frame, (fit = frameFit(index, frame, sentence, sentence.has)));
  return fit;
}

/**
 * The concepts of a sentence that lower a document's score (a word of another story, a word only
 * another claim says), in the sentence's order, by sentence and index.
 */
interface Marker {
  concept: string;
  contrast: boolean;
  owner: string | undefined;
}

const sentenceMarkers = new WeakMap<SentenceInfo, { index: ClaimIndex; markers: Marker[] }>();

function markersOf(index: ClaimIndex, sentence: SentenceInfo): Marker[] {
  const seen = sentenceMarkers.get(sentence);
  if (seen?.index === index) return seen.markers;
  const markers: Marker[] = [];
  for (const concept of sentence.byConcept.keys()) {
    const contrast = CONTRAST.has(concept);
    const owner = index.distinctive.get(concept);
    if (contrast || owner !== undefined) markers.push({ concept, contrast, owner });
  }
  sentenceMarkers.set(sentence, { index, markers });
  return markers;
}

/** Applies the rules to one document; a verdict when the sentence says it, else null. */
export function verify(index: ClaimIndex, t: Thresholds, doc: Doc, sentence: SentenceInfo, extra: ReadonlySet<string>): Verdict | null {
  if (doc.verbatimOnly && !quotesVerbatim(doc, sentence)) return null;
  const frame = index.frames.get(doc.claimId)!;
  const alone = extra.size === 0;
  const has: Has = alone ? sentence.has : (c) => sentence.has(c) || extra.has(c);
  const fit = alone ? frameFitAlone(index, frame, sentence) : frameFit(index, frame, sentence, has);
  if (!fit) return null;
  const { inScene, coreSaid } = fit;
  if (doc.kind === 'core' && isHeadline(frame, sentence)) {
    return { doc, score: t.cover + 0.05, matched: new Set([...frame.actors, ...coreSaid]) };
  }
  const { ids, weights, substantive: isSubstance } = weighed(index, doc);
  let covered = 0;
  let said = 0;
  let substantive = 0;
  const says = sentence.byConcept;
  for (let i = 0; i < ids.length; i++) {
    // The sentence's own concepts directly, then the rescue's: this loop runs for every candidate.
    if (!says.has(ids[i]!) && (alone || !extra.has(ids[i]!))) continue;
    covered += weights[i]!;
    said++;
    if (isSubstance[i]) substantive++;
  }
  const verbatim = quotesVerbatim(doc, sentence);
  // Without the claim's core, a sentence must say more of the wording than one or two of its words.
  if (!verbatim && substantive < 3 && !saysCore(frame, doc, has)) return null;
  // Denial words alone ("rejects baseless allegations") fit any denial of anything, and one word
  // of substance ("army") fits much news: the sentence must say more of the claim itself.
  if (substantive === 0 && !inScene) return null;
  if (substantive < 2 && doc.substance >= 2 && !verbatim) return null;
  // The core alone is less than a wording (it leaves out who and where): it must be said nearly
  // whole, and scores a little lower.
  if (doc.kind === 'core' && covered / doc.total < t.core) return null;
  let score = (covered / doc.total) * (doc.kind === 'core' ? 0.9 : 1);
  if (verbatim) score = doc.verbatimOnly ? 0.9 : Math.max(score, 0.9);
  // A short passage or a quote ("speculative and baseless") needs the claim's subject around it.
  const short = doc.concepts.size < 3 || doc.kind !== 'claim';
  if (short && coreSaid.length === 0 && !(verbatim && inScene)) return null;
  if (said < 2 && !verbatim) return null;
  const matched = new Set<string>();
  for (const id of ids) if (says.has(id) || extra.has(id)) matched.add(id);
  // Second route: the sentence says the claim's core even if no single wording is close.
  if (coreSaid.length >= 2 && frame.core.size >= 3 && fit.coreScore >= t.core) {
    score = Math.max(score, fit.coreScore * 0.9);
    for (const id of coreSaid) matched.add(id);
  }
  for (const m of markersOf(index, sentence)) {
    if (m.contrast && !doc.concepts.has(m.concept)) score *= 0.75;
    if (m.owner !== undefined && m.owner !== doc.claimId) score *= 0.7;
  }
  return score >= t.cover ? { doc, score: Math.min(1, score), matched } : null;
}
