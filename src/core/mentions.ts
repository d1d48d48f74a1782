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
import { QUICK_PATTERN } from './quick-pattern';
import { HIDDEN } from './quick-test';

interface Entry {
  name: PlaceName;
  folded: string;
  /** The name's pattern, without boundaries (they are checked in code, see below). */
  source: string;
  /** Whether the name may carry an ending ("Карабахе"). */
  ending: boolean;
  /** The name alone, anchored, compiled only when a longer name at the same place fails. */
  sticky?: RegExp;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
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
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const name of NAMES) {
    const folded = foldString(name.spelling);
    if (seen.has(folded)) continue;
    seen.add(folded);
    // Arabic script writes "and", "in", "to" and the article joined to the next word ("وقره باغ").
    const head = /^\p{Script=Arabic}/u.test(folded) ? '(?:[وبلف]|ال)?' : '';
    entries.push({ name, folded, source: head + namePattern(folded), ending: takesEnding(name, folded) });
  }
  // Longest first: at one position "nagorno-karabakh republic" wins over "nagorno-karabakh".
  entries.sort((a, b) => b.folded.length - a.folded.length);
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

// --- The quick test for texts with no mention at all -------------------------------------------------

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

let quick: { scan: RegExp; wide: RegExp; asciiScan: RegExp } | undefined;

/**
 * One regular expression over the raw text that every text holding a name must match: each name's
 * first letters, each letter as the class of raw characters that fold to it. It needs no folding of
 * the text, so a page without any mention costs one native regex pass. Its sources are generated at
 * build time (quick-pattern.ts, from quickPatternSources below): deriving them costs more than
 * testing a whole page, and every page pays for it.
 */
function quickTest(): NonNullable<typeof quick> {
  quick ??= {
    scan: new RegExp(QUICK_PATTERN.full, 'g'),
    wide: new RegExp(QUICK_PATTERN.wide),
    asciiScan: new RegExp(QUICK_PATTERN.ascii, 'gi'),
  };
  return quick;
}

export interface QuickPatternSources {
  /** The whole quick pattern (a trie of the names' first letters, each letter a class). */
  full: string;
  /** One class: every non-ASCII character the full pattern holds. */
  wide: string;
  /** The fragments written in ASCII letters alone, for a case-insensitive test. */
  ascii: string;
}

/** The quick pattern's sources, derived from the names (scripts/gen-quick-pattern.ts writes them out). */
export function quickPatternSources(): QuickPatternSources {
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
  const wide = new Set<string>();
  const cls = (c: string): string => {
    const set = rawFor.get(c) ?? new Set([c]);
    set.add(c);
    const chars = [...set];
    for (const x of chars) if (x > '\x7f') wide.add(x);
    return chars.length === 1 ? escapeRegex(chars[0]!) : `[${chars.map(escapeClassChar).join('')}]`;
  };
  // A name that contains another name ("Upper Karabakh", "Lachin corridor") needs no fragment of
  // its own. The others contribute their first word's first six letters: long enough that common
  // words rarely start that way ("chan" would fire on "changed"; "chanke" does not).
  const all = compile().entries.map((e) => e.folded);
  const own = all.filter((f) => !all.some((g) => g !== f && f.includes(g)));
  const list = [...new Set(own.map((f) => f.split(/[ -]/)[0]!.slice(0, 6)))];
  // As a trie ("kara(?:ba|...)"), which the regex engine walks far faster than a flat alternation.
  type Trie = Map<string, Trie>;
  const trie = (fragments: readonly string[]): Trie => {
    const root: Trie = new Map();
    for (const fragment of fragments) {
      let node = root;
      for (const c of fragment) {
        let next = node.get(c);
        if (!next) node.set(c, (next = new Map()));
        node = next;
      }
      node.set('', new Map());
    }
    return root;
  };
  const emit = (node: Trie, letter: (c: string) => string): string => {
    const alts = [...node].map(([c, next]) => (c === '' ? '' : letter(c) + emit(next, letter)));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  const full = emit(trie(list), cls);
  const ascii = emit(trie(list.filter((f) => /^[a-z]+$/.test(f))), escapeRegex);
  return { full, wide: `[${[...wide].sort().map(escapeClassChar).join('')}]`, ascii };
}

function escapeClassChar(c: string): string {
  return c.replace(/[\]\\^-]/g, '\\$&');
}

export { mayMention } from './quick-test';

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

function toWeighted(text: string, entry: Entry, start: number, end: number): WeightedMention {
  const { canonical, kind, weight } = entry.name;
  // Folding dropped the combining marks of a decomposed last letter; the mention keeps them.
  while (end < text.length && isCombining(text.charCodeAt(end))) end++;
  return { mention: { start, end, text: text.slice(start, end), canonical, kind }, weight };
}

function isCombining(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/**
 * The usual path: the quick pattern proposes positions in the raw text, and only a short window
 * around each is folded and checked against the full names. Most texts propose nothing or little
 * ("Karachi" starts like "Karabakh"), so the cost stays near one native pass.
 */
function scanCandidates(text: string): WeightedMention[] {
  const { maxLength } = compile();
  // The same shortcut as mayMention's: without any non-ASCII character of the pattern, only the
  // ASCII names can be there, and their case-insensitive pattern proposes the same positions faster.
  const q = quickTest();
  const scan = q.wide.test(text) ? q.scan : q.asciiScan;
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
    const edgeIsWord = wordBefore(text, from);
    for (let hit = nextHit(window.text, 0, edgeIsWord); hit; hit = nextHit(window.text, hit.end, edgeIsWord)) {
      const r = toOriginalRange(window, hit.start, hit.end);
      if (from + r.start > p) break;
      if (from + r.end <= p) continue;
      out.push(toWeighted(text, hit.entry, from + r.start, from + r.end));
      covered = from + r.end;
      scan.lastIndex = covered;
      break;
    }
  }
  return out;
}

/** The path for texts with hidden characters: fold the whole text, look for names everywhere. */
function scanFolded(text: string): WeightedMention[] {
  const folded = fold(text);
  const out: WeightedMention[] = [];
  for (let hit = nextHit(folded.text, 0, false); hit; hit = nextHit(folded.text, hit.end, false)) {
    const r = toOriginalRange(folded, hit.start, hit.end);
    out.push(toWeighted(text, hit.entry, r.start, r.end));
  }
  return out;
}
