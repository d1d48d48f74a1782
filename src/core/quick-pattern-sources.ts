/**
 * The quick test's patterns, derived from the names table (scripts/gen-quick-pattern.ts writes them
 * to quick-pattern.ts; deriving them on the page costs more than testing a whole page).
 *
 * The quick test reads the page's raw text, unfolded, so each letter of a fragment stands for every
 * raw character that folds to it or to a letter that looks like it: "k" for K, k, Ķ, ǩ, Ｋ, К, к,
 * Κ... Those classes are written once each and put into the fragments on the page, which keeps the
 * first stage's file small.
 */
import { decomposedForm, escapeClassChar, FRAGMENT_LENGTH, nameForms, type Fragment } from './name-forms';
import { isLookalike, lookalikesOf, rawLookalikesOf } from './lookalikes';
import { foldCodePoint } from './normalize';

export interface QuickPatternSources {
  /**
   * Every fragment, as a trie ("kara(?:ba...)"), one character per letter; "$" after a fragment that
   * is a whole name: no Latin letter, digit or "_" may follow it. quick-test.ts puts each letter's
   * pattern in.
   */
  trie: string;
  /**
   * Each letter's pattern over raw text: a class of every raw character that folds to it or to a
   * look-alike ("[KkĶķ…Кк…]"), or that class or the letter's decomposed form ("(?:[ো]|ো)").
   */
  letters: Record<string, string>;
  /** The fragments that ASCII text can spell, as a case-insensitive pattern with its lookaheads. */
  ascii: string;
  /** A class of every character past ASCII in the letters' patterns: where the full pattern may start to matter. */
  wide: string;
  /**
   * Characters outside the classes whose compatibility form (NFKC) holds a name's letter: fullwidth,
   * mathematical, enclosed and modifier letters, ligatures, "™". The quick test normalises the text
   * around them.
   */
  special: string;
}

/** The whole-name mark in the trie, and what it stands for (quick-test.ts). */
const WHOLE_MARK = '$';

export function quickPatternSources(): QuickPatternSources {
  const fragments = uniqueFragments();
  const alphabet = new Set<string>();
  for (const f of fragments) for (const c of f.letters) alphabet.add(c);

  // Raw characters by the single letter each folds to, over the whole Basic Multilingual Plane
  // (a pattern without the "u" flag can hold no character beyond it in a class).
  const rawFor = new Map<string, Set<string>>();
  for (let cp = 0x20; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const f = foldCodePoint(cp);
    if (f.length !== 1) continue;
    let set = rawFor.get(f);
    if (!set) rawFor.set(f, (set = new Set()));
    set.add(String.fromCharCode(cp));
  }
  // A class holds the letter's own raw forms with their diacritics ("Ağdam") and the characters that
  // look like it as written ("К", not "к"). Compatibility forms ("Ｋ", "ⓚ", "ᵏ") stay out: the
  // quick test normalises the text around them (special, below). Small classes keep the pattern
  // fast: the regex engine skips ahead only while few characters can start a fragment.
  const members = (c: string): Set<string> => {
    const out = new Set<string>([c, ...rawLookalikesOf(c)]);
    for (const raw of rawFor.get(c) ?? []) if (raw.normalize('NFKC') === raw) out.add(raw);
    // Whatever the mention finder lets stand in for the letter: folded to a look-alike, and a
    // look-alike of some letter as written (Greek "η" looks like "n", and folds like "Η", an "H").
    for (const alike of lookalikesOf(c)) for (const raw of rawFor.get(alike) ?? []) if (isLookalike(raw)) out.add(raw);
    return out;
  };
  const letters: Record<string, string> = {};
  const inClasses = new Set<string>();
  for (const c of [...alphabet].sort()) {
    const set = members(c);
    for (const x of set) inClasses.add(x);
    const cls = `[${[...set].sort().map(escapeClassChar).join('')}]`;
    const d = decomposedForm(c);
    letters[c] = d ? `(?:${cls}|${d})` : cls;
  }

  // Letters that a name's letters may be folded from: the alphabet and its look-alikes.
  const nameLetters = new Set<string>();
  for (const c of alphabet) for (const x of c + lookalikesOf(c)) nameLetters.add(x);
  const special: number[] = [];
  for (let cp = 0x80; cp <= 0x1ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (inClasses.has(ch)) continue;
    const f = foldCodePoint(cp);
    if (![...f].some((c) => nameLetters.has(c))) continue;
    if (ch.normalize('NFKC') !== ch) {
      special.push(cp);
      continue;
    }
    // Folded into several letters by a rule of our own ("ß" → "ss"): no NFKC can show the quick
    // test those letters, so no fragment may hold them.
    for (const fragment of fragments) {
      if (f.length > 1 && fragment.letters.includes(f)) {
        throw new Error(`fragment ${fragment.letters} holds "${f}", which "${ch}" folds to: the quick test cannot see it`);
      }
    }
  }

  const trie = emitTrie(fragments.map((f) => [...f.letters]).map((letters, i) => (fragments[i]!.whole ? [...letters, WHOLE_MARK] : letters)), (c) => c);
  // The fragments as ASCII text can write them, each letter as its ASCII look-alikes ("н" as "h").
  const asciiOf = (c: string): string[] => [...new Set([...members(c)].filter((x) => /^[a-z]$/i.test(x)).map((x) => x.toLowerCase()))];
  const asciiWords: string[][] = [];
  for (const f of fragments) {
    const letters = [...f.letters].map((c) => {
      const options = asciiOf(c);
      return options.length === 0 ? null : options.length === 1 ? options[0]! : `[${options.join('')}]`;
    });
    if (letters.every((l) => l !== null)) asciiWords.push(f.whole ? [...(letters as string[]), WHOLE_MARK] : (letters as string[]));
  }
  const ascii = emitTrie(asciiWords, (c) => (c === WHOLE_MARK ? '(?![a-z0-9_])' : c));
  const wide = `[${[...new Set(Object.values(letters).join(''))].filter((ch) => ch > '\x7f').join('')}]`;
  return { trie, letters, ascii, wide, special: classOfCodePoints(special) };
}

