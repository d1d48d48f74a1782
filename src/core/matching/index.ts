/**
 * The claim index: every claim of the datasets as a frame (what its own wordings agree it says, who
 * it is about, where it is set) and as short documents (its statement, its phrasings, and the quotes
 * and summaries of its answers), each reduced to concepts (lexicon.ts) and weighed by how rare each
 * concept is among the claims. An inverted index from concept to documents is the pre-filter, so a
 * sentence only touches the documents that share a rare concept with it: the work per sentence
 * follows the matches, not the size of the dataset.
 *
 * Built in steps (see steps.ts), so a page can spread the build over short tasks.
 */
import type { Claim, Dataset } from '../../data/schema';
import type { ConceptInfo } from '../lexicon';
import type { Steps } from '../steps';
import { extractTerms, type Term } from '../terms';
import { foldString } from '../normalize';
import { accuserOf, isName, PARTIES } from './sentence';

/** 'core': a claim's core concepts as one more wording (see below). */
type DocKind = 'claim' | 'quote' | 'summary' | 'core';

export interface Doc {
  claimId: string;
  kind: DocKind;
  text: string;
  /** Folded text, for the misspelling rescue. */
  folded: string;
  /** For a quote: its folded words without closing punctuation, looked for verbatim in a sentence. */
  verbatim: string | null;
  concepts: Map<string, ConceptInfo>;
  total: number;
  /** How many of its concepts are words of substance (not names, places, report or denial words). */
  substance: number;
  /** A response passage that speaks to the claim only in its context: it counts when quoted verbatim. */
  verbatimOnly: boolean;
  /** First three letters of its longer words, for the misspelling rescue; made when first asked. */
  heads?: Set<string>;
}

/** What a claim says, as its own wordings agree on it. */
export interface ClaimFrame {
  claim: Claim;
  /** Concepts (not actors or scene) said by at least 40% of the claim's own wordings. */
  core: Map<string, ConceptInfo>;
  /** Weight of the whole core. */
  coreTotal: number;
  /** Actors nearly every wording names: the claim is about them (Pakistan), not about others. */
  actors: Set<string>;
  /** Places and parties of the conflict that the claim's wordings name. */
  scene: Set<string>;
  /** For an accusation, the party that makes it, when the wordings agree on one. */
  accuser: string | null;
  /** States, people and names any of its wordings name (Lavrov, Moscow, Charles Michel). */
  cast: Set<string>;
  /** Core concepts no other claim has at its core ("special forces", "ceasefire"). */
  distinctive: string[];
  /** Who made the claim (claimants), as a sentence may name them. */
  claimants: Cues;
  /** Who answered it (the speakers of its responses). */
  answerers: Cues;
  /** Words of substance its answers say (quotes and summaries) beyond its core: "help", "completion". */
  answerWords: Set<string>;
  /** Its statement as a document: what a match found by its parties or its page stands on. */
  statement?: Doc;
}

/**
 * How a sentence may name a party: the words of a person's name ("pashinyan", "hajiyev"; a page may
 * spell them a letter apart) and the concepts of names, organisations and titles ("prime minister",
 * "Foreign Office", "India").
 */
export interface Cues {
  words: string[];
  concepts: Set<string>;
  /** The concepts that name this party only, among every claim's parties ("prime minister", "India"; not "foreign ministry"). */
  strong: Set<string>;
}

export interface ClaimIndex {
  frames: Map<string, ClaimFrame>;
  docs: Doc[];
  /** Concept id -> the documents filed under it. */
  postings: Map<string, number[]>;
  /** Weight of each concept the documents say (derived from `weights`, see weigher). */
  weightOf(c: ConceptInfo): number;
  /** Concept id -> its weight, for every concept any wording of a claim says. */
  weights: Map<string, number>;
  /** How many claims the index holds (a concept no wording says is weighed by it). */
  claimCount: number;
  /** Concepts at the core of exactly one claim, and that claim. */
  distinctive: Map<string, string>;
  /** Every concept any document says. */
  vocabulary: Set<string>;
  /** First three letters of the documents' longer words: a misspelling usually keeps them. */
  heads: Set<string>;
  /** A claimant's name word or title concept -> the claims they made (for answers that name only them). */
  byClaimant: Map<string, string[]>;
}

