/**
 * A sentence as the concepts it says, each with the words in the original text that said it (the
 * "why this matched" shown to the reader). The region's and places' names, in any spelling, are one
 * concept each, found by the mention finder so that "Dağlıq Qarabağ" and "Нагорном Карабахе" count
 * as the same thing.
 */
import { conceptOf, REGION_CONCEPT, type ConceptInfo } from './lexicon';
import { findMentions } from './mentions';
import { fold, toOriginalRange } from './normalize';

export interface Term {
  concept: ConceptInfo;
  /** The word as written in the original text. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function extractTerms(text: string): Term[] {
  const out: Term[] = [];
  const mentions = findMentions(text);
  for (const m of mentions) {
    const concept = m.kind === 'region' ? REGION_CONCEPT : { id: m.canonical.toLowerCase(), kind: 'scene' as const };
    out.push({ concept, word: m.text, start: m.start, end: m.end });
  }
  const folded = fold(text);
  let mi = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded.text); m; m = WORD.exec(folded.text)) {
    const { start, end } = toOriginalRange(folded, m.index, m.index + m[0].length);
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    const inMention = mi < mentions.length && mentions[mi]!.start < end && start < mentions[mi]!.end;
    if (inMention) continue;
    const concept = conceptOf(m[0]);
    if (concept) out.push({ concept, word: text.slice(start, end), start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The distinct concept ids of a text. */
export function conceptIds(text: string): Set<string> {
  return new Set(extractTerms(text).map((t) => t.concept.id));
}
