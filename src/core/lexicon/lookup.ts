/**
 * One lookup over every language's lexicon: a folded word in, its concept out. Pages mix languages
 * and a sentence's language is not known word by word, so all lexicons share one table; a form two
 * languages both write ("propaganda", "pakistan*") is one entry, and forms of different concepts must
 * not collide (tests/unit/core/lexicon-forms.test.ts keeps them apart).
 */
import { foldString } from '../normalize';
import { CONCEPTS, type ConceptId, type ConceptInfo, type Lang, type Lexicon } from './concepts';
import { ARABIC_SCRIPT, normaliseWord, withoutArticle, withoutClitics } from './script';
import { LEXICONS } from './languages';

interface Entry {
  info: ConceptInfo | null;
  langs: Lang[];
}

const info = new Map<ConceptId, ConceptInfo>();
for (const [id, c] of Object.entries(CONCEPTS)) info.set(id as ConceptId, { id, kind: c.kind });

const exact = new Map<string, Entry>();
/** Prefix -> entry; an entry without info is an exclusion (the word is another story). */
const prefixes = new Map<string, Entry>();
const suffixes = new Map<string, Entry>();
let prefixLengths: number[] = [];
let suffixLengths: number[] = [];
const stop = new Map<string, Lang[]>();
const months = new Set<string>();
const pairs = new Map<string, ConceptInfo>();
/** The first words of the pairs: most words are none, and need no second lookup. */
const pairFirsts = new Set<string>();

/** A form as the lookup compares it: folded, then normalised for its script. */
export function formKey(raw: string): string {
  return normaliseWord(foldString(raw));
}

function add(table: Map<string, Entry>, key: string, concept: ConceptInfo | null, lang: Lang): void {
  const seen = table.get(key);
  if (!seen) table.set(key, { info: concept, langs: [lang] });
  else if (seen.info?.id === concept?.id) {
    if (!seen.langs.includes(lang)) seen.langs.push(lang);
  } else collisions.push({ form: key, kept: seen.info?.id ?? null, lost: concept?.id ?? null, lang });
}

/** Forms two lexicons give to different concepts (the first keeps it); a unit test wants none. */
export const collisions: { form: string; kept: string | null; lost: string | null; lang: Lang }[] = [];

function addForm(form: string, concept: ConceptInfo | null, lang: Lang): void {
  const not = form.startsWith('!');
  const body = formKey(not ? form.slice(1) : form);
  const target = not ? null : concept;
  if (body.endsWith('*')) add(prefixes, body.slice(0, -1), target, lang);
  else if (body.startsWith('*')) add(suffixes, body.slice(1), target, lang);
  else add(exact, body, target, lang);
}

function build(lexicons: readonly Lexicon[]): void {
  for (const lex of lexicons) {
    for (const [id, forms] of Object.entries(lex.forms)) {
      for (const f of forms ?? []) addForm(f, info.get(id as ConceptId)!, lex.lang);
    }
    for (const f of lex.exclude ?? []) addForm(f.startsWith('!') ? f : '!' + f, null, lex.lang);
    for (const w of lex.stop) {
      const key = formKey(w);
      const langs = stop.get(key);
      if (langs) langs.push(lex.lang);
      else stop.set(key, [lex.lang]);
    }
    for (const m of lex.months ?? []) months.add(formKey(m));
    for (const [id, list] of Object.entries(lex.pairs ?? {})) {
      for (const pair of list ?? []) {
        const [a, b] = pair.split(' ');
        pairs.set(formKey(a!) + ' ' + formKey(b!), info.get(id as ConceptId)!);
        pairFirsts.add(formKey(a!));
      }
    }
  }
  prefixLengths = [...new Set([...prefixes.keys()].map((p) => p.length))].sort((a, b) => b - a);
  suffixLengths = [...new Set([...suffixes.keys()].map((p) => p.length))].sort((a, b) => b - a);
}
build(LEXICONS);

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
