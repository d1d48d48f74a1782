/**
 * Finding the region's names in a text. Names are compiled once into one regular expression over the
 * folded text (their patterns are generated from the names table: mention-pattern.ts); the match is
 * mapped back to the original offsets. Word boundaries are Unicode-aware (a letter, mark or digit of
 * any script on either side means "inside a word"), so "Ganjaboy" is no mention, while names in
 * languages that inflect them ("в Нагорном Карабахе", "Արցախի", "Qarabağda", "Karabakhi
 * Armenians") keep their ending.
 */
import type { Mention } from './types';
import { NAMES, type PlaceName } from './names';
import { MENTION_PATTERN } from './mention-pattern';
import { fold, toOriginalRange, type Folded } from './normalize';
import { isLookalike } from './lookalikes';
import { fragmentStarts } from './quick-test';

interface Entry {
  name: PlaceName;
  folded: string;
  /** The name's pattern, without boundaries (they are checked in code, see below). */
  source: string;
  /** Whether the name may carry an ending ("Карабахе"). */
  ending: boolean;
  /** Letters of other scripts that may stand in the name's place only if they look the same (lookalikes.ts). */
  foreign: RegExp | null;
  /** The name alone, anchored, compiled only when a longer name at the same place fails. */
  sticky?: RegExp;
}

// "_" joins identifiers ("GANJA_IGNORE_GEO" in a page's script): a name glued to one is no mention.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]/u;
/** Per BMP code point: 0 not yet known, 1 not a word character, 2 a word character. */
const wordTable = new Uint8Array(0x10000);

/** Whether a code point is a letter, mark or digit of any script. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    let v = wordTable[cp]!;
    if (v === 0) wordTable[cp] = v = WORD_CHAR.test(String.fromCharCode(cp)) ? 2 : 1;
    return v === 2;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Whether the code point that starts at `i` is a word character (false past the end). */
function wordAt(text: string, i: number): boolean {
  return i < text.length && isWordCodePoint(text.codePointAt(i)!);
}

/** Whether the code point that ends just before `i` is a word character (false at the start). */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return isWordCodePoint(text.codePointAt(from)!);
}

interface Compiled {
  entries: Entry[];
  /**
   * All names, one capture group each, longest first, in one plain pattern. Word boundaries are
   * checked in code rather than with Unicode lookarounds: the pattern then needs no "u" flag and
   * compiles and runs several times faster, which every page pays on load.
   */
  all: RegExp;
  /** The longest name, to size the window folded around a candidate. */
  maxLength: number;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (compiled) return compiled;
  // Longest first (the generated list's order): at one position "nagorno-karabakh republic" wins.
  const entries: Entry[] = MENTION_PATTERN.names.map(({ row, folded, source, ending }) => ({
    name: NAMES[row]!,
    folded,
    source,
    ending,
    foreign: /^\p{Script=Latin}/u.test(folded) ? /[\u0370-\u03ff\u0400-\u052f]/ : /^\p{Script=Cyrillic}/u.test(folded) ? /[A-Za-z\u0370-\u03ff]/ : null,
  }));
  const all = new RegExp(entries.map((e) => `(${e.source})`).join('|'), 'g');
  compiled = { entries, all, maxLength: entries[0]!.folded.length };
  return compiled;
}

interface Hit {
  entry: Entry;
  start: number;
  end: number;
}

/** The end of a name that matched `len` characters at `start`, with its ending; -1 if inside a word. */
function accept(entry: Entry, f: string, start: number, len: number): number {
  let end = start + len;
  if (!entry.ending) return wordAt(f, end) ? -1 : end;
  while (wordAt(f, end)) end += f.codePointAt(end)! > 0xffff ? 2 : 1;
  return end;
}

/**
 * The next mention in folded text `f` at or after `from`. `edgeIsWord` says whether the text before
 * `f` ends in a word character (for a window cut out of a longer text).
 */
function nextHit(f: string, from: number, edgeIsWord: boolean): Hit | null {
  const { entries, all } = compile();
  all.lastIndex = from;
  for (let m = all.exec(f); m; m = all.exec(f)) {
    const start = m.index;
    all.lastIndex = start + 1;
    if (start === 0 ? edgeIsWord : wordBefore(f, start)) continue;
    let k = 1;
    while (m[k] === undefined) k++;
    const first = entries[k - 1]!;
    const end = accept(first, f, start, m[0].length);
    if (end >= 0) return { entry: first, start, end };
    // The longest name here runs into a word ("Lachin corridors"); a shorter one may not ("Lachin").
    for (let j = k; j < entries.length; j++) {
      const e = entries[j]!;
      e.sticky ??= new RegExp(e.source, 'y');
      e.sticky.lastIndex = start;
      const hit = e.sticky.exec(f);
      const shorterEnd = hit ? accept(e, f, start, hit[0].length) : -1;
      if (shorterEnd >= 0) return { entry: e, start, end: shorterEnd };
    }
  }
  return null;
}