/** Report words and denial words: they say how a claim is carried, not what it is. */
export const DENIAL: ReadonlySet<string> = new Set(['deny', 'baseless', 'irresponsible', 'propaganda']);

/** The lowest share of a document's weight a sentence may need to cover (sensitivity 1). */
export const LOWEST_THRESHOLD = 0.4;

function textsOf(quote: string | readonly string[]): string[] {
  // Dataset passages are plain prose; a full stop and a space is enough to split them, and far
  // cheaper than a segmenter for thousands of passages.
  return (typeof quote === 'string' ? [quote] : [...quote]).flatMap((q) => q.split(/(?<=[.!?։।۔])\s+/)).map((t) => t.trim()).filter(Boolean);
}

interface Parsed {
  claimId: string;
  kind: DocKind;
  text: string;
  terms: Term[];
  concepts: Map<string, ConceptInfo>;
}

function parse(claimId: string, kind: DocKind, text: string): Parsed {
  const terms = extractTerms(text);
  return { claimId, kind, text, terms, concepts: new Map(terms.map((t) => [t.concept.id, t.concept])) };
}

/** The wordings of every claim (first dataset wins a repeated id), in steps. */
function* wordings(datasets: readonly Dataset[], claims: Map<string, Claim>): Steps<Parsed[]> {
  const parsed: Parsed[] = [];
  for (const ds of datasets) {
    for (const claim of ds.claims) {
      if (claims.has(claim.id)) continue;
      claims.set(claim.id, claim);
      for (const t of [claim.statement, ...claim.phrasings]) {
        parsed.push(parse(claim.id, 'claim', t));
        yield;
      }
    }
  }
  for (const ds of datasets) {
    for (const r of ds.responses) {
      if (!claims.has(r.claimId)) continue;
      for (const t of textsOf(r.quote)) parsed.push(parse(r.claimId, 'quote', t));
      // A summary that only explains the quote's provenance says nothing a page would repeat.
      if (r.summary) for (const t of textsOf(r.summary.replace(/^[^:]*not a direct quote:\s*/i, ''))) parsed.push(parse(r.claimId, 'summary', t));
      yield;
    }
  }
  return parsed;
}

/** How rare each concept is among claims (not documents: a claim with many phrasings is one claim). */
/** How much a concept counts, from how many claims say it (df) and how many documents (docs). */
function conceptWeight(c: ConceptInfo, df: number, docs: number, nClaims: number): number {
  const idf = Math.log(1 + nClaims / df) + 0.5;
  if (c.kind === 'scene') return idf * 0.4;
  if (c.kind === 'detail') return idf * 0.3;
  // How a claim is carried ("reports") and whether both sides say it ("each other") colour a
  // wording; one side's accusation is still the accusation.
  if (c.id === 'report' || c.id === 'mutual') return idf * 0.5;
  // A word only one wording of the whole dataset says is that wording's colour ("strictly",
  // "presidential adviser"), not what the claim is; a sentence may well say it otherwise.
  if (docs <= 1 && c.kind === 'word') return idf * 0.6;
  return idf;
}

/** The index's weightOf: the weights it computed, and for a concept no wording says, the rarest weight. */
export function weigher(weights: ReadonlyMap<string, number>, nClaims: number): (c: ConceptInfo) => number {
  return (c) => weights.get(c.id) ?? conceptWeight(c, 1, 0, Math.max(nClaims, 1));
}