/** The fragments, without those that a shorter fragment (not a whole name) already starts. */
function uniqueFragments(): Fragment[] {
  const all = new Map<string, Fragment>();
  for (const form of nameForms()) {
    const f = form.fragment;
    if (!f) continue;
    if (f.letters.length > FRAGMENT_LENGTH) throw new Error(`fragment ${f.letters} is too long`);
    const key = f.letters + (f.whole ? WHOLE_MARK : '');
    all.set(key, f);
  }
  const list = [...all.values()];
  return list.filter((f) => !list.some((g) => g !== f && !g.whole && f.letters.startsWith(g.letters) && (f.letters !== g.letters || f.whole)));
}

type Trie = Map<string, Trie>;

/** A list of words as a trie pattern ("kara(?:ba|...)"), which the engine walks far faster than a flat alternation. */
function emitTrie(words: readonly string[][], letter: (c: string) => string): string {
  const root: Trie = new Map();
  for (const word of words) {
    let node = root;
    for (const c of word) {
      let next = node.get(c);
      if (!next) node.set(c, (next = new Map()));
      node = next;
    }
    node.set('', new Map());
  }
  const emit = (node: Trie): string => {
    // A word ends here: whatever follows it is already enough.
    if (node.has('')) return '';
    const alts = [...node].map(([c, next]) => letter(c) + emit(next));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return emit(root);
}

/** Code points as a pattern: a class of BMP ranges, and each astral plane's high surrogate with its low ranges. */
function classOfCodePoints(cps: readonly number[]): string {
  const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
  const ranges = (units: readonly number[]): string => {
    let out = '';
    for (let i = 0; i < units.length; ) {
      let j = i;
      while (j + 1 < units.length && units[j + 1] === units[j]! + 1) j++;
      out += j === i ? hex(units[i]!) : j === i + 1 ? hex(units[i]!) + hex(units[j]!) : `${hex(units[i]!)}-${hex(units[j]!)}`;
      i = j + 1;
    }
    return out;
  };
  const bmp = cps.filter((cp) => cp < 0x10000);
  const byHigh = new Map<number, number[]>();
  for (const cp of cps.filter((c) => c >= 0x10000)) {
    const v = cp - 0x10000;
    const high = 0xd800 + (v >> 10);
    const lows = byHigh.get(high) ?? [];
    lows.push(0xdc00 + (v & 0x3ff));
    byHigh.set(high, lows);
  }
  const parts = bmp.length > 0 ? [`[${ranges(bmp)}]`] : [];
  for (const [high, lows] of byHigh) parts.push(`${hex(high)}[${ranges(lows)}]`);
  return parts.join('|');
}
