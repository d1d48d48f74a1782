/**
 * A sentence as the concepts it says, each with the words in the original text that said it (the
 * "why this matched" shown to the reader). The region's and places' names, in any spelling, are one
 * concept each, found by the mention finder so that "Dağlıq Qarabağ" and "Нагорном Карабахе" count
 * as the same thing.
 */
import { conceptOf, inLexicon, REGION_CONCEPT, type ConceptInfo } from './lexicon';
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

const concept = (w: string): ConceptInfo => conceptOf(w)!;
const TAKE = new Set(['take', 'takes', 'taking', 'took', 'taken']);
const HEDGE = new Set(['may', 'might', 'could', 'would']);
const FIRE = new Set(['fired', 'attacked', 'shot', 'struck', 'shelled']);
const POINT = new Set(['point', 'points', 'pointed', 'pointing']);
const REJECT_DE = new Set(['weist', 'wies', 'weisen']);
const OUTBREAK = new Set(['start', 'launch']);

/**
 * Word pairs whose meaning is not that of their words: "taking part" is fighting, "no truth" a
 * denial, "so-called" no call, "each other" and "both sides" mutual, "fired first" a start, and "fighting may erupt" no outbreak at all
 * (a fear is not a report of who started a war). prev1 and prev2 are the lower-cased words before.
 */
function phrase(lower: string, found: ConceptInfo | null, prev1: string, prev2: string, sentence: readonly string[]): ConceptInfo | null | undefined {
  if (lower === 'part' && TAKE.has(prev1)) return concept('fight');
  if ((lower === 'truth' || lower === 'basis') && (prev1 === 'no' || prev2 === 'no')) return concept('baseless');
  if (lower === 'true' && prev1 === 'not') return concept('baseless');
  if (lower === 'called' && prev1 === 'so') return null;
  if (lower === 'other' && (prev1 === 'each' || prev1 === 'one')) return concept('mutual');
  if ((lower === 'sides' || lower === 'side' || lower === 'countries' || lower === 'parties') && (prev1 === 'both' || prev1 === 'each')) return concept('mutual');
  if (lower === 'fire' && prev1 === 'cease') return concept('ceasefire');
  if (lower === 'first' && FIRE.has(prev1)) return concept('start');
  if (lower === 'finger' && (POINT.has(prev1) || POINT.has(prev2))) return concept('accuse');
  if ((lower === 'zurück' || lower === 'zuruck') && sentence.some((w) => REJECT_DE.has(w))) return concept('deny');
  if (found && OUTBREAK.has(found.id) && (HEDGE.has(prev1) || HEDGE.has(prev2))) return null;
  return undefined;
}

export function extractTerms(text: string): Term[] {
  const out: Term[] = [];
  const mentions = findMentions(text);
  for (const m of mentions) {
    const concept = m.kind === 'region' ? REGION_CONCEPT : { id: m.canonical.toLowerCase(), kind: 'scene' as const };
    out.push({ concept, word: m.text, start: m.start, end: m.end });
  }
  let mi = 0;
  let prev1 = '';
  let prev2 = '';
  let lastEnd = 0;
  const seen: string[] = [];
  // Words are taken from the raw text (their offsets are then the text's own) and folded one by one.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const lower = m[0].toLowerCase();
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    const inMention = mi < mentions.length && mentions[mi]!.start < end;
    if (!inMention) {
      let found = conceptOfRaw(m[0]);
      const special = phrase(lower, found, prev1, prev2, seen);
      if (special !== undefined) found = special;
      // A capitalised word the lexicon does not know, inside a sentence, is a name or a title
      // ("Hikmet", "Foreign Office", "Times Now"): outlets drop or vary them, so they are details.
      else if (found?.kind === 'word' && seen.length > 0 && /^\p{Lu}/u.test(m[0]) && !/[.!?:]\s*$/.test(text.slice(lastEnd, start)) && !inLexicon(foldString(lower))) found = { id: found.id, kind: 'detail' };
      if (found) out.push({ concept: found, word: m[0], start, end });
    }
    prev2 = prev1;
    prev1 = lower;
    lastEnd = end;
    seen.push(lower);
  }
  return mentions.length > 0 ? out.sort((a, b) => a.start - b.start) : out;
}