function weighing(parsed: readonly Parsed[], nClaims: number) {
  const claimsWith = new Map<string, Set<string>>();
  const docsWith = new Map<string, number>();
  for (const d of parsed) {
    for (const c of d.concepts.keys()) {
      docsWith.set(c, (docsWith.get(c) ?? 0) + 1);
      let set = claimsWith.get(c);
      if (!set) claimsWith.set(c, (set = new Set()));
      set.add(d.claimId);
    }
  }
  const weights = new Map<string, number>();
  // A concept's weight is fixed by the first form it is asked for in (a concept id has one kind).
  const weightOf = (c: ConceptInfo): number => {
    let w = weights.get(c.id);
    if (w === undefined) weights.set(c.id, (w = conceptWeight(c, claimsWith.get(c.id)?.size ?? 1, docsWith.get(c.id) ?? 0, nClaims)));
    return w;
  };
  return { claimsWith, weightOf, weights };
}

/** A claim's core: what most of its own wordings say; its actors: whom nearly all of them name. */
/** Concepts that name no one in particular: every party has a government, a ministry, a report. */
const GENERIC_CUES = new Set(['report', 'government', 'ministry', 'statement', 'said', 'say', 'made', 'interview', 'described', 'announced', 'carried', 'published', 'president', 'republic', 'administration', 'spokesman', 'spokesperson', 'outlet']);

