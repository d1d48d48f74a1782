/**
 * A sentence as the matcher reads it: its terms (concepts with the words that said them), grouped by
 * concept, and the few facts about it that the rules ask for.
 */
import { foldString } from '../normalize';
import { extractTerms, type Term } from '../terms';
import type { Mention } from '../types';
import { wordsOf } from '../words';

export interface SentenceInfo {
  text: string;
  terms: Term[];
  byConcept: Map<string, Term[]>;
  /** Whether it says a concept: one function per sentence, asked for every candidate document. */
  has: (concept: string) => boolean;
  /** Years it names (four digits, 1900-2099); read when first asked. */
  years: () => readonly string[];
  /** The folded sentence, for verbatim quotes and misspellings; folded only when asked. */
  folded: () => string;
  /** For an accusation, the party that makes it (see accuserOf). */
  accuser: string | null;
  /** Whether the sentence names a party or place of the conflict. */
  inScene: boolean;
  /** The states, people and other names it names (not the conflict's parties and places). */
  names: string[];
  /** Its folded words, for names of people (see Cues); split only when asked. */
  words: () => readonly string[];
}

/** The two parties of the conflict. */
export const PARTIES: ReadonlySet<string> = new Set(['armenia', 'azerbaijan']);

/**
 * Who accuses whom: in "Armenia accuses Azerbaijan of ethnic cleansing" the accuser is Armenia.
 * Known only when exactly one party comes before the accusation word and the other soon after;
 * passives ("Baku accused of ...") and mutual blame stay unknown. Concept bags cannot tell
 * "Azerbaijan accused Armenia of ethnic cleansing" from the claim; this can.
 */
export function accuserOf(terms: readonly Term[]): string | null {
  const at = terms.findIndex((t) => t.concept.id === 'accuse');
  if (at < 0) return null;
  const before = new Set(terms.slice(0, at).map((t) => t.concept.id).filter((id) => PARTIES.has(id)));
  const after = new Set(terms.slice(at + 1, at + 5).map((t) => t.concept.id).filter((id) => PARTIES.has(id)));
  if (before.size !== 1) return null;
  const accuser = [...before][0]!;
  return [...after].some((p) => p !== accuser) ? accuser : null;
}

/** A concept that names a state, person or title rather than saying what happened. */
export function isName(id: string, kind: string): boolean {
  return kind === 'actor' || (kind === 'detail' && !id.startsWith('date:'));
}

function yearsOf(concepts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const id of concepts) if (id.startsWith('date:') && /^date:(19|20)\d\d$/.test(id)) out.push(id.slice(5));
  return out;
}

export function readSentence(text: string, mentions?: readonly Mention[]): SentenceInfo {
  const terms = extractTerms(text, mentions);
  const byConcept = new Map<string, Term[]>();
  for (const t of terms) {
    const list = byConcept.get(t.concept.id);
    if (list) list.push(t);
    else byConcept.set(t.concept.id, [t]);
  }
  let folded: string | undefined;
  let words: string[] | undefined;
  let years: string[] | undefined;
  return {
    text,
    terms,
    byConcept,
    has: (c) => byConcept.has(c),
    years: () => (years ??= yearsOf(byConcept.keys())),
    folded: () => (folded ??= foldString(text)),
    words: () => (words ??= wordsOf((folded ??= foldString(text)))),
    accuser: accuserOf(terms),
    inScene: terms.some((t) => t.concept.kind === 'scene'),
    names: terms.filter((t) => isName(t.concept.id, t.concept.kind)).map((t) => t.concept.id),
  };
}
