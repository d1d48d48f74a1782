/**
 * What the page layer needs from the pure core, in one narrow interface, so the page code does not
 * depend on how the core is put together. The binding to src/core lives in ./core-scanner.ts.
 */
import type { ClaimMatch, Mention, Sentence } from '@/src/core/types';
import { SLICE_MS } from './text-map';

export interface Scanner {
  /** False when the text certainly names no place of the region (one cheap pass). */
  mayMention(text: string): boolean;
  /** Mentions in a piece of text (block-bounded: it may hold "\n" separators). */
  mentions(text: string): Mention[];
  /** Whether a whole page, with these mentions, is about the topic. */
  isTopic(text: string, mentions: readonly Mention[]): boolean;
  /** Sentences of a piece of text, with offsets into it ("\n" ends one). */
  sentences(text: string): Sentence[];
  /** The best claim a sentence of a page about the topic matches, offsets relative to the sentence. */
  matchSentence(sentence: string): ClaimMatch | undefined;
  /**
   * Gets sentences and matchSentence ready in short tasks, yielding between them (building the claim
   * index takes longer than a task may run; the core scanner also loads its matching code here).
   * Without it, matchSentence gets ready on its first call, in one go, where the scanner allows it.
   */
  prepare?(options: { yieldToLoop: () => Promise<void>; signal?: AbortSignal }): Promise<void>;
}

export interface TextScan {
  topic: boolean;
  mentions: Mention[];
  matches: ClaimMatch[];
}

/** Up to this many characters per core call between yields; pieces end at a block boundary. */
const PIECE = 8 * 1024;

/** Splits text into pieces that end at "\n" (a block boundary), so no match is cut in two. */
export function* pieces(text: string): Generator<{ start: number; text: string }> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start) end = nl + 1;
    }
    yield { start, text: text.slice(start, end) };
    start = end;
  }
}

/**
 * Scans a page's text piece by piece, yielding between pieces so a long page never makes a long task.
 * `assumeTopic` skips the page gate (a piece of a page already known to be about the topic).
 */
export async function scanText(
  scanner: Scanner,
  text: string,
  options: { assumeTopic?: boolean; yieldToLoop: () => Promise<void>; signal?: AbortSignal; sliceMs?: number },
): Promise<TextScan> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let sliceStart = performance.now();
  const due = () => performance.now() - sliceStart >= sliceMs;
  const pause = async () => {
    await options.yieldToLoop();
    options.signal?.throwIfAborted();
    sliceStart = performance.now();
  };
  const mentions: Mention[] = [];
  // The scanner's own objects go to its gate (it may keep data beside them); shifted copies go out.
  const found: Mention[] = [];
  for (const piece of pieces(text)) {
    for (const m of scanner.mentions(piece.text)) {
      found.push(m);
      mentions.push({ ...m, start: m.start + piece.start, end: m.end + piece.start });
    }
    if (due()) await pause();
  }
  const topic = options.assumeTopic ?? scanner.isTopic(text, found);
  const matches: ClaimMatch[] = [];
  if (topic) {
    await scanner.prepare?.({ yieldToLoop: options.yieldToLoop, signal: options.signal });
    sliceStart = performance.now();
    for (const piece of pieces(text)) {
      // Matching costs per sentence, so the time check runs per sentence, not per piece.
      for (const s of scanner.sentences(piece.text)) {
        const m = scanner.matchSentence(s.text);
        if (m) matches.push({ ...m, start: s.start + piece.start, end: s.end + piece.start });
        if (due()) await pause();
      }
    }
  }
  return { topic, mentions, matches };
}
