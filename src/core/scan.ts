/**
 * The one scan pipeline: a page's text in, its mentions, the topic decision and its claim sentences
 * out. The content script, the scan CLI, the evaluation and the benchmarks all run this code; they
 * differ only in how they run its steps (see steps.ts) and where the matcher comes from.
 *
 * 1. Mentions of the region's names, piece by piece.
 * 2. The page gate: a text is about the topic when its mentions weigh enough (gate.ts).
 * 3. Only then: the matcher (built or loaded on first need), and each sentence matched in page order,
 *    with the claims the sentences just before it matched as its context (an answer quoted in a later
 *    paragraph, "these comments", is about the claim the article has just named).
 */
import { scoreMentions, TOPIC_THRESHOLD } from './gate';
import { findWeightedMentions, type WeightedMention } from './mentions';
import { splitSentences } from './sentences';
import { runToEnd, type Steps } from './steps';
import type { ClaimMatch, ClaimMatcher, ContextClaim, Mention, PageScan, Sentence } from './types';

/** Up to this many characters per piece of work; pieces end at a block, sentence or word boundary. */
const PIECE_CHARS = 8 * 1024;

/**
 * Longer "sentences" are not matched: the longest real sentence of the corpora has under 600
 * characters, and a run of thousands without a sentence end is not prose (a hostile page repeating a
 * name, a list without stops), where reading every word for concepts would cost seconds.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** How many sentences matchInOrder remembers the match of (see there). */
const SEEN_SENTENCES = 4096;

/** A sentence's context: the claims matched by sentences this close before it, in characters. */
const CONTEXT_CHARS = 1200;
/** ...and at most this many sentences back. */
const CONTEXT_SENTENCES = 2;

interface ScanOptions {
  /** Skip the gate: the text is a piece of a page already known to be about the topic. */
  assumeTopic?: boolean;
  /** When the page was published, if it says (see MatchOptions.pageDate). */
  pageDate?: string;
  /**
   * At most this many mentions and claim sentences (the first in the text): a hostile page can hold
   * hundreds of thousands, and each becomes a highlight. The scan stops looking once it has found
   * one more than the limit, and says so (PageScan.more).
   */
  limits?: ScanLimits;
}

export interface ScanLimits {
  mentions: number;
  matches: number;
}

/**
 * Where the matcher comes from: built in steps, or loaded (a step that yields a promise), for the
 * text about to be matched (a matcher read in part loads what that text's sentences reach).
 */
export type MatcherSource = (text: string) => Steps<ClaimMatcher>;

interface Piece {
  start: number;
  text: string;
}

/**
 * Splits text into pieces of at most about PIECE_CHARS. A piece ends after a "\n" (a block
 * boundary) where there is one; a block longer than a piece is cut after a sentence end, else at a
 * space, so no name or sentence that fits in a piece is cut in two.
 */
export function* pieces(text: string, size = PIECE_CHARS): Generator<Piece> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) end = cutBefore(text, start, end);
    yield { start, text: text.slice(start, end) };
    start = end;
  }
}

const SENTENCE_END = /[.!?։।۔。][)"'»”’]*\s+$/u;

function cutBefore(text: string, start: number, end: number): number {
  // Looked for in the piece's last three quarters only: lastIndexOf on the whole text would scan back
  // to its start on a page without line breaks, once per piece.
  const from = start + Math.ceil((end - start) / 4);
  const nl = text.slice(from, end).lastIndexOf('\n');
  if (nl >= 0) return from + nl + 1;
  // Look back from the limit for a sentence end, then for any space, in the last quarter only: a
  // text without spaces (a hostile page) is cut where it must be.
  const floor = start + Math.floor(((end - start) * 3) / 4);
  let space = -1;
  for (let i = end - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) continue;
    if (space < 0) space = i + 1;
    if (SENTENCE_END.test(text.slice(Math.max(start, i - 3), i + 1))) return i + 1;
  }
  return space > 0 ? space : end;
}

/**
 * Mentions of a text with their weights, piece by piece, offsets into the whole text: all of them,
 * or the first `limit` and whether there are more.
 */
function* mentionSteps(text: string, limit = Infinity): Steps<{ found: WeightedMention[]; more: boolean }> {
  const found: WeightedMention[] = [];
  for (const piece of pieces(text)) {
    for (const w of findWeightedMentions(piece.text)) {
      if (found.length === limit) return { found, more: true };
      const m = w.mention;
      found.push({ weight: w.weight, mention: { ...m, start: m.start + piece.start, end: m.end + piece.start } });
    }
    yield;
  }
  return { found, more: false };
}

/** Whether a text with these mentions is about the topic. */
function isTopic(found: readonly WeightedMention[]): boolean {
  return scoreMentions(found) >= TOPIC_THRESHOLD;
}

/** The sentences of a text, piece by piece, with offsets into the whole text. */
export function* sentencesOf(text: string): Generator<Sentence> {
  for (const piece of pieces(text)) {
    for (const s of splitSentences(piece.text)) yield { ...s, start: s.start + piece.start, end: s.end + piece.start };
  }
}

