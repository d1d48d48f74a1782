/**
 * What folding (normalize.ts) leaves to the lexicons: spellings that differ within one script and
 * that only a word lookup should merge, and the clitics Arabic script writes onto a word.
 *
 * Folding already merges case, Latin diacritics, ё/е, ı/i, ə/e and the Arabic-script letter twins
 * (ی/ي/ى, ک/ك, ة/ه, أ/إ/آ/ا, ؤ/و, ئ/ي, ہ/ھ/ه), and drops tatweel, harakat and zero-width characters.
 */

const NUKTA = /\u093c/g;
/** Devanagari letters with a nukta, precomposed: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958–U+095F). */
const NUKTA_LETTERS: Record<string, string> = {
  '\u0958': '\u0915',
  '\u0959': '\u0916',
  '\u095a': '\u0917',
  '\u095b': '\u091c',
  '\u095c': '\u0921',
  '\u095d': '\u0922',
  '\u095e': '\u092b',
  '\u095f': '\u092f',
};
const DEVANAGARI = /[\u0900-\u097f]/;
const ARMENIAN = /[\u0530-\u058f]/;

/**
 * A folded word as the lexicons compare it. Hindi: writers drop the nukta as often as they write
 * it ("अज़रबैजान", "अजरबैजान"), and chandrabindu and anusvara stand for one another ("गाँव",
 * "गांव"). Armenian: the ligature "և" and "եւ" are one; the emphasis and question marks written
 * over a vowel are not part of the word.
 */
export function normaliseWord(w: string): string {
  if (DEVANAGARI.test(w)) {
    return w.replace(NUKTA, '').replace(/[\u0958-\u095f]/g, (c) => NUKTA_LETTERS[c]!).replace(/\u0901/g, '\u0902');
  }
  if (ARMENIAN.test(w)) return w.replace(/\u0587/g, '\u0565\u0582').replace(/[\u055b-\u055e]/g, '');
  return w;
}

export const ARABIC_SCRIPT = /^[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+$/;

/**
 * Arabic writes conjunctions, prepositions and the article onto the word: "والجيش" is "and the
 * army", "بالقوات" "with the forces", "للقوات" "for the forces". Persian writes the present-tense
 * "می" onto a verb when the writer leaves out the zero-width non-joiner ("میجنگند"). Longest first;
 * each is tried only when what is left is still a word of three letters or more.
 */
const CLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'نمي', 'مي', 'و', 'ف', 'ب', 'ل', 'ك', 'س'];

/** The word without its leading clitics, the longest reading first; empty when it has none. */
export function withoutClitics(w: string, depth = 0): string[] {
  const out: string[] = [];
  for (const c of CLITICS) {
    if (w.length - c.length < 3 || !w.startsWith(c)) continue;
    // "لل" is "ل" + "ال" with the alif dropped: "للقوات" is "ل" + "القوات".
    const rest = w.slice(c.length);
    out.push(rest);
    // Two may stack: "فبقواته" is "ف" + "ب" + "قواته"; the future "س" comes after "ف" or "و".
    if (depth < 2) out.push(...withoutClitics(rest, depth + 1));
  }
  return out;
}

/**
 * The word without a leading article (and the conjunction or preposition before it), for words the
 * lexicons do not know: "الحرب", "والحرب" and "بالحرب" are then one word.
 */
export function withoutArticle(w: string): string {
  for (const c of ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال']) {
    if (w.length - c.length >= 3 && w.startsWith(c)) return w.slice(c.length);
  }
  return w;
}
