/**
 * The quick test every page pays for: may this text name the region or one of its places? False
 * means it certainly names none; true means "read it properly". It needs neither folding nor the
 * names table, only the patterns generated from it (quick-pattern.ts), so a page without any name
 * costs one native regex pass and the content script's first stage loads nothing else.
 *
 * A name is known by its fragment (its first letters) at the start of a word: "intelligence" holds
 * "gence" (Gəncə folded) and "replacing" holds "lacin", and neither is a name. Whole names that take
 * no ending must also end a word ("Akna", not "Aknavar"; "GANJA", not "GANJA_IGNORE_GEO").
 */
import { INVISIBLE_SOURCE } from './invisible';
import { QUICK_PATTERN } from './quick-pattern';

/**
 * Characters that folding drops and that could hide inside a name ("Kara\u00ADbakh", decomposed
 * "S\u030Cus\u030Ca", "\u202EKarabakh").
 */
export const HIDDEN = new RegExp(INVISIBLE_SOURCE);

/**
 * Every character past plain ASCII, except the punctuation news text is full of (no-break space,
 * copyright sign, guillemets, dashes, quotes, ellipsis): a superset of the hidden characters and of
 * the non-ASCII characters of the patterns, as ranges the engine tests cheaply.
 */
export const NOT_PLAIN = '[\\u00aa\\u00ad\\u00b5\\u00ba\\u00c0-\\u200f\\u202a-\\u202e\\u2060-\\uffff]';

/**
 * Characters around which the raw patterns cannot judge the text: hidden ones, and compatibility
 * forms of a name's letters (fullwidth, mathematical, enclosed and modifier letters, ligatures). The
 * text around them is normalised (hidden characters dropped, NFKC) before the patterns look at it.
 */
export const UNUSUAL = new RegExp(`${INVISIBLE_SOURCE}|${QUICK_PATTERN.special}`);

/**
 * A local check costs about a microsecond; a pass of the whole pattern several per 200 characters
 * (its classes of accented letters keep the engine from skipping ahead). So a text gets up to one
 * local check per 200 characters; one with more non-ASCII letters is in another script or full of
 * accents, and the whole pattern judges the rest of it.
 */
const MIN_LOCAL_CHECKS = 64;
const CHARS_PER_LOCAL_CHECK = 100;
/** The longest fragment, in UTF-16 units (FRAGMENT_LENGTH in name-forms.ts). */
const FRAGMENT = 8;
/** How much text around unusual characters is normalised to judge them. */
const WINDOW = 64;

const WORD = /[\p{L}\p{M}\p{N}]/u;
/** Arabic script writes "and", "in", "to" and the article joined to the next word ("وقره باغ"). */
const CLITIC = /[وبلف]/;

interface Compiled {
  /** The first ASCII fragment of a name (any case), or the first character that needs a closer look. */
  first: RegExp;
  /** Every fragment, each letter a class of raw characters: global, and anchored. */
  full: RegExp;
  fullAt: RegExp;
  /** At one position: a character of the full pattern's classes. */
  wide: RegExp;
  /** At one position: a run of unusual characters. */
  unusualRun: RegExp;
  hiddenAll: RegExp;
}

/** The full pattern's source: each letter of the trie as its pattern over raw text. */
function fullSource(): string {
  const { trie, letters } = QUICK_PATTERN;
  return trie.replace(/[^()?:|$]/g, (c) => letters[c]!).replace(/\$/g, '(?![A-Za-z0-9_])');
}

/**
 * The patterns, compiled: one set for the quick test, one for the mention finder (each owns its
 * lastIndex). The full pattern is long, and most pages never show a letter that needs it: it is
 * compiled on first use.
 */
function compile(): Compiled {
  let full: RegExp | undefined;
  let fullAt: RegExp | undefined;
  return {
    first: new RegExp(`${NOT_PLAIN}|${QUICK_PATTERN.ascii}`, 'gi'),
    get full() {
      return (full ??= new RegExp(fullSource(), 'g'));
    },
    get fullAt() {
      return (fullAt ??= new RegExp(fullSource(), 'y'));
    },
    wide: new RegExp(QUICK_PATTERN.wide, 'y'),
    unusualRun: new RegExp(`(?:${UNUSUAL.source})+`, 'y'),
    hiddenAll: new RegExp(INVISIBLE_SOURCE, 'g'),
  };
}

let forQuickTest: Compiled | undefined;
let forMentions: Compiled | undefined;

interface RawScan {
  /** A fragment starts a word at `s` (roughly in text order: a few units back is possible). True stops the scan. */
  fragment(s: number): boolean;
  /** Unusual characters at [p, end). True stops the scan. */
  unusual(p: number, end: number): boolean;
  /** So many non-ASCII letters that the whole pattern had better judge the text from `from` on. */
  rest(from: number): boolean;
}

/**
 * One pass over raw text: ASCII fragments by the case-insensitive ASCII pattern, which the engine
 * runs fast; at each non-ASCII letter of a fragment, the full pattern at the few places a fragment
 * holding it can start. The full pattern over a whole text is slower (its classes of accented
 * letters keep the engine from skipping ahead), so it runs only past a budget of local checks.
 */
