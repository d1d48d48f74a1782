/**
 * A sentence as the concepts it says, each with the words in the original text that said it (the
 * "why this matched" shown to the reader). The region's and places' names, in any spelling, are one
 * concept each, found by the mention finder so that "Dağlıq Qarabağ" and "Нагорном Карабахе" count
 * as the same thing.
 */
import { conceptOf, REGION_CONCEPT, type ConceptInfo } from './lexicon';
import { findMentions } from './mentions';
import { foldString } from './normalize';

export interface Term {
  concept: ConceptInfo;
  /** The word as written in the original text. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Raw word -> its concept (or null): words repeat across a page, folding each once is enough. */
const memo = new Map<string, ConceptInfo | null>();

function conceptOfRaw(word: string): ConceptInfo | null {
  let hit = memo.get(word);
  if (hit === undefined) {
    if (memo.size > 50_000) memo.clear();
    hit = conceptOf(foldString(word));
    memo.set(word, hit);
  }
  return hit;
}

export function extractTerms(text: string): Term[] {
  const out: Term[] = [];
  const mentions = findMentions(text);
  for (const m of mentions) {
    const concept = m.kind === 'region' ? REGION_CONCEPT : { id: m.canonical.toLowerCase(), kind: 'scene' as const };
    out.push({ concept, word: m.text, start: m.start, end: m.end });
  }
  let mi = 0;
  // Words are taken from the raw text (their offsets are then the text's own) and folded one by one.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    if (mi < mentions.length && mentions[mi]!.start < end) continue;
    const concept = conceptOfRaw(m[0]);
    if (concept) out.push({ concept, word: m[0], start, end });
  }
  return mentions.length > 0 ? out.sort((a, b) => a.start - b.start) : out;
}
