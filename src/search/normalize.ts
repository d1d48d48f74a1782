/**
 * Words as the search index sees them: a word of a claim, a quote or a query, folded exactly as the
 * core folds the names and claim words it compares (src/core/normalize.ts: case, diacritics, the
 * letters pages spell two ways, Arabic-script variants, compatibility forms, invisible characters), so
 * "Xankəndi", "Ağdam" and "AGDAM" meet their plain spellings, and a Persian "ی" an Arabic "ي", by the
 * same rules as on the page. What search adds is only the cut into words, each with its offsets in
 * the original text, so the results can mark the words they matched.
 */
import { foldString } from '@/src/core/normalize';

/** A word of a text with its offsets in the original text. */
export interface Token {
  start: number;
  end: number;
  /** The normalised form. */
  norm: string;
}

/** A word; a zero-width non-joiner between letters stays inside it (Persian "پاکستانی‌ها"). */
const WORD = /[\p{L}\p{M}\p{N}\u200c]+/gu;

/** Anything outside printable ASCII (words from the tokenizer hold no spaces or controls). */
const NON_ASCII = /[^ -~]/;

export function normalizeWord(word: string): string {
  // Most words of English news are plain ASCII; they only need lower case, as folding would give.
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return foldString(word);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = normalizeWord(m[0]);
    if (norm) out.push({ start: m.index, end: m.index + m[0].length, norm });
  }
  return out;
}
