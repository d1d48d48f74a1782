/**
 * Sentences with offsets. Every "\n" is a block boundary first, so a sentence never runs from a
 * heading into the paragraph below it; within a block, sentences end where Unicode's sentence rules
 * (UAX #29, the rules Intl.Segmenter follows) end them, in every script (".", "։", "۔", "।", "。").
 *
 * The rules are applied here rather than by Intl.Segmenter: creating the first segmenter in a page
 * costs 10-15 ms (it loads the break data), more than splitting a whole article. A sentence can only
 * end after a terminal (".", "?", "!" and their kin in other scripts) or a paragraph separator, so the
 * rules are only asked at those places. The unit test holds this splitter to Intl.Segmenter's
 * sentences on every real corpus sentence, paragraph and seed, and on random strings of the
 * characters the rules turn on.
 */
import type { Sentence } from './types';

// The Sentence_Break classes (UAX #29, table 4) the rules ask about, for one code point each.
/** ATerm: the full stop and its look-alikes. */
const A_TERM = /^[.\u2024\uFE52\uFF0E]$/u;
/** STerm: other sentence terminals ("?", "!", "։", "।", "۔", "。"...). */
const S_TERM = /^\p{Sentence_Terminal}$/u;
/**
 * Where a sentence may end: a terminal, a paragraph separator (Sep, CR), or the first half of a
 * surrogate pair that may be a terminal (the rules then look at the whole character). Spelt out, not
 * \p{Sentence_Terminal}: a Unicode property class makes the scan of a long page several times
 * slower. The unit test checks it against \p{Sentence_Terminal}.
 */
export const CANDIDATES =
  /[!.?\r\u0085\u0589\u061D-\u061F\u06D4\u0700-\u0702\u07F9\u0837\u0839\u083D\u083E\u0964\u0965\u104A\u104B\u1362\u1367\u1368\u166E\u1735\u1736\u17D4\u17D5\u1803\u1809\u1944\u1945\u1AA8-\u1AAB\u1B4E\u1B4F\u1B5A\u1B5B\u1B5E\u1B5F\u1B7D-\u1B7F\u1C3B\u1C3C\u1C7E\u1C7F\u2024\u2028\u2029\u203C\u203D\u2047-\u2049\u2CF9-\u2CFB\u2E2E\u2E3C\u2E53\u2E54\u3002\uA4FF\uA60E\uA60F\uA6F3\uA6F7\uA876\uA877\uA8CE\uA8CF\uA92F\uA9C8\uA9C9\uAA5D-\uAA5F\uAAF0\uAAF1\uABEB\uFE12\uFE15\uFE16\uFE52\uFE56\uFE57\uFF01\uFF0E\uFF1F\uFF61\uD802-\uD807\uD81A\uD81B\uD82F\uD836]/g;
const SEP = /^[\u0085\u2028\u2029\r\n]$/u;
/** Extend and Format: marks and invisible format characters that belong to the character before them. */
const EXTEND_FORMAT = /^[\p{Grapheme_Extend}\p{Mc}\p{Cf}\u200d]$/u;
const SP = /^[\p{White_Space}]$/u;
const LOWER = /^\p{Lowercase}$/u;
const UPPER = /^[\p{Uppercase}\p{Lt}]$/u;
const OLETTER = /^[\p{Alphabetic}\u05F3]$/u;
/** Close: brackets and quotation marks. */
const CLOSE = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275B-\u2760\u2E00-\u2E0D\u2E1C\u2E1D\u2E20-\u2E29\u2E42\u{1F676}-\u{1F678}]$/u;
/** SContinue: punctuation after which a sentence goes on (",", ":", "-", "—" and their kin). */
const S_CONTINUE = /^[,\-:;\u037E\uFE14\uFE54\uFF1B\u055D\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE31\uFE32\uFE50\uFE51\uFE55\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF64]$/u;
const NUMERIC = /^\p{Nd}$/u;

type Class = 'ATerm' | 'STerm' | 'Sep' | 'Sp' | 'Lower' | 'Upper' | 'OLetter' | 'Numeric' | 'Close' | 'SContinue' | 'Other';

/** The classes of the ASCII characters, looked up rather than tested: most text near a full stop is ASCII. */
const ASCII: Class[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if (ch === '.') return 'ATerm';
  if (ch === '!' || ch === '?') return 'STerm';
  if (ch === '\r' || ch === '\n') return 'Sep';
  if (ch === ' ' || (code >= 9 && code <= 12)) return 'Sp';
  if (ch >= 'a' && ch <= 'z') return 'Lower';
  if (ch >= 'A' && ch <= 'Z') return 'Upper';
  if (ch >= '0' && ch <= '9') return 'Numeric';
  if ('"\'()[]{}'.includes(ch)) return 'Close';
  if (',-:;'.includes(ch)) return 'SContinue';
  return 'Other';
});