/**
 * The next hit in `folded` (the fold of text from `offset` on) whose letters of another script, as
 * the page wrote them, look like the name's own: "Кarabakh" with a capital К is the name, "кarabakh"
 * with a small one is not (folding lowered both).
 */
function nextMention(text: string, folded: Folded, offset: number, from: number, edgeIsWord: boolean): Hit | null {
  for (let hit = nextHit(folded.text, from, edgeIsWord); hit; hit = nextHit(folded.text, hit.start + 1, edgeIsWord)) {
    const { foreign } = hit.entry;
    if (!foreign) return hit;
    const r = toOriginalRange(folded, hit.start, hit.end);
    let fair = true;
    for (let i = offset + r.start; fair && i < offset + r.end; i++) {
      const ch = text[i]!;
      if (foreign.test(ch) && !isLookalike(ch)) fair = false;
    }
    if (fair) return hit;
  }
  return null;
}

export { mayMention } from './quick-test';

export interface WeightedMention {
  mention: Mention;
  /** The weight of the spelling's row in the names table. */
  weight: number;
}

/** Every mention with the weight of its name, for the page gate. */
export function findWeightedMentions(text: string): WeightedMention[] {
  // Invisible characters and compatibility forms ("Ｋａｒａｂａｋｈ") hide names from the quick
  // pattern's raw letters: such a text is folded whole.
  const starts = fragmentStarts(text);
  return starts ? scanCandidates(text, starts) : scanFolded(text, 0);
}

/** Every mention of the region or a key place, in text order, as offsets into `text`. */
export function findMentions(text: string): Mention[] {
  return findWeightedMentions(text).map((w) => w.mention);
}

function toWeighted(text: string, entry: Entry, start: number, end: number): WeightedMention {
  const { canonical, kind, weight } = entry.name;
  // Folding dropped the combining marks of a decomposed last letter; the mention keeps them.
  while (end < text.length && isCombining(text.charCodeAt(end))) end++;
  return { mention: { start, end, text: text.slice(start, end), canonical, kind }, weight };
}

function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || code === 0x93c || code === 0x9bc;
}

/**
 * The usual path: the quick test's patterns propose positions in the raw text (a name's first
 * letters at the start of a word), and only a short window around each is folded and checked against
 * the full names. Most texts propose nothing or little ("Karachi" starts like "Karabakh"), so the cost stays
 * near one native pass. A text dense with candidates (a page that repeats a name) is folded whole
 * from there on, so that no text costs more than about two foldings of itself.
 */
function scanCandidates(text: string, starts: readonly number[]): WeightedMention[] {
  const { maxLength } = compile();
  const out: WeightedMention[] = [];
  let covered = 0;
  let lineStart = 0;
  let lineEnd = -1;
  let foldedChars = 0;
  for (const p of starts) {
    if (p < covered) continue;
    // The window reaches back for the words before a contained name ("Upper Karabakh") and forward
    // for the longest name with loose separators and an inflected ending; it never crosses "\n".
    // Line bounds move forward only, so finding them costs one pass over the text in all.
    if (p > lineEnd) {
      lineStart = text.lastIndexOf('\n', p) + 1;
      lineEnd = text.indexOf('\n', p);
      if (lineEnd === -1) lineEnd = text.length;
    }
    const from = Math.max(lineStart, covered, p - maxLength);
    const to = Math.min(lineEnd, p + maxLength * 2 + 40);
    foldedChars += to - from;
    if (foldedChars > text.length) return out.concat(scanFolded(text, Math.max(covered, p - maxLength)));
    const window = fold(text.slice(from, to));
    const edgeIsWord = wordBefore(text, from);
    for (let hit = nextMention(text, window, from, 0, edgeIsWord); hit; hit = nextMention(text, window, from, hit.end, edgeIsWord)) {
      const r = toOriginalRange(window, hit.start, hit.end);
      if (from + r.start > p) break;
      if (from + r.end <= p) continue;
      out.push(toWeighted(text, hit.entry, from + r.start, from + r.end));
      covered = from + r.end;
      break;
    }
  }
  return out;
}

/** The path for texts with hidden characters: fold the whole text from `from`, look for names everywhere. */
function scanFolded(text: string, from: number): WeightedMention[] {
  const folded = fold(from === 0 ? text : text.slice(from));
  const edgeIsWord = wordBefore(text, from);
  const out: WeightedMention[] = [];
  for (let hit = nextMention(text, folded, from, 0, edgeIsWord); hit; hit = nextMention(text, folded, from, hit.end, edgeIsWord)) {
    const r = toOriginalRange(folded, hit.start, hit.end);
    out.push(toWeighted(text, hit.entry, from + r.start, from + r.end));
  }
  return out;
}