/**
 * Matches sentences of a page about the topic, in page order, each with its context: the claims
 * that the sentences just before it matched by naming them.
 */
export function* matchInOrder(sentences: Iterable<Sentence>, matcher: ClaimMatcher, pageDate?: string): Steps<ClaimMatch[]> {
  return (yield* matchUpTo(sentences, matcher, { pageDate })).matches;
}

/**
 * A page's mentions, in text order, handed out sentence by sentence (offsets relative to the
 * sentence), so that reading a sentence does not look for names again. A sentence that a mention
 * crosses into or out of gets none: it looks for its own.
 */
function mentionsBySentence(mentions: readonly Mention[]): (s: Sentence) => Mention[] | undefined {
  let next = 0;
  return (s) => {
    while (next < mentions.length && mentions[next]!.end <= s.start) next++;
    const out: Mention[] = [];
    for (let i = next; i < mentions.length && mentions[i]!.start < s.end; i++) {
      const m = mentions[i]!;
      if (m.start < s.start || m.end > s.end) return undefined;
      out.push({ ...m, start: m.start - s.start, end: m.end - s.start });
    }
    return out;
  };
}

/**
 * matchInOrder, up to `limit` matches, and whether there were more; `mentions`, all the text's
 * mentions in text order when the scan has them (see mentionsBySentence).
 */
function* matchUpTo(
  sentences: Iterable<Sentence>,
  matcher: ClaimMatcher,
  { pageDate, limit = Infinity, mentions }: { pageDate?: string; limit?: number; mentions?: readonly Mention[] },
): Steps<{ matches: ClaimMatch[]; more: boolean }> {
  const matches: ClaimMatch[] = [];
  let recent: { claimId: string; end: number; index: number }[] = [];
  let index = 0;
  const dated = pageDate ? { pageDate } : {};
  /**
   * Sentences already matched without context, and their best match: a page that repeats a sentence
   * (a hostile one, thousands of times) has it read once. Bounded, as a page may hold many.
   */
  const seen = new Map<string, ClaimMatch | undefined>();
  const mentionsOf = mentions ? mentionsBySentence(mentions) : () => undefined;
  const matchAlone = (sentence: string, own?: readonly Mention[]): ClaimMatch | undefined => {
    if (seen.has(sentence)) return seen.get(sentence);
    const best = matcher.matchSentence(sentence, own ? { ...dated, mentions: own } : dated)[0];
    if (seen.size >= SEEN_SENTENCES) seen.clear();
    seen.set(sentence, best);
    return best;
  };
  for (const s of sentences) {
    recent = recent.filter((r) => s.start - r.end <= CONTEXT_CHARS && index - r.index <= CONTEXT_SENTENCES);
    const context: ContextClaim[] = recent.map((r) => ({ claimId: r.claimId, distance: s.start - r.end }));
    const own = s.text.length > MAX_SENTENCE_CHARS ? undefined : mentionsOf(s);
    const best =
      s.text.length > MAX_SENTENCE_CHARS
        ? undefined
        : context.length > 0
          ? matcher.matchSentence(s.text, { context, ...dated, ...(own ? { mentions: own } : {}) })[0]
          : matchAlone(s.text, own);
    if (best) {
      if (matches.length === limit) return { matches, more: true };
      matches.push({ ...best, start: s.start, end: s.end });
      // A sentence matched through its context passes that context on; it does not renew it.
      if (best.via !== 'context') recent.push({ claimId: best.claimId, end: s.end, index });
    }
    index++;
    yield;
  }
  return { matches, more: false };
}

/** The whole pipeline in steps: mentions, the gate, and on a topic page, the claim sentences. */
export function* scanSteps(text: string, matcher: MatcherSource, options: ScanOptions = {}): Steps<PageScan> {
  const { limits } = options;
  const found = yield* mentionSteps(text, limits?.mentions);
  const mentions: Mention[] = found.found.map((w) => w.mention);
  const topic = options.assumeTopic === true || isTopic(found.found);
  if (!topic) return { topic, mentions, matches: [] };
  const m = yield* matcher(text);
  // The sentences' names are those the scan found, unless a limit cut the list short.
  const matched = yield* matchUpTo(sentencesOf(text), m, { pageDate: options.pageDate, limit: limits?.matches, ...(found.more ? {} : { mentions }) });
  const scan: PageScan = { topic, mentions, matches: matched.matches };
  if (found.more || matched.more) scan.more = { mentions: found.more, matches: matched.more };
  return scan;
}

/** The pipeline in one go, with a matcher at hand (the CLI, the evaluation, benchmarks, tests). */
export function scanText(text: string, matcher: ClaimMatcher, options: ScanOptions = {}): PageScan {
  // eslint-disable-next-line require-yield -- a source with nothing to wait for
  return runToEnd(scanSteps(text, function* () { return matcher; }, options));
}