function scanRaw(text: string, c: Compiled, on: RawScan): boolean {
  const { first } = c;
  let checks = Math.max(MIN_LOCAL_CHECKS, text.length / CHARS_PER_LOCAL_CHECK);
  let tested = -1;
  first.lastIndex = 0;
  for (let m = first.exec(text); m; m = first.exec(text)) {
    const p = m.index;
    // ASCII fragments are three letters or more; a single character is one to look at.
    if (m[0].length > 1) {
      if (startsWord(text, p) && on.fragment(p)) return true;
      first.lastIndex = p + 1;
      continue;
    }
    c.unusualRun.lastIndex = p;
    if (c.unusualRun.test(text)) {
      const end = c.unusualRun.lastIndex;
      // A page full of soft hyphens or direction marks is judged whole, normalised once.
      if (--checks < 0) return on.rest(Math.max(0, p - FRAGMENT + 1));
      if (on.unusual(p, end)) return true;
      first.lastIndex = end;
      continue;
    }
    c.wide.lastIndex = p;
    if (!c.wide.test(text)) continue;
    if (--checks < 0) return on.rest(Math.max(0, p - FRAGMENT + 1));
    // A fragment that holds this letter starts at most FRAGMENT - 1 units before it.
    for (let s = Math.max(tested + 1, p - FRAGMENT + 1); s <= p; s++) {
      c.fullAt.lastIndex = s;
      if (c.fullAt.test(text) && startsWord(text, s) && on.fragment(s)) return true;
    }
    tested = p;
  }
  return false;
}

/**
 * Where a name's fragment starts a word in `text`, in order, for the mention finder; null when the
 * text holds unusual characters (hidden marks, compatibility forms), which the raw patterns cannot
 * judge: fold it whole instead.
 */
export function fragmentStarts(text: string): number[] | null {
  const c = (forMentions ??= compile());
  const starts: number[] = [];
  let unusual = false;
  scanRaw(text, c, {
    fragment(s) {
      starts.push(s);
      return false;
    },
    unusual: () => (unusual = true),
    rest(from) {
      if (UNUSUAL.test(text)) return (unusual = true);
      c.full.lastIndex = from;
      for (let m = c.full.exec(text); m; m = c.full.exec(text)) {
        if (startsWord(text, m.index)) starts.push(m.index);
        c.full.lastIndex = m.index + 1;
      }
      return false;
    },
  });
  if (unusual) return null;
  // Local checks may find a fragment a few units before one found just before them.
  for (let i = 1; i < starts.length; i++) {
    if (starts[i]! < starts[i - 1]!) return [...new Set(starts)].sort((a, b) => a - b);
  }
  return starts;
}

/**
 * Whether a name's fragment at `i` starts a word: no letter, mark or digit of any script before it,
 * an Arabic clitic before it, or a lower-case letter before an upper-case one ("AnalysisKarabakh":
 * textContent glues blocks together). "_" joins words as letters do. Digits pass: the mention finder
 * is stricter.
 */
function startsWord(s: string, i: number): boolean {
  if (i === 0) return true;
  const prev = s.charCodeAt(i - 1);
  const next = s.charCodeAt(i);
  if (prev < 0x80) {
    const lower = prev >= 0x61 && prev <= 0x7a;
    if (!lower && !(prev >= 0x41 && prev <= 0x5a) && prev !== 0x5f) return true;
    return lower && next >= 0x41 && next <= 0x5a;
  }
  const before = prev >= 0xdc00 && prev <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s[i - 1]!;
  // U+02BC, a letter, folds to an apostrophe: "dʼArtsakh" is "d'Artsakh".
  if (!WORD.test(before) || before === '\u02bc' || CLITIC.test(before)) return true;
  const first = s[i]!;
  return before !== before.toUpperCase() && first !== first.toLowerCase();
}

/** Whether `s` holds a fragment at the start of a word. `edgeIsStart`: whether s[0] starts one. */
function holdsFragment(s: string, full: RegExp, edgeIsStart = true): boolean {
  full.lastIndex = 0;
  for (let m = full.exec(s); m; m = full.exec(s)) {
    if (m.index === 0 ? edgeIsStart : startsWord(s, m.index)) return true;
    full.lastIndex = m.index + 1;
  }
  return false;
}

function normalise(s: string, hiddenAll: RegExp): string {
  return s.replace(hiddenAll, '').normalize('NFKC');
}

export function mayMention(text: string): boolean {
  const c = (forQuickTest ??= compile());
  return scanRaw(text, c, {
    fragment: () => true,
    unusual: (p, end) => unusualMayMention(text, p, end, c),
    rest: () => wholeTextMayMention(text, c),
  });
}

/** Judges the text around a run of unusual characters [p, runEnd), normalised. */
function unusualMayMention(text: string, p: number, runEnd: number, c: Compiled): boolean {
  const from = Math.max(0, p - WINDOW);
  const to = Math.min(text.length, runEnd + WINDOW);
  const before = normalise(text.slice(from, p), c.hiddenAll);
  const after = normalise(text.slice(runEnd, to), c.hiddenAll);
  // So many invisible characters around that a name could reach past the window: look properly.
  if ((from > 0 && before.length <= FRAGMENT) || (to < text.length && after.length < FRAGMENT)) return true;
  return holdsFragment(before + normalise(text.slice(p, runEnd), c.hiddenAll) + after, c.full, from === 0);
}

/** The whole text, normalised if it needs to be, against the whole pattern. */
function wholeTextMayMention(text: string, c: Compiled): boolean {
  const s = UNUSUAL.test(text) ? normalise(text, c.hiddenAll) : text;
  return holdsFragment(s, c.full);
}
