/**
 * A sentence as the concepts it says, each with the words in the original text that said it (the
 * "why this matched" shown to the reader). The region's and places' names, in any spelling, are one
 * concept each, found by the mention finder so that "Dağlıq Qarabağ" and "Нагорном Карабахе" count
 * as the same thing.
 */
import { conceptOf, inLexicon, pairConcept, REGION_CONCEPT, type ConceptInfo } from './lexicon';
import { findMentions } from './mentions';
import { foldString } from './normalize';
import type { Mention } from './types';
import { isAscii } from './words';

export interface Term {
  concept: ConceptInfo;
  /** The word as written in the original text. */
  word: string;
  start: number;
  end: number;
}

/**
 * A word; a zero-width non-joiner between letters stays inside it: Persian writes "پاکستانی‌ها"
 * (Pakistanis) and "آتش‌بس" (ceasefire) as one word with one, and folding drops it.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:\u200c[\p{L}\p{M}\p{N}]+)*/gu;
/** WORD for an ASCII text, where it finds the same words (see words.ts). */
const ASCII_WORD = /[A-Za-z0-9]+/g;

const concept = (w: string): ConceptInfo => conceptOf(w)!;
const TAKE = new Set(['take', 'takes', 'taking', 'took', 'taken']);
const HEDGE = new Set(['may', 'might', 'could', 'would']);
const FIRE = new Set(['fired', 'attacked', 'shot', 'struck', 'shelled']);
const POINT = new Set(['point', 'points', 'pointed', 'pointing']);
/** "Exchanged accusations", "trade blame": an accusation both ways. */
const EXCHANGE = new Set(['exchange', 'exchanged', 'exchanging', 'exchanges', 'trade', 'traded', 'trading', 'trades']);
/** German verbs whose particle comes at the end: "weist ... zurück", "lehnt ... ab" (rejects). */
const REJECT_DE = new Set(['weist', 'wies', 'weisen', 'lehnt', 'lehnte', 'lehnten', 'lehnen']);
const OUTBREAK = new Set(['start', 'launch']);
/** Prefixes written as a word of their own ("anti-terror"): the word after says what they are against. */
const PREFIX_WORDS = new Set(['anti', 'counter', 'анти', 'контр']);
const AGAINST_WORDS = new Set(['anti', 'анти']);
/** At the end of a prefix word: its hyphen, and the word after it (if any). */
const AFTER_PREFIX = /[-\u2010\u2011]([\p{L}\p{M}\p{N}]*)/uy;
/** "anti-" or "counter-" something other than terror. */
export const AGAINST_OTHER: ConceptInfo = { id: 'against-other', kind: 'word' };
/** The second words of the pairs phrase() reads. */
const PAIR_ENDS = new Set(['ab', 'minister', 'part', 'truth', 'basis', 'true', 'called', 'other', 'sides', 'side', 'countries', 'parties', 'fire', 'first', 'finger', 'zurück', 'zuruck']);

interface WordInfo {
  concept: ConceptInfo | null;
  lower: string;
  folded: string;
  /** Whether phrase() may read it otherwise than alone. */
  paired: boolean;
  /** A capitalised word the lexicon does not know: a name or a title, unless it opens a sentence. */
  name: boolean;
}

/** Raw word -> what it says: words repeat across a page, folding and looking up each once is enough. */
const memo = new Map<string, WordInfo>();

function infoOf(word: string): WordInfo {
  let hit = memo.get(word);
  if (hit === undefined) {
    if (memo.size > 50_000) memo.clear();
    const lower = word.toLowerCase();
    const folded = foldString(word);
    const found = conceptOf(folded);
    hit = {
      concept: found,
      lower,
      folded,
      paired: PAIR_ENDS.has(lower) || (found !== null && OUTBREAK.has(found.id)),
      name: found?.kind === 'word' && /^\p{Lu}/u.test(word) && !inLexicon(folded),
    };
    memo.set(word, hit);
  }
  return hit;
}

/**
 * Word pairs whose meaning is not that of their words: "taking part" is fighting, "no truth" a
 * denial, "so-called" no call, "each other" and "both sides" mutual, "fired first" a start, and
 * "fighting may erupt" no outbreak at all (a fear is not a report of who started a war). prev1
 * and prev2 are the lower-cased words before; undefined means the word says what it says alone.
 */