/** A party's names and title as cues: name, organisation and title whole, the role only for names and titles. */
function cuesOf(parties: readonly { name: string; role?: string; title?: string; organisation?: string }[]): Cues {
  const words = new Set<string>();
  const concepts = new Set<string>();
  for (const p of parties) {
    for (const [text, whole] of [[p.name, true], [p.organisation ?? '', true], [p.title ?? '', true], [p.role ?? '', false]] as const) {
      for (const t of extractTerms(text)) {
        const { id, kind } = t.concept;
        if (GENERIC_CUES.has(id) || id.startsWith('date:')) continue;
        // Short words of a name ("Now" of "Times Now") are everyday words elsewhere.
        if (id.length < 4 && kind !== 'actor' && id !== 'pm') continue;
        if (whole || kind !== 'word' || id === 'pm') concepts.add(id);
      }
    }
    // A person's name: two or more capitalised words and no institution among them.
    if (/^(\p{Lu}[\p{L}'-]+\s+){1,3}\p{Lu}[\p{L}'-]+$/u.test(p.name.trim()) && !/\b(office|ministry|agency|government|council|media|outlets?)\b/i.test(p.name)) {
      for (const w of foldString(p.name).split(/\s+/)) if (w.length >= 4) words.add(w);
    }
  }
  return { words: [...words], concepts, strong: new Set() };
}

function frameOf(claim: Claim, own: readonly Parsed[], weightOf: (c: ConceptInfo) => number): ClaimFrame {
  const frame: ClaimFrame = {
    claim, core: new Map(), coreTotal: 0, actors: new Set(), scene: new Set(), accuser: null, cast: new Set(), distinctive: [],
    claimants: cuesOf(claim.claimants), answerers: { words: [], concepts: new Set(), strong: new Set() }, answerWords: new Set(),
  };
  const counts = new Map<string, { c: ConceptInfo; n: number }>();
  for (const d of own) {
    for (const [id, c] of d.concepts) {
      const seen = counts.get(id);
      if (seen) seen.n++;
      else counts.set(id, { c, n: 1 });
      if (c.kind === 'scene') frame.scene.add(id);
      if (isName(id, c.kind)) frame.cast.add(id);
    }
  }
  for (const [id, { c, n }] of counts) {
    if (c.kind === 'word' && id !== 'report' && n >= Math.max(2, own.length * 0.4)) frame.core.set(id, c);
    if (c.kind === 'actor' && n >= own.length * 0.7) frame.actors.add(id);
  }
  const accusers = own.map((d) => accuserOf(d.terms)).filter((a) => a !== null);
  if (accusers.length > 0 && accusers.every((a) => a === accusers[0])) frame.accuser = accusers[0]!;
  frame.coreTotal = [...frame.core.values()].reduce((sum, c) => sum + weightOf(c), 0);
  return frame;
}

function toDoc(d: Parsed, frame: ClaimFrame, weightOf: (c: ConceptInfo) => number): Doc | null {
  const { concepts } = d;
  if (concepts.size === 0) return null;
  // A response passage is kept only when it speaks to the claim: it shares a word with the claim's
  // core or it is a denial. "The intensive shelling ... is reprehensible" answers nothing.
  let verbatimOnly = false;
  if (d.kind !== 'claim' && d.kind !== 'core') {
    // A long quote still names its answer when a page quotes it word for word.
    if (![...concepts.keys()].some((c) => frame.core.has(c) || DENIAL.has(c))) {
      if (d.kind !== 'quote' || d.text.length < 80) return null;
      verbatimOnly = true;
    }
  }
  let total = 0;
  for (const c of concepts.values()) total += weightOf(c);
  const folded = foldString(d.text);
  const verbatim = d.kind === 'quote' && folded.length >= 15 ? folded.replace(/[.!?"']+$/, '') : null;
  const substance = [...concepts].filter(([id, c]) => c.kind === 'word' && id !== 'report' && !DENIAL.has(id)).length;
  return { claimId: d.claimId, kind: d.kind, text: d.text, folded, verbatim, concepts, total, substance, verbatimOnly };
}

/**
 * Files each document only under its heaviest concepts, as many as it takes for the rest to weigh
 * less than the lowest share a sentence must cover. A sentence that covers enough of a document
 * must then say one of them, so no match is lost, and common words ("government", "said",
 * "Azerbaijan") lead to few documents or none. Words said by many claims are not filed under:
 * looking them up would touch a share of every pack; a wording made only of such words is filed
 * under its rarest one.
 */
function postingsOf(docs: readonly Doc[], weightOf: (c: ConceptInfo) => number, claimsWith: Map<string, Set<string>>, nClaims: number) {
  const postings = new Map<string, number[]>();
  const file = (concept: string, doc: number) => {
    const list = postings.get(concept);
    if (list) list.push(doc);
    else postings.set(concept, [doc]);
  };
  const common = Math.max(20, nClaims * 0.02);
  docs.forEach((d, i) => {
    const heaviest = [...d.concepts.values()].sort((a, b) => weightOf(b) - weightOf(a));
    let rest = d.total;
    let filed = 0;
    for (const c of heaviest) {
      if ((claimsWith.get(c.id)?.size ?? 0) > common) break;
      file(c.id, i);
      filed++;
      rest -= weightOf(c);
      if (rest < LOWEST_THRESHOLD * d.total) break;
    }
    if (filed === 0) file(heaviest[0]!.id, i);
  });
  return postings;
}

export function* buildIndex(datasets: readonly Dataset[]): Steps<ClaimIndex> {
  const claims = new Map<string, Claim>();
  const parsed = yield* wordings(datasets, claims);
  const { claimsWith, weightOf, weights } = weighing(parsed, Math.max(claims.size, 1));

  const byClaim = new Map<string, Parsed[]>();
  for (const d of parsed) {
    if (d.kind !== 'claim') continue;
    const list = byClaim.get(d.claimId);
    if (list) list.push(d);
    else byClaim.set(d.claimId, [d]);
  }
  const frames = new Map<string, ClaimFrame>();
  for (const claim of claims.values()) {
    frames.set(claim.id, frameOf(claim, byClaim.get(claim.id) ?? [], weightOf));
    yield;
  }
  for (const ds of datasets) {
    const speakers = new Map<string, { name: string; role?: string; title?: string; organisation?: string }[]>();
    for (const r of ds.responses) if (frames.has(r.claimId)) (speakers.get(r.claimId) ?? speakers.set(r.claimId, []).get(r.claimId)!).push(r.speaker);
    for (const [claimId, list] of speakers) {
      const frame = frames.get(claimId)!;
      const cues = cuesOf(list);
      frame.answerers = { words: [...new Set([...frame.answerers.words, ...cues.words])], concepts: new Set([...frame.answerers.concepts, ...cues.concepts]), strong: new Set() };
    }
  }
  // Words only this claim's answers say ("help", "completion"): words any other claim's documents
  // also say ("military", "halt") tell nothing of which claim a sentence answers.
  // A party concept names one party when only one claim's parties have it.
  const partyClaims = new Map<string, Set<string>>();
  for (const frame of frames.values()) {
    for (const c of [...frame.claimants.concepts, ...frame.answerers.concepts]) (partyClaims.get(c) ?? partyClaims.set(c, new Set()).get(c)!).add(frame.claim.id);
  }
  for (const frame of frames.values()) {
    for (const cues of [frame.claimants, frame.answerers]) for (const c of cues.concepts) if (partyClaims.get(c)!.size === 1) cues.strong.add(c);
  }
  for (const d of parsed) {
    if (d.kind === 'claim') continue;
    const frame = frames.get(d.claimId)!;
    for (const [id, c] of d.concepts) {
      if (c.kind === 'word' && !frame.core.has(id) && !GENERIC_CUES.has(id) && claimsWith.get(id)?.size === 1) frame.answerWords.add(id);
    }
  }
  // Distinctive among what the claims themselves say: an answer that quotes another claim's words
  // ("large-scale aggression ... ethnic cleansing") does not make those words that claim's own.
  const claimsSaying = new Map<string, Set<string>>();
  for (const [claimId, own] of byClaim) for (const d of own) for (const c of d.concepts.keys()) (claimsSaying.get(c) ?? claimsSaying.set(c, new Set()).get(c)!).add(claimId);
  const distinctive = new Map<string, string>();
  for (const frame of frames.values()) {
    for (const id of frame.core.keys()) {
      if (claimsSaying.get(id)?.size !== 1) continue;
      distinctive.set(id, frame.claim.id);
      frame.distinctive.push(id);
    }
  }

  // The core itself as one more wording, so that a sentence saying the core reaches the claim
  // through the index even when it shares no rare word with any single wording. Two concepts
  // ("start", "accuse") are too thin a core to stand for a claim on their own.
  for (const frame of frames.values()) {
    if (frame.core.size < 3) continue;
    parsed.push({ claimId: frame.claim.id, kind: 'core', text: [...frame.core.keys()].join(' '), terms: [], concepts: new Map(frame.core) });
  }
  const docs: Doc[] = [];
  for (const d of parsed) {
    const doc = toDoc(d, frames.get(d.claimId)!, weightOf);
    if (doc) docs.push(doc);
    yield;
  }
  for (const d of docs) {
    const frame = frames.get(d.claimId)!;
    if (d.kind === 'claim') frame.statement ??= d;
  }
  const postings = postingsOf(docs, weightOf, claimsWith, claims.size);
  const vocabulary = new Set(docs.flatMap((d) => [...d.concepts.keys()]));
  const heads = new Set<string>();
  for (const d of docs) {
    for (const w of d.folded.match(/[\p{L}\p{M}\p{N}]{5,}/gu) ?? []) heads.add(w.slice(0, 3));
    yield;
  }
  const byClaimant = new Map<string, string[]>();
  for (const frame of frames.values()) {
    const keys = [...frame.claimants.words, ...[...frame.claimants.concepts].filter((c) => !frame.actors.has(c) && !PARTIES.has(c))];
    for (const k of keys) (byClaimant.get(k) ?? byClaimant.set(k, []).get(k)!).push(frame.claim.id);
  }
  // Every concept a wording says gets its weight now, so the index's weights are all data.
  for (const d of parsed) for (const c of d.concepts.values()) weightOf(c);
  return { frames, docs, postings, weightOf: weigher(weights, claims.size), weights, claimCount: claims.size, distinctive, vocabulary, heads, byClaimant };
}
