/**
 * Finding the region's names in a text. Names are compiled once into one regular expression over the
 * folded text; the match is mapped back to the original offsets. Word boundaries are Unicode-aware (a
 * letter, mark or digit of any script on either side means "inside a word"), so "Ganjaboy" is no
 * mention, while names in languages that inflect them ("в Нагорном Карабахе", "Արցախի",
 * "Qarabağda", "Karabakhi Armenians") keep their ending.
 */
import type { Mention } from './types';
import { NAMES, type PlaceName } from './names';
import { fold, foldCodePoint, foldString, toOriginalRange } from './normalize';

interface Entry {
  name: PlaceName;
  folded: string;
  source: string;
  sticky: RegExp;
}

const WORD = '[\\p{L}\\p{M}\\p{N}]';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Separators inside a name: a space, a hyphen, or none ("Bergkarabach", "قرهباغ"). */
function namePattern(folded: string): string {
  return folded
    .split(/[ -]+/)
    .map(escapeRegex)
    .join('[ -]{0,3}');
}

/**
 * Whether a name may carry an ending. The region's longer names may ("Karabakhi", "Qarabağda"), and
 * any name in Cyrillic or Armenian script, whose languages decline them ("Степанакерте"). Short Latin
 * names stay strict: "Arzach" is not "Arzachel".
 */
function takesEnding(name: PlaceName, folded: string): boolean {
  if (/[\u0400-\u04ff\u0530-\u058f]/.test(folded)) return folded.length >= 4;
  return name.kind === 'region' && folded.length >= 7 && /^[\p{Script=Latin} -]+$/u.test(folded);
}

interface Compiled {
  entries: Entry[];
  /** All names, global, with the leading boundary: for a text folded whole. */
  all: RegExp;
  /** All names, sticky, without the leading boundary (checked on the raw text): for windows. */
  at: RegExp;
  /** The longest name, to size the window folded around a candidate. */
  maxLength: number;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (compiled) return compiled;
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const name of NAMES) {
    const folded = foldString(name.spelling);
    if (seen.has(folded)) continue;
    seen.add(folded);
    const tail = takesEnding(name, folded) ? `${WORD}*` : `(?!${WORD})`;
    // Arabic script writes "and", "in", "to" and the article joined to the next word ("وقره باغ").
    const head = /^\p{Script=Arabic}/u.test(folded) ? '(?:[وبلف]|ال)?' : '';
    const source = head + namePattern(folded) + tail;
    entries.push({ name, folded, source, sticky: new RegExp(source, 'uy') });
  }
  // Longest first: at one position "nagorno-karabakh republic" wins over "nagorno-karabakh".
  entries.sort((a, b) => b.folded.length - a.folded.length);
  const alternatives = entries.map((e) => e.source).join('|');
  const all = new RegExp(`(?<!${WORD})(?:${alternatives})`, 'gu');
  const at = new RegExp(`(?:${alternatives})`, 'uy');
  compiled = { entries, all, at, maxLength: entries[0]!.folded.length };
  return compiled;
}

// --- The quick test for texts with no mention at all -------------------------------------------------

/**
 * Characters that folding drops or merges and that could hide inside a name ("Kara\u00ADbakh",
 * decomposed "S\u030Cus\u030Ca"). A text with any of them skips the quick test and is folded.
 */
// eslint-disable-next-line no-misleading-character-class -- a class of invisible and combining marks, on purpose
const HIDDEN = /[\u00ad\u200b-\u200f\u2060\ufeff\u0640\u064b-\u065f\u0670\u0300-\u036f]/;

/** Code point ranges whose letters can fold into a name's letters. */
const RANGES: [number, number][] = [
  [0x20, 0x2af],
  [0x400, 0x4ff],
  [0x530, 0x58f],
  [0x600, 0x6ff],
  [0x900, 0x9ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2015],
];

let quick: { test: RegExp; scan: RegExp } | undefined;

/**
 * One regular expression over the raw text that every text holding a name must match: each name's
 * first letters, each letter as the class of raw characters that fold to it. It needs no folding of
 * the text, so a page without any mention costs one native regex pass.
 */

