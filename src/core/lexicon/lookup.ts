/**
 * One lookup over every language's lexicon: a folded word in, its concept out. Pages mix languages
 * and a sentence's language is not known word by word, so all lexicons share one table; a form two
 * languages both write ("propaganda", "pakistan*") is one entry, and forms of different concepts must
 * not collide (tests/unit/core/lexicon-forms.test.ts keeps them apart). The tables are generated
 * from the lexicons (tables.ts, `npm run gen:lexicon-tables`), so a page does not fold every form.
 */
import { CONCEPTS, type ConceptId, type ConceptInfo, type Lang } from './concepts';
import { ARABIC_SCRIPT, normaliseWord, withoutArticle, withoutClitics } from './script';
import type { KeyGroups } from './tables';
import { LOOKUP_TABLES } from './lookup-tables';

interface Entry {
  info: ConceptInfo | null;
  langs: readonly Lang[];
}

const info = new Map<ConceptId, ConceptInfo>();
for (const [id, c] of Object.entries(CONCEPTS)) info.set(id as ConceptId, { id, kind: c.kind });

const langsOf = (group: string) => group.split(',') as Lang[];
/** A generated list of keys separated by spaces. */
const keysOf = (keys: string) => (keys === '' ? [] : keys.split(' '));

/** A table from its generated key groups: the keys of one group share one entry. */
function table(groups: KeyGroups): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [concept, byLangs] of Object.entries(groups)) {
    const conceptInfo = concept === '!' ? null : info.get(concept as ConceptId)!;
    for (const [group, keys] of Object.entries(byLangs)) {
      const entry: Entry = { info: conceptInfo, langs: langsOf(group) };
      for (const key of keysOf(keys)) out.set(key, entry);
    }
  }
  return out;
}

/** Longest first: the lengths of a table's keys. */
const lengthsOf = (t: Map<string, Entry>) => [...new Set([...t.keys()].map((k) => k.length))].sort((a, b) => b - a);

const exact = table(LOOKUP_TABLES.exact);
/** Prefix -> entry; an entry without info is an exclusion (the word is another story). */
const prefixes = table(LOOKUP_TABLES.prefixes);
const suffixes = table(LOOKUP_TABLES.suffixes);
const prefixLengths = lengthsOf(prefixes);
const suffixLengths = lengthsOf(suffixes);
const stop = new Map<string, readonly Lang[]>();
for (const [group, keys] of Object.entries(LOOKUP_TABLES.stop)) {
  const langs = langsOf(group);
  for (const key of keysOf(keys)) stop.set(key, langs);
}
const months = new Set(keysOf(LOOKUP_TABLES.months));
const pairs = new Map<string, ConceptInfo>();
/** The first words of the pairs: most words are none, and need no second lookup. */
const pairFirsts = new Set<string>();
for (const [concept, list] of Object.entries(LOOKUP_TABLES.pairs)) {
  for (const pair of list) {
    pairs.set(pair, info.get(concept as ConceptId)!);
    pairFirsts.add(pair.slice(0, pair.indexOf(' ')));
  }
}

function longest(table: Map<string, Entry>, lengths: number[], w: string, fromEnd: boolean): Entry | undefined {
  for (const n of lengths) {
    if (n > w.length) continue;
    const hit = table.get(fromEnd ? w.slice(w.length - n) : w.slice(0, n));
    if (hit) return hit;
  }
  return undefined;
}

/** The lexicons' own reading of a normalised word: exact form, then longest stem, then ending. */
function lexical(w: string): Entry | undefined {
  return exact.get(w) ?? longest(prefixes, prefixLengths, w, false) ?? longest(suffixes, suffixLengths, w, true);
}

export const REGION_CONCEPT: ConceptInfo = { id: 'karabakh', kind: 'scene' };

/** A crude English stemmer: enough to make "reports", "reported" and "reporting" one word. */
function stemEnglish(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

interface Found {
  info: ConceptInfo | null;
  /** Whether a lexicon said it (not the stemmer or a fallback). */
  lexical: boolean;
  /** The languages whose lexicon or stop list holds the word. */
  langs: readonly Lang[];
}

const NONE: readonly Lang[] = [];

function lookUp(word: string): Found {
  const w = normaliseWord(word);
  const stopLangs = stop.get(w);
  if (stopLangs) return { info: null, lexical: true, langs: stopLangs };
  const ex = exact.get(w);
  if (ex?.info) return { info: ex.info, lexical: true, langs: ex.langs };
  if (!ex && (/^\p{N}+$/u.test(w) || months.has(w))) return { info: { id: `date:${w}`, kind: 'detail' }, lexical: false, langs: NONE };
  const hit = ex ?? longest(prefixes, prefixLengths, w, false) ?? longest(suffixes, suffixLengths, w, true);
  if (hit?.info) return { info: hit.info, lexical: true, langs: hit.langs };
  if (!hit && ARABIC_SCRIPT.test(w)) {
    for (const rest of withoutClitics(w)) {
      if (stop.has(rest)) continue;
      const inner = lexical(rest);
      if (inner?.info) return { info: inner.info, lexical: true, langs: inner.langs };
    }
  }
  // Words the lexicons do not know (or that a stem would wrongly take) are concepts of their own.
  if (/^\p{Script=Cyrillic}+$/u.test(w)) {
    // Russian declines every noun; the first letters of a word stand for all its forms.
    return { info: w.length < 3 ? null : { id: w.slice(0, Math.max(4, Math.min(6, w.length - 1))), kind: 'word' }, lexical: false, langs: NONE };
  }
  if (w.length < 2) return { info: null, lexical: false, langs: NONE };
  if (ARABIC_SCRIPT.test(w)) return { info: { id: withoutArticle(w), kind: 'word' }, lexical: false, langs: NONE };
  const stem = stemEnglish(w);
  const stemmed = exact.get(stem);
  return { info: stemmed?.info ?? { id: stem, kind: 'word' }, lexical: false, langs: NONE };
}

const memo = new Map<string, Found>();

function found(word: string): Found {
  let hit = memo.get(word);
  if (hit === undefined) {
    // Words repeat across a page and across claims; the lookups need not.
    if (memo.size > 50_000) memo.clear();
    hit = lookUp(word);
    memo.set(word, hit);
  }
  return hit;
}

/** The concept a folded word stands for, or null for a function word. */
export function conceptOf(word: string): ConceptInfo | null {
  return found(word).info;
}

/** Whether a folded word is one of the lexicons' own forms (not a word it only stems). */
export function inLexicon(word: string): boolean {
  const f = found(word);
  return f.lexical && f.info !== null;
}

/** The languages whose lexicon (a concept's form or a function word) holds a folded word. */
export function languagesOf(word: string): readonly Lang[] {
  return found(word).langs;
}

/** The concept two folded words say together ("ساتھ مل": alongside), if they are one of the lexicons' pairs. */
export function pairConcept(prev: string, word: string): ConceptInfo | undefined {
  if (prev === '') return undefined;
  const first = normaliseWord(prev);
  return pairFirsts.has(first) ? pairs.get(first + ' ' + normaliseWord(word)) : undefined;
}
