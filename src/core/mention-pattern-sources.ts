/**
 * The mention finder's patterns, derived from the names table (scripts/gen-quick-pattern.ts writes
 * them to mention-pattern.ts): deriving them on the page, folding every spelling and writing each
 * letter with its look-alikes, cost about as much as finding the mentions of a whole article.
 */
import { nameForms } from './name-forms';
import { NAMES } from './names';

export interface MentionPatternSources {
  /**
   * Every distinct spelling of the names table, longest first (at one position "nagorno-karabakh
   * republic" wins over "nagorno-karabakh"): its row in NAMES, its folded form, its pattern over
   * folded text without word boundaries, and whether it may carry an ending ("Карабахе").
   */
  names: { row: number; folded: string; source: string; ending: boolean }[];
}

export function mentionPatternSources(): MentionPatternSources {
  const names = nameForms().map((f) => ({ row: NAMES.indexOf(f.name), folded: f.folded, source: f.source, ending: f.ending }));
  // A stable sort: spellings of one length stay in table order.
  names.sort((a, b) => b.folded.length - a.folded.length);
  return { names };
}