function quickTest(): { test: RegExp; scan: RegExp } {
  if (quick) return quick;
  const rawFor = new Map<string, Set<string>>();
  for (const [lo, hi] of RANGES) {
    for (let cp = lo; cp <= hi; cp++) {
      const f = foldCodePoint(cp);
      if (f.length !== 1) continue;
      let set = rawFor.get(f);
      if (!set) rawFor.set(f, (set = new Set()));
      set.add(String.fromCharCode(cp));
    }
  }
  const cls = (c: string): string => {
    const set = rawFor.get(c) ?? new Set([c]);
    set.add(c);
    const chars = [...set];
    return chars.length === 1 ? escapeRegex(chars[0]!) : `[${chars.map((x) => x.replace(/[\]\\^-]/g, '\\$&')).join('')}]`;
  };
  // A name that contains another name ("Upper Karabakh", "Lachin corridor") needs no fragment of
  // its own. The others contribute their first word's first six letters: long enough that common
  // words rarely start that way ("chan" would fire on "changed"; "chanke" does not).
  const all = compile().entries.map((e) => e.folded);
  const own = all.filter((f) => !all.some((g) => g !== f && f.includes(g)));
  const list = [...new Set(own.map((f) => f.split(/[ -]/)[0]!.slice(0, 6)))];
  // As a trie ("kara(?:ba|...)"), which the regex engine walks far faster than a flat alternation.
  type Trie = Map<string, Trie>;
  const root: Trie = new Map();
  for (const fragment of list) {
    let node = root;
    for (const c of fragment) {
      let next = node.get(c);
      if (!next) node.set(c, (next = new Map()));
      node = next;
    }
    node.set('', new Map());
  }
  const emit = (node: Trie): string => {
    const alts = [...node].map(([c, next]) => (c === '' ? '' : cls(c) + emit(next)));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  const source = emit(root);
  quick = { test: new RegExp(source), scan: new RegExp(source, 'g') };
  return quick;
}

/** True when the text may hold a name; false means it certainly holds none. */
export function mayMention(text: string): boolean {
  return quickTest().test.test(text) || HIDDEN.test(text);
}

export interface WeightedMention {
  mention: Mention;
  /** The weight of the spelling's row in the names table. */
  weight: number;
}

/** Every mention with the weight of its name, for the page gate. */
export function findWeightedMentions(text: string): WeightedMention[] {
  if (HIDDEN.test(text)) return scanFolded(text);
  return scanCandidates(text);
}

/** Every mention of the region or a key place, in text order, as offsets into `text`. */
export function findMentions(text: string): Mention[] {
  return findWeightedMentions(text).map((w) => w.mention);
}

const WORD_CHAR = new RegExp(`^${WORD}`, 'u');

/** The entry whose pattern matched at `at` (the combined pattern does not say which alternative did). */
function entryAt(entries: Entry[], text: string, at: number, len: number): Entry {
  return entries.find((e) => {
    e.sticky.lastIndex = at;
    const hit = e.sticky.exec(text);
    return hit !== null && hit[0].length === len;
  })!;
}

function toWeighted(text: string, entry: Entry, start: number, end: number): WeightedMention {
  const { canonical, kind, weight } = entry.name;
  // Folding dropped the combining marks of a decomposed last letter; the mention keeps them.
  while (end < text.length && isCombining(text.charCodeAt(end))) end++;
  return { mention: { start, end, text: text.slice(start, end), canonical, kind }, weight };
}

function isCombining(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** Whether the code point that ends just before `p` is a letter, mark or digit of any script. */
function wordBefore(text: string, p: number): boolean {
  if (p === 0) return false;
  const low = text.charCodeAt(p - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && p >= 2 ? p - 2 : p - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from)!));
}

/**
 * The usual path: the quick pattern proposes positions in the raw text, and only a short window
 * around each is folded and checked against the full names. Most texts propose nothing or little
 * ("Karachi" starts like "Karabakh"), so the cost stays near one native pass.
 */
function scanCandidates(text: string): WeightedMention[] {
  const { entries, all, maxLength } = compile();
  const scan = quickTest().scan;
  const out: WeightedMention[] = [];
  let covered = 0;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const p = m.index;
    scan.lastIndex = p + 1;
    if (p < covered) continue;
    // The window reaches back for the words before a contained name ("Upper Karabakh") and forward
    // for the longest name with loose separators and an inflected ending; it never crosses "\n".
    const lineStart = text.lastIndexOf('\n', p) + 1;
    let lineEnd = text.indexOf('\n', p);
    if (lineEnd === -1) lineEnd = text.length;
    const from = Math.max(lineStart, covered, p - maxLength);
    const window = fold(text.slice(from, Math.min(lineEnd, p + maxLength * 2 + 40)));
    all.lastIndex = 0;
    for (let hit = all.exec(window.text); hit; hit = all.exec(window.text)) {
      const r = toOriginalRange(window, hit.index, hit.index + hit[0].length);
      const start = from + r.start;
      const end = from + r.end;
      if (start > p) break;
      if (end <= p || (start === from && wordBefore(text, from))) continue;
      out.push(toWeighted(text, entryAt(entries, window.text, hit.index, hit[0].length), start, end));
      covered = end;
      scan.lastIndex = end;
      break;
    }
  }
  return out;
}

/** The path for texts with hidden characters: fold the whole text, run the full pattern. */
function scanFolded(text: string): WeightedMention[] {
  const { entries, all } = compile();
  const folded = fold(text);
  const out: WeightedMention[] = [];
  all.lastIndex = 0;
  for (let m = all.exec(folded.text); m; m = all.exec(folded.text)) {
    const r = toOriginalRange(folded, m.index, m.index + m[0].length);
    out.push(toWeighted(text, entryAt(entries, folded.text, m.index, m[0].length), r.start, r.end));
  }
  return out;
}
