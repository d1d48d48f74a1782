/**
 * A search word's concept, from the core's concept lexicons: "спецназа", "askerleri", "فوج" and
 * "troops" each stand for a concept the claims' words in other languages share. Only words a
 * lexicon knows (not words it merely stems), and not dates or function words.
 */
import { conceptOf, inLexicon, languagesOf } from '@/src/core/lexicon';

const memo = new Map<string, { id: string | null; english: boolean }>();

/**
 * The concept id of a normalised search word (./normalize: already folded as the core folds, and
 * folding is idempotent), or null (also for an English word when notEnglish is set).
 */
export function conceptWord(norm: string, notEnglish = false): string | null {
  let hit = memo.get(norm);
  if (hit === undefined) {
    if (memo.size > 50_000) memo.clear();
    const c = inLexicon(norm) ? conceptOf(norm) : null;
    hit = { id: c && c.kind !== 'detail' ? c.id : null, english: languagesOf(norm).includes('en') };
    memo.set(norm, hit);
  }
  return notEnglish && hit.english ? null : hit.id;
}
