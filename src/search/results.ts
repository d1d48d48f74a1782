/** What a search answers: the claims found, best first, each with the texts in which the query was found. */
import type { AnswerLine } from './glance';
import type { DocKind } from './documents';

/** A text with the character ranges [start, end) that the query matched. */
export interface MarkedText {
  text: string;
  marks: [number, number][];
}

/** A text of the claim (an answer's quote, a speaker, an outlet...) in which the query was found. */
export interface DocHit extends MarkedText {
  kind: DocKind;
  /** The response, source or context fact the text belongs to. */
  refId?: string;
  /** Who said or published it, when the text is a quote, an answer's summary, a headline or an outlet's phrasing. */
  by?: string;
}

/** One answer to a result's claim, at a glance, with the query's words marked in who gave it and in its words. */
export interface AnswerHit {
  line: AnswerLine;
  who: MarkedText;
  quote: MarkedText;
}

export interface ClaimResult {
  claimId: string;
  datasetId: string;
  statement: MarkedText;
  /** Every answer to the claim, oldest first, whether or not the query was found in it. */
  answers: AnswerHit[];
  /** Other texts of the claim that hold query words, best first (at most `hitsPerClaim`). */
  hits: DocHit[];
  score: number;
}

export interface SearchResults {
  query: string;
  claims: ClaimResult[];
  /** True when no claim holds every word of the query and the closest ones are shown instead. */
  partial: boolean;
}

export interface SearchOptions {
  /** Claims returned, best first. */
  limit?: number;
  hitsPerClaim?: number;
}