function classOf(ch: string): Class {
  const code = ch.charCodeAt(0);
  if (code < 128) return ASCII[code]!;
  if (A_TERM.test(ch)) return 'ATerm';
  if (S_TERM.test(ch)) return 'STerm';
  if (SEP.test(ch)) return 'Sep';
  if (SP.test(ch)) return 'Sp';
  if (LOWER.test(ch)) return 'Lower';
  if (UPPER.test(ch)) return 'Upper';
  if (OLETTER.test(ch)) return 'OLetter';
  if (NUMERIC.test(ch)) return 'Numeric';
  if (CLOSE.test(ch)) return 'Close';
  if (S_CONTINUE.test(ch)) return 'SContinue';
  return 'Other';
}

/** A reader of a block's characters that skips Extend and Format after a character (rule SB5). */
class Chars {
  constructor(private readonly text: string) {}

  /** The code point at i, as a string. */
  at(i: number): string {
    const c = this.text.codePointAt(i);
    return c === undefined ? '' : String.fromCodePoint(c);
  }

  /** Where the character after the one at i starts, past any Extend or Format attached to it. */
  next(i: number): number {
    const ch = this.at(i);
    let j = i + ch.length;
    if (SEP.test(ch)) return j;
    while (j < this.text.length && EXTEND_FORMAT.test(this.at(j))) j += this.at(j).length;
    return j;
  }

  /** Where the character before position i starts, skipping Extend and Format; -1 at the start. */
  previous(i: number): number {
    let j = i;
    while (j > 0) {
      j -= j >= 2 && /[\uDC00-\uDFFF]/.test(this.text[j - 1]!) && /[\uD800-\uDBFF]/.test(this.text[j - 2]!) ? 2 : 1;
      if (!EXTEND_FORMAT.test(this.at(j))) return j;
    }
    return -1;
  }

  classAt(i: number): Class | 'End' {
    return i >= this.text.length ? 'End' : classOf(this.at(i));
  }
}

const isSATerm = (c: Class | 'End') => c === 'ATerm' || c === 'STerm';

/**
 * Where the sentence that has a terminal (or a paragraph separator) at `at` ends: the position after
 * its closing brackets, quotes and spaces, or -1 when the rules say the sentence goes on.
 */
function endAfter(chars: Chars, at: number): number {
  const term = chars.classAt(at);
  let i = chars.next(at);
  if (term === 'Sep') return i; // SB4
  const after = chars.classAt(i);
  if (term === 'ATerm') {
    if (after === 'Numeric') return -1; // SB6: "3.5"
    const before = chars.classAt(Math.max(0, chars.previous(at)));
    if (chars.previous(at) >= 0 && (before === 'Upper' || before === 'Lower') && after === 'Upper') return -1; // SB7: "U.S."
  }
  while (chars.classAt(i) === 'Close') i = chars.next(i); // SB9
  while (chars.classAt(i) === 'Sp') i = chars.next(i); // SB10
  const end = i;
  if (term === 'ATerm') {
    // SB8: "e.g. (the": no end before a lower-case letter, past anything that is not a letter.
    let j = i;
    for (;;) {
      const c = chars.classAt(j);
      if (c === 'Lower') return -1;
      if (c === 'End' || c === 'OLetter' || c === 'Upper' || c === 'Sep' || isSATerm(c)) break;
      j = chars.next(j);
    }
  }
  const next = chars.classAt(end);
  if (next === 'SContinue' || isSATerm(next)) return -1; // SB8a: "end.," and "Wait..."
  if (next === 'Sep') return chars.next(end); // SB11 with its ParaSep
  return end; // SB11
}

/** The sentence boundaries inside one block (no "\n"), as offsets into it, the block's end included. */
function boundaries(block: string): number[] {
  const chars = new Chars(block);
  const out: number[] = [];
  CANDIDATES.lastIndex = 0;
  for (let m = CANDIDATES.exec(block); m; m = CANDIDATES.exec(block)) {
    const c = chars.classAt(m.index);
    if (!isSATerm(c) && c !== 'Sep') continue;
    const end = endAfter(chars, m.index);
    if (end < 0 || end >= block.length) continue;
    if (out.length === 0 || end > out[out.length - 1]!) out.push(end);
    CANDIDATES.lastIndex = Math.max(CANDIDATES.lastIndex, end);
  }
  out.push(block.length);
  return out;
}

const LEAD_SPACE = /^[\s\u00a0]+/;
const TRAIL_SPACE = /[\s\u00a0]+$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let blockStart = 0;
  while (blockStart <= text.length) {
    let blockEnd = text.indexOf('\n', blockStart);
    if (blockEnd === -1) blockEnd = text.length;
    if (blockEnd > blockStart) {
      const block = text.slice(blockStart, blockEnd);
      let from = 0;
      for (const to of boundaries(block)) {
        const raw = block.slice(from, to);
        const lead = raw.length - raw.replace(LEAD_SPACE, '').length;
        const trimmed = raw.slice(lead).replace(TRAIL_SPACE, '');
        if (trimmed) {
          const start = blockStart + from + lead;
          out.push({ start, end: start + trimmed.length, text: trimmed });
        }
        from = to;
      }
    }
    blockStart = blockEnd + 1;
  }
  return out;
}
