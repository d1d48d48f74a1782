/**
 * The rules that decide whether a sentence says a claim, each named for what it checks so that each
 * can be read and tested on its own. A document (one wording of a claim) is a candidate when the
 * sentence shares a filed concept with it; `verify` then applies the rules in order and scores what
 * is left by the share of the document's concept weight the sentence covers.
 */
import { conceptOf } from '../lexicon';
import { AGAINST_OTHER } from '../terms';
import type { ClaimFrame, ClaimIndex, Cues, Doc } from './index';
import { DENIAL } from './index';
import { levenshtein } from './levenshtein';
import { PARTIES, type SentenceInfo } from './sentence';

/** Words that put a sentence in another story: trade, drills, visits, flights. */
const CONTRAST: ReadonlySet<string> = new Set(
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
function namesContrast(sentence: SentenceInfo): boolean {
  for (const c of sentence.byConcept.keys()) if (CONTRAST.has(c)) return true;
  return false;
}

/** Whether the sentence says a concept (or the misspelling rescue found it). */
type Has = (concept: string) => boolean;

export interface Verdict {
  doc: Doc;
  score: number;
  /** The concepts that made it match. */
  matched: Set<string>;
  /** Matched through the sentences before it on the page (see speaksToContext). */
  via?: 'context';
}

/** Thresholds that follow from the reader's sensitivity setting. */
export interface Thresholds {
  /** Share of a document's concept weight a sentence must cover. */
  cover: number;
  /** Whether a sentence may match through its page (none at the lowest sensitivities: only restatements). */
  context: boolean;
  /** Share of the core (what most of the claim's wordings say) a sentence must say, as the second route. */
  core: number;
}

export function thresholdsFor(sensitivity: number): Thresholds {
  const s = Math.min(1, Math.max(0, sensitivity));
  const cover = 0.8 - 0.4 * s;
  return { cover, core: cover + 0.15, context: s >= 0.25 };
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

/** First and last day a dataset date (YYYY, YYYY-MM or YYYY-MM-DD) may stand for, as YYYY-MM-DD. */
export function dateSpan(date: string): { first: string; last: string } {
  if (date.length >= 10) return { first: date.slice(0, 10), last: date.slice(0, 10) };
  if (date.length === 7) return { first: `${date}-01`, last: `${date}-31` };
  return { first: `${date.slice(0, 4)}-01-01`, last: `${date.slice(0, 4)}-12-31` };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Words that set a sentence on the days around its page's date: "on Friday", "yesterday", "today". */
const DAY_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'понедельник', 'вторник', 'среду', 'среда', 'четверг', 'пятницу', 'пятница', 'субботу', 'суббота', 'воскресенье', 'сегодня', 'вчера',
  'pazartesi', 'sali', 'carsamba', 'persembe', 'cuma', 'cumartesi', 'pazar', 'bugun', 'dun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'aujourd', 'hier',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'heute', 'gestern',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'hoy', 'ayer',
]);

/**
 * Whether the page's date allows the claim: a page cannot report a claim made after it (a week's
 * slack for dates the dataset knows only roughly), and a sentence that sets its event "on Friday" or
 * "yesterday" on a page published months after the claim reports a later event of the same kind
 * (the 2022 border clashes' mutual accusations are not the October 2020 ones).
 */
export function fitsPageDate(frame: ClaimFrame, sentence: SentenceInfo, pageDate: string | undefined): boolean {
  if (!pageDate || !/^\d{4}(-\d\d){0,2}$/.test(pageDate)) return true;
  const span = dateSpan(frame.claim.date);
  const page = dateSpan(pageDate);
  if (page.last < addDays(span.first, -7)) return false;
  if (page.first > addDays(span.last, 90) && sentence.words().some((w) => DAY_WORDS.has(w))) return false;
  return true;
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
