/**
 * How each name of the table is written as a pattern over folded text, and how the first stage's
 * quick test knows it:
 * - its words, each as its stem where the language declines the name inside it: Russian declines
 *   both words of "Нагорный Карабах" ("в Нагорном Карабахе", "Нагорного Карабаха"), Armenian the
 *   last ("Արցախի Հանրապետության"); the last word of a name that takes an ending may run on
 *   ("Карабахе", "Qarabağda"), a word before it may add a few letters to its stem;
 * - the separators between words (a space or a hyphen, up to three);
 * - each letter as itself or a letter that looks the same (lookalikes.ts);
 * - a fragment, the first letters of its first word, that starts a word wherever the name is
 *   written. A name whose first word is an ordinary word ("Upper", "Dağlık", "Լեռնային") needs none:
 *   a later word starts with another name's fragment ("Karabakh"), which then must be a word of its
 *   own (a space or hyphen before it), so "Upper" alone never wakes the second stage. Nor does a name
 *   that begins with a whole shorter one ("Lachin corridor"): "lacing" is not "Lachin".
 */
import { NAMES, type PlaceName } from './names';
import { foldString } from './normalize';
import { lookalikesOf } from './lookalikes';

/** The longest fragment, in letters: long enough that ordinary words rarely start with one. */
export const FRAGMENT_LENGTH = 8;
/** Letters a word before the last may add to its stem ("Нагорн|ого", "Нагорно-Карабахск|ой"). */
const INNER_ENDING = 3;

export interface Fragment {
  letters: string;
  /**
   * The fragment is the whole name, and the name takes no ending: the quick test also asks that no
   * Latin letter, digit or "_" follows ("Akna", not "Aknavar"; "NKR", not "Nkrumah").
   */
  whole: boolean;
}

interface NameForm {
  name: PlaceName;
  /** The spelling, folded. */
  folded: string;
  words: string[];
  /** Each word's stem: the word itself, or the part its inflected forms share. */
  stems: string[];
  /** Whether the name may carry an ending ("Karabakhi", "Qarabağda", "Республики"). */
  ending: boolean;
  /** The fragment by which the quick test knows the name; null when another name's fragment does. */
  fragment: Fragment | null;
  /** The name's pattern over folded text, without word boundaries (mentions.ts checks them). */
  source: string;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function escapeClassChar(c: string): string {
  return c.replace(/[\]\\^-]/g, '\\$&');
}

/**
 * The canonical decomposition of a letter that folding keeps whole (Bengali "ো" is "ে" + "া"), or
 * '' for most letters: a page may write either, and folding works one character at a time.
 */
export function decomposedForm(c: string): string {
  const d = c.normalize('NFD');
  return d !== c && d.length > 1 ? d : '';
}

/** A letter, the letters that look like it and its decomposed form, as a pattern over folded text. */
function letterPattern(c: string): string {
  const alike = lookalikesOf(c);
  const one = alike ? `[${[...new Set(c + alike)].map(escapeClassChar).join('')}]` : escapeRegex(c);
  const d = decomposedForm(c);
  return d ? `(?:${one}|${escapeRegex(d)})` : one;
}

const CYRILLIC = /^\p{Script=Cyrillic}+$/u;
const ARMENIAN = /^\p{Script=Armenian}+$/u;

/**
 * The stem of one word of a multi-word name, by its language's declension: Russian adjectives lose
 * their ending ("нагорный", "нагорно-" → "нагорн"), nouns their final vowel ("республика" →
 * "республик"); Armenian "-ություն" nouns keep "-ությ" ("Հանրապետության"). Other languages decline
 * only the last word, with suffixes (Turkish, Azerbaijani), or not at all.
 */
function stemOf(word: string): string {
  if (CYRILLIC.test(word)) {
    // Folded: "й" is "и" here ("нагорный" → "нагорныи").
    if (/(ыи|ии|ои|ая|яя|ое|ее|ые|ие)$/.test(word)) return word.slice(0, -2);
    if (/[аяоеыиуюь]$/.test(word)) return word.slice(0, -1);
    return word;
  }
  if (ARMENIAN.test(word) && word.endsWith('ություն')) return word.slice(0, -3);
  return word;
}

/** The letters an inflected word may add after its stem, as a class over folded text. */
function endingClass(word: string): string {
  return CYRILLIC.test(word) ? '[а-яa-z]' : '[\\u0561-\\u0587]';
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

interface Draft {
  name: PlaceName;
  folded: string;
  words: string[];
  stems: string[];
  ending: boolean;
}

let forms: NameForm[] | undefined;

/** Every distinct spelling of the names table as a pattern, in table order. */
export function nameForms(): readonly NameForm[] {
  if (forms) return forms;
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  for (const name of NAMES) {
    const folded = foldString(name.spelling);
    if (seen.has(folded)) continue;
    seen.add(folded);
    const words = folded.split(/[ -]+/);
    const stems = words.length === 1 ? words : words.map(stemOf);
    const ending = takesEnding(name, folded);
    if (stems[stems.length - 1] !== words[words.length - 1] && !ending) {
      throw new Error(`${name.spelling}: its last word declines, so the name must take an ending`);
    }
    drafts.push({ name, folded, words, stems, ending });
  }

  const fragmentOf = (d: Draft): Fragment => {
    const letters = d.stems[0]!.slice(0, FRAGMENT_LENGTH);
    const whole = d.words.length === 1 && !d.ending && letters === d.folded && /^[a-z]+$/.test(letters);
    return { letters, whole };
  };
  // One-word names always have a fragment; a longer name leans on one of them where one of its words
  // starts with it ("Upper Karabakh") or is it ("Lachin corridor"), and has its own otherwise.
  const single = drafts.filter((d) => d.words.length === 1).map(fragmentOf);
  const leansOn = (d: Draft): { word: number; whole: boolean } | null => {
    if (d.words.length === 1) return null;
    const last = d.words.length - 1;
    for (let j = 0; j <= last; j++) {
      for (const f of single) {
        if (f.whole ? d.words[j] === f.letters && (j < last || !d.ending) : j > 0 && d.stems[j]!.startsWith(f.letters)) {
          return { word: j, whole: f.whole };
        }
      }
    }
    return null;
  };
  const leans = drafts.map(leansOn);
  const fragments = drafts.map((d, i) => (leans[i] ? null : fragmentOf(d)));
  const kept = fragments.filter((f): f is Fragment => f !== null && !f.whole);

  forms = drafts.map((d, i) => {
    const fragment = fragments[i]!;
    const lean = leans[i] ?? null;
    // Without a fragment of its own at its start, the name is seen by the quick test only where the
    // word it leans on is a word of its own: a separator before it (and after it, for a whole name).
    const firstCovered = fragment !== null || kept.some((f) => d.stems[0]!.startsWith(f.letters));
    const needsGap = (j: number): boolean =>
      lean !== null && ((j === lean.word && !firstCovered) || (lean.whole && j === lean.word + 1));
    const last = d.words.length - 1;
    let source = /^\p{Script=Arabic}/u.test(d.folded) ? '(?:[وبلف]|ال)?' : '';
    d.words.forEach((word, j) => {
      if (j > 0) source += `[ -]{${needsGap(j) ? 1 : 0},3}`;
      const stem = d.stems[j]!;
      source += [...stem].map(letterPattern).join('');
      if (j < last && stem !== word) source += `${endingClass(word)}{0,${INNER_ENDING}}`;
    });
    return { ...d, fragment, source };
  });
  return forms;
}
