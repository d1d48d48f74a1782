/**
 * Folding: the form in which names and claim words are compared. Case, diacritics, dash and space
 * variants, compatibility forms (fullwidth and mathematical letters, ligatures, Arabic presentation
 * forms: NFKC), invisible characters (soft hyphen, zero-width joiners, direction and variation marks,
 * Arabic tatweel) and the letter variants that Arabic, Persian and Urdu spell differently all fold to
 * one form, so one pattern covers every way a page may write a name. Folding keeps a map back to the
 * original text, because every result the core returns is an offset into the page's own text.
 *
 * Letters of other scripts that look like a name's letters ("Kаrabakh" with a Cyrillic а) are not
 * folded together here, where claim words are compared too; the name patterns accept them
 * (lookalikes.ts).
 *
 * "\n" is kept as it is: it marks a block boundary that no mention or sentence may cross.
 */

import { INVISIBLE_SOURCE } from './invisible';
import { isAscii } from './words';

export interface Folded {
  /** The folded text. */
  text: string;
  /** starts[i]: offset in the original text of the character that produced folded character i. */
  starts: Uint32Array;
  /** ends[i]: offset just past that original character (surrogate pairs span two code units). */
  ends: Uint32Array;
}

// eslint-disable-next-line no-misleading-character-class -- a class of combining marks, on purpose
const COMBINING = /[\u0300-\u036f\u093c\u09bc\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Characters dropped entirely: invisible, or only decoration (see invisible.ts). */
const INVISIBLE = new RegExp(`^(?:${INVISIBLE_SOURCE})$`);

function isDropped(cp: number): boolean {
  return INVISIBLE.test(String.fromCodePoint(cp));
}

function isDash(cp: number): boolean {
  return (
    (cp >= 0x2010 && cp <= 0x2015) ||
    cp === 0x2212 ||
    cp === 0x058a || // Armenian hyphen
    cp === 0x1806 ||
    cp === 0x2e3a ||
    cp === 0x2e3b ||
    cp === 0xfe58 ||
    cp === 0xfe63 ||
    cp === 0xff0d
  );
}

function isSpace(cp: number): boolean {
  return (
    cp === 0x09 ||
    cp === 0x0b ||
    cp === 0x0c ||
    cp === 0x0d ||
    cp === 0x20 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Letters that lose no meaning when merged, and that pages spell both ways. */
const LETTER_FOLDS: Record<string, string> = {
  ı: 'i', // Turkish/Azerbaijani dotless i: "Dağlıq" and "Daglıq" and "Daglig" are one
  ə: 'e', // Azerbaijani schwa: "Xankəndi" / "Xankendi"
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  ё: 'е', // Russian yo
  // Arabic script: Persian/Urdu letter forms and their Arabic twins.
  'ک': 'ك',
  'ی': 'ي',
  'ى': 'ي',
  'ې': 'ي',
  'ہ': 'ه',
  'ۂ': 'ه',
  'ۃ': 'ه',
  'ة': 'ه',
  'ھ': 'ه',
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ؤ': 'و',
  'ئ': 'ي',
  // Apostrophes and quotes, so "Pakistan’s" reads like "Pakistan's".
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};

const cache = new Map<number, string>();
const LETTERS = /^[\p{L}\p{M}\p{N}]+$/u;

/** A letter's folded form: lower case, without the diacritics it loses nothing by, merged variants. */
function foldLetter(ch: string): string {
  const direct = LETTER_FOLDS[ch];
  if (direct !== undefined) return direct;
  let out = '';
  // toLowerCase first: "İ" lowers to "i̇", whose dot the decomposition then drops. Only letters
  // that lose a diacritic stay decomposed; Bengali "ো" decomposes too but has none to lose.
  const lower = ch.toLowerCase();
  const decomposed = lower.normalize('NFD');
  const bare = decomposed.replace(COMBINING, '');
  for (const c of bare === decomposed ? lower : bare) out += LETTER_FOLDS[c] ?? c;
  return out;
}

/** The folded form of one code point: '' when dropped, usually one character, sometimes more. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    if (cp === 0x0a) return '\n';
    if (isSpace(cp)) return ' ';
    return String.fromCharCode(cp);
  }
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (isDropped(cp)) out = '';
  else if (isDash(cp)) out = '-';
  else if (isSpace(cp)) out = ' ';
  else {
    const ch = String.fromCodePoint(cp);
    // Compatibility forms read as the letters they show: "Ｋ", "𝐊" and "ℍ" are K and H. Only where
    // NFKC gives letters, marks or digits: "…" stays one character, "½" is no word. Its characters
    // are folded whole, as if written out: an Arabic ligature's vowel marks ("ﱛ" is ذ with a
    // superscript alef) are dropped as written marks are, so folding twice changes nothing.
    const compat = ch.normalize('NFKC');
    if (compat !== ch && LETTERS.test(compat)) {
      out = '';
      for (const c of compat) out += foldCodePoint(c.codePointAt(0)!);
    } else out = foldLetter(ch);
  }
  cache.set(cp, out);
  return out;
}

/** Folds a text and keeps, for every folded character, the original range it came from. */
export function fold(text: string): Folded {
  const n = text.length;
  // Folding rarely grows a text (ß, æ); size for a little growth and grow if needed. The folded
  // text is written as UTF-16 code units and decoded in blocks: adding to a string one character at
  // a time costs an allocation per character, which a page of many megabytes pays in garbage.
  let cap = n + 16;
  let units = new Uint16Array(cap);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let len = 0;
  const grow = (need: number) => {
    cap = cap * 2 + need;
    const u2 = new Uint16Array(cap);
    u2.set(units);
    units = u2;
    const s2 = new Uint32Array(cap);
    s2.set(starts);
    starts = s2;
    const e2 = new Uint32Array(cap);
    e2.set(ends);
    ends = e2;
  };
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (len + 1 >= cap) grow(1);
      units[len] = code >= 0x41 && code <= 0x5a ? code + 32 : code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d ? 0x20 : code;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    let cp = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const f = foldCodePoint(cp);
    if (len + f.length >= cap) grow(f.length);
    for (let k = 0; k < f.length; k++) {
      units[len] = f.charCodeAt(k);
      starts[len] = i;
      ends[len] = i + width;
      len++;
    }
    i += width;
  }
  const parts: string[] = [];
  for (let k = 0; k < len; k += 8192) parts.push(String.fromCharCode(...units.subarray(k, Math.min(len, k + 8192))));
  return { text: parts.join(''), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

const CONTROL_SPACES = /[\t\v\f\r]/;
const CONTROL_SPACES_ALL = /[\t\v\f\r]/g;

/** The folded form of a short string, without the offset map (names, claim words, queries). */
export function foldString(s: string): string {
  // Most words and sentences are ASCII, where folding is lower case and control spaces as " "
  // (foldCodePoint's first branch): done natively, it costs a fraction of the loop below.
  if (isAscii(s)) return CONTROL_SPACES.test(s) ? s.toLowerCase().replace(CONTROL_SPACES_ALL, ' ') : s.toLowerCase();
  let out = '';
  for (const ch of s) out += foldCodePoint(ch.codePointAt(0)!);
  return out;
}

/** Maps a folded range [start, end) back to the original text's range. */
export function toOriginalRange(folded: Folded, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < folded.starts.length ? folded.starts[start]! : (folded.ends[folded.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: folded.starts[start]!, end: folded.ends[end - 1]! };
}