function phrase(lower: string, found: ConceptInfo | null, prev1: string, prev2: string, rejectDe: boolean): ConceptInfo | null | undefined {
  if (lower === 'part' && TAKE.has(prev1)) return concept('fight');
  if (lower === 'minister' && prev1 === 'prime') return concept('pm');
  if ((lower === 'truth' || lower === 'basis') && (prev1 === 'no' || prev2 === 'no')) return concept('baseless');
  if (lower === 'true' && prev1 === 'not') return concept('baseless');
  if (lower === 'called' && prev1 === 'so') return null;
  if (lower === 'other' && (prev1 === 'each' || prev1 === 'one')) return concept('mutual');
  if ((lower === 'sides' || lower === 'side' || lower === 'countries' || lower === 'parties') && (prev1 === 'both' || prev1 === 'each')) return concept('mutual');
  if (lower === 'fire' && prev1 === 'cease') return concept('ceasefire');
  if (lower === 'first' && FIRE.has(prev1)) return concept('start');
  if (lower === 'finger' && (POINT.has(prev1) || POINT.has(prev2))) return concept('accuse');
  if ((lower === 'zurück' || lower === 'zuruck' || lower === 'ab') && rejectDe) return concept('deny');
  if (found && OUTBREAK.has(found.id) && (HEDGE.has(prev1) || HEDGE.has(prev2))) return null;
  return undefined;
}

/** The terms of a text; `mentions`, its mentions when already found (see MatchOptions.mentions). */
export function extractTerms(text: string, mentions: readonly Mention[] = findMentions(text)): Term[] {
  const out: Term[] = [];
  for (const m of mentions) {
    const concept = m.kind === 'region' ? REGION_CONCEPT : { id: m.canonical.toLowerCase(), kind: 'scene' as const };
    out.push({ concept, word: m.text, start: m.start, end: m.end });
  }
  let mi = 0;
  let prev1 = '';
  let prev2 = '';
  let prevFolded = '';
  let lastEnd = -1;
  let rejectDe = false;
  // Words are taken from the raw text (their offsets are then the text's own) and folded one by one.
  const words = isAscii(text) ? ASCII_WORD : WORD;
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const info = infoOf(m[0]);
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    // "anti-drug" shares nothing with "anti-terror" but its prefix: before terror the prefix says
    // nothing (the next word says it all), and "anti-" anything else is another story (an anti-drug
    // or anti-corruption raid). "counter-" anything else stays a word ("counter-offensive").
    let prefix: 'silent' | 'other' | null = null;
    AFTER_PREFIX.lastIndex = end;
    const after = PREFIX_WORDS.has(info.lower) ? AFTER_PREFIX.exec(text) : null;
    if (after) {
      const next = after[1];
      if (next && infoOf(next).concept?.id === 'terror') prefix = 'silent';
      else if (AGAINST_WORDS.has(info.lower)) prefix = 'other';
    }
    if (prefix === 'other') out.push({ concept: AGAINST_OTHER, word: m[0], start, end });
    else if (prefix === null && !(mi < mentions.length && mentions[mi]!.start < end)) {
      let found = info.concept;
      // Two words that say a concept together in another language ("ساتھ مل": alongside).
      const special = info.paired ? phrase(info.lower, found, prev1, prev2, rejectDe) : pairConcept(prevFolded, info.folded);
      if (special !== undefined) found = special;
      // A name or a title inside a sentence ("Hikmet", "Foreign Office", "Times Now"): outlets
      // drop or vary them, so they are details.
      else if (info.name && lastEnd >= 0 && !/[.!?:]\s*$/.test(text.slice(lastEnd, start))) found = { id: found!.id, kind: 'detail' };
      // "prime minister" is one title: the pair replaces the word before it.
      const prime = found?.id === 'pm' && info.lower === 'minister' && out.at(-1)?.word.toLowerCase() === 'prime' ? out.pop() : undefined;
      if (prime) out.push({ concept: found!, word: text.slice(prime.start, end), start: prime.start, end });
      else if (found) out.push({ concept: found, word: m[0], start, end });
      if (found?.id === 'accuse' && EXCHANGE.has(prev1)) out.push({ concept: concept('mutual'), word: m[0], start, end });
    }
    prev2 = prev1;
    prev1 = info.lower;
    prevFolded = info.folded;
    lastEnd = end;
    if (REJECT_DE.has(info.lower)) rejectDe = true;
  }
  return mentions.length > 0 ? out.sort((a, b) => a.start - b.start) : out;
}
