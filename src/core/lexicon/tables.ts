/**
 * The lookup's tables, built from every language's lexicon: each form folded and normalised for its
 * script, as the lookup compares words. Building them folds about 3,500 forms, which cost a page
 * about as much as matching its sentences; so scripts/gen-lexicon-tables.ts writes them once, to
 * lookup-tables.ts, in the form the lookup reads (a unit test fails while that file is out of date),
 * and neither this module nor the lexicons themselves are loaded on a page.
 */
import { foldString } from '../normalize';
import type { ConceptId, Lang, Lexicon } from './concepts';
import { normaliseWord } from './script';

/**
 * Keys by concept ("!" for an exclusion: the word is another story), then by the languages that
 * write them (comma-separated, one entry per lexicon that gives the form), separated by spaces.
 */
export type KeyGroups = Record<string, Record<string, string>>;

export interface LookupTables {
  /** Whole words. */
  exact: KeyGroups;
  /** Stems: every word that begins with one. */
  prefixes: KeyGroups;
  /** Endings: every word that ends with one. */
  suffixes: KeyGroups;
  /** Function words, by the languages whose lexicons hold them, separated by spaces. */
  stop: Record<string, string>;
  /** Month names, separated by spaces. */
  months: string;
  /** Two words that say a concept together, as "first second", by concept. */
  pairs: Record<string, string[]>;
}

/** A form two lexicons give to different concepts (the first keeps it); a unit test wants none. */
interface Collision {
  form: string;
  kept: string | null;
  lost: string | null;
  lang: Lang;
}

/** The concept a form's key stands for (null for an exclusion), and the languages that give it. */
interface Entry {
  concept: ConceptId | null;
  langs: Lang[];
}

/** A form as the lookup compares it: folded, then normalised for its script. */
export function formKey(raw: string): string {
  return normaliseWord(foldString(raw));
}

/** Builds the tables; a form two lexicons give to different concepts is kept for the first. */
export function buildLookupTables(lexicons: readonly Lexicon[]): { tables: LookupTables; collisions: Collision[] } {
  const exact = new Map<string, Entry>();
  const prefixes = new Map<string, Entry>();
  const suffixes = new Map<string, Entry>();
  const stop = new Map<string, Lang[]>();
  const months = new Set<string>();
  const pairs = new Map<string, ConceptId>();
  const collisions: Collision[] = [];

  const add = (table: Map<string, Entry>, key: string, concept: ConceptId | null, lang: Lang): void => {
    const seen = table.get(key);
    if (!seen) table.set(key, { concept, langs: [lang] });
    else if (seen.concept === concept) {
      if (!seen.langs.includes(lang)) seen.langs.push(lang);
    } else collisions.push({ form: key, kept: seen.concept, lost: concept, lang });
  };
  const addForm = (form: string, concept: ConceptId | null, lang: Lang): void => {
    const not = form.startsWith('!');
    const body = formKey(not ? form.slice(1) : form);
    const target = not ? null : concept;
    if (body.endsWith('*')) add(prefixes, body.slice(0, -1), target, lang);
    else if (body.startsWith('*')) add(suffixes, body.slice(1), target, lang);
    else add(exact, body, target, lang);
  };

  for (const lex of lexicons) {
    for (const [id, forms] of Object.entries(lex.forms)) {
      for (const f of forms ?? []) addForm(f, id as ConceptId, lex.lang);
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
        pairs.set(checkedKeys([formKey(a!), formKey(b!)]).join(' '), id as ConceptId);
      }
    }
  }

  const pairsBy: Record<string, string[]> = {};
  for (const [key, id] of pairs) (pairsBy[id] ??= []).push(key);
  const tables: LookupTables = {
    exact: grouped(exact),
    prefixes: grouped(prefixes),
    suffixes: grouped(suffixes),
    stop: joined([...stop].map(([key, langs]) => [langs.join(','), key])),
    months: checkedKeys([...months]).join(' '),
    pairs: pairsBy,
  };
  return { tables, collisions };
}

/** A table's keys grouped by concept and languages (see KeyGroups). */
function grouped(table: Map<string, Entry>): KeyGroups {
  const out: KeyGroups = {};
  const byConcept = new Map<string, [string, string][]>();
  for (const [key, e] of table) {
    const concept = e.concept ?? '!';
    const list = byConcept.get(concept) ?? [];
    list.push([e.langs.join(','), key]);
    byConcept.set(concept, list);
  }
  for (const [concept, list] of byConcept) out[concept] = joined(list);
  return out;
}

/** [group, key] pairs as each group's keys separated by spaces. */
function joined(list: readonly [string, string][]): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const [group, key] of list) (out[group] ??= []).push(key);
  return Object.fromEntries(Object.entries(out).map(([group, keys]) => [group, checkedKeys(keys).join(' ')]));
}

/** Keys are single words: a space in one would split it in two when the lookup reads the tables. */
function checkedKeys(keys: readonly string[]): readonly string[] {
  for (const k of keys) if (k === '' || /\s/.test(k)) throw new Error(`lexicon form "${k}" is empty or holds a space`);
  return keys;
}
