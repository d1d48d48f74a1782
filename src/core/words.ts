/**
 * Words as runs of letters, marks and digits. Patterns with Unicode property classes cost about four
 * times an ASCII class in V8, and most text a page gives the matcher is ASCII; there the two find the
 * same runs (no mark is ASCII, and the ASCII letters and digits are A-Z, a-z and 0-9), so an ASCII
 * text is read with the cheaper one.
 */
const NOT_ASCII = /[\u0080-\uffff]/;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII_WORDS = /[A-Za-z0-9]+/g;

export function isAscii(text: string): boolean {
  return !NOT_ASCII.test(text);
}

/** The words of a text, in order. */
export function wordsOf(text: string): string[] {
  return text.match(isAscii(text) ? ASCII_WORDS : WORDS) ?? [];
}

/** The words of five letters or more: the misspelling rescue's (a misspelling usually keeps the first three). */
export function longWords(text: string): string[] {
  return wordsOf(text).filter((w) => codePoints(w) >= 5);
}

/** Its length in code points, as a pattern's {n,} counts it. */
export function codePoints(word: string): number {
  let n = word.length;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}
