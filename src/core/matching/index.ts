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
import { coreWordings, documentsOf, headsOf, postingsOf, wordings, type Parsed } from './documents';
import { addAnswerers, addAnswerWords, claimantIndex, framesOf, markDistinctive, markStrongCues } from './frames';
import { weigher, weighing } from './weights';

/** 'core': a claim's core concepts as one more wording (see below). */
export type DocKind = 'claim' | 'quote' | 'summary' | 'core';

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

export function* buildIndex(datasets: readonly Dataset[]): Steps<ClaimIndex> {
  const claims = new Map<string, Claim>();
  const parsed = yield* wordings(datasets, claims);
  // A concept's weight is fixed by the first form it is asked for in: the steps below keep their order.
  const { claimsWith, weightOf, weights } = weighing(parsed, Math.max(claims.size, 1));
  const byClaim = new Map<string, Parsed[]>();
  for (const d of parsed) if (d.kind === 'claim') (byClaim.get(d.claimId) ?? byClaim.set(d.claimId, []).get(d.claimId)!).push(d);
  const frames = yield* framesOf(claims, byClaim, weightOf);
  addAnswerers(frames, datasets);
  markStrongCues(frames);
  addAnswerWords(frames, parsed, claimsWith);
  const distinctive = markDistinctive(frames, byClaim);
  parsed.push(...coreWordings(frames));
  const docs = yield* documentsOf(parsed, frames, weightOf);
  const postings = postingsOf(docs, weightOf, claimsWith, claims.size);
  const vocabulary = new Set(docs.flatMap((d) => [...d.concepts.keys()]));
  const heads = yield* headsOf(docs);
  const byClaimant = claimantIndex(frames);
  // Every concept a wording says gets its weight now, so the index's weights are all data.
  for (const d of parsed) for (const c of d.concepts.values()) weightOf(c);
  return { frames, docs, postings, weightOf: weigher(weights, claims.size), weights, claimCount: claims.size, distinctive, vocabulary, heads, byClaimant };
}
