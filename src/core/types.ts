import type { Claim } from '../data/schema';

/**
 * The pure core's contract: text in, offsets and scores out. Nothing here may touch the DOM or a
 * browser API, so the same code runs in the content script, in Node tests, the CLI and benchmarks.
 */

/** A name of the region or a key place found in a text, as offsets into that text. */
export interface Mention {
  start: number;
  end: number;
  /** The text as it stands in the page, not the normalised form. */
  text: string;
  /** The canonical name this spelling belongs to, e.g. "Nagorno-Karabakh", "Stepanakert". */
  canonical: string;
  /** 'region' names weigh more than places whose names also mean other things. */
  kind: 'region' | 'place';
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** A sentence that states, reports or answers a known claim. */
export interface ClaimMatch {
  claimId: string;
  /** The sentence's offsets in the scanned text. */
  start: number;
  end: number;
  sentence: string;
  /** 0 (weak) to 1 (certain). */
  score: number;
  /** The words that made it match, shown to the reader as "why this matched". */
  terms: string[];
  /**
   * 'context': the sentence only quotes or answers, and matched the claim that the sentences just
   * before it on the page matched. Absent: the sentence names the claim itself.
   */
  via?: 'context';
  /** The language the sentence matched in (BCP 47, e.g. "ru", "ur"), when the matcher could tell. */
  lang?: string;
}

/** A claim matched by a sentence shortly before the one being matched, on the same page. */
export interface ContextClaim {
  claimId: string;
  /** Characters between the end of that sentence and the start of this one. */
  distance: number;
}

export interface MatchOptions {
  /** Claims the preceding sentences of the page matched, nearest last. */
  context?: readonly ContextClaim[];
  /**
   * When the page was published (ISO date, YYYY-MM-DD or shorter), when the page says so: a page
   * cannot report a claim made after it, and "on Friday" in a page from 2022 is not a 2020 event.
   */
  pageDate?: string;
  /**
   * The sentence's mentions of the region's names, offsets relative to the sentence, when the page
   * scan has found them already; found again when absent.
   */
  mentions?: readonly Mention[];
}

export interface ClaimMatcher {
  /** Matches of one sentence of a page about the topic, best first; offsets relative to the sentence. */
  matchSentence(sentence: string, options?: MatchOptions): ClaimMatch[];
  /** The claim a match refers to. */
  claim(id: string): Claim | undefined;
}

export interface PageScan {
  topic: boolean;
  mentions: Mention[];
  matches: ClaimMatch[];
  /** Present when the scan's limits left mentions or claim sentences out (see ScanOptions.limits). */
  more?: { mentions: boolean; matches: boolean };
}
