/**
 * Words as the search index sees them: lower case, without Latin diacritics, with the letters that
 * have no decomposition folded by hand, so "Xankəndi", "Ağdam" and "AGDAM" meet their plain spellings.
 *
 * Only combining marks U+0300–U+036F are dropped: marks in Devanagari, Bengali or Arabic carry vowels,
 * and removing them would change the word.
 */

/** A word of a text with its offsets in the original text. */
export interface Token {
  start: number;
  end: number;
  /** The normalised form. */
  norm: string;
}

/** A word; a zero-width non-joiner between letters stays inside it (Persian "پاکستانی‌ها"). */
const WORD = /[\p{L}\p{M}\p{N}\u200c]+/gu;
const LATIN_MARKS = /[\u0300-\u036f]/g;
const FOLD: Record<string, string> = { ə: 'e', ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', ё: 'е' };
const FOLDABLE = /[əıßøæœđłё]/g;

/** Anything outside printable ASCII (words from the tokenizer hold no spaces or controls). */
const NON_ASCII = /[^ -~]/;

export function normalizeWord(word: string): string {
  // Most words of English news are plain ASCII; they only need lower case.
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word
    .replace(/\u200c/g, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .replace(FOLDABLE, (c) => FOLD[c] ?? c)
    .normalize('NFC');
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = normalizeWord(m[0]);
    if (norm) out.push({ start: m.index, end: m.index + m[0].length, norm });
  }
  return out;
}
