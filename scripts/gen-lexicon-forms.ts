/**
 * `npm run gen:lexicon-forms`: the inflected forms of every lexicon's dictionary words, from
 * Debian's hunspell dictionaries (/usr/share/hunspell; development time only, never read by the
 * extension or its tests), into tests/fixtures/lexicon-forms/<lang>.json:
 * - forms: concept -> every form the dictionary makes of that concept's lemmas (src/core/lexicon/<lang>.ts);
 * - others: dictionary words the lexicon must read as it read them when this was generated and
 *   reviewed: every word a stem of the language takes that is not a form of its lemmas ("taken",
 *   printed below for review), the words that begin like a stem but escape it ("near"), and an even
 *   sample of the dictionary's entries ("sample").
 * Prints, per language, the counts and the words to review.
 *
 *   npm run gen:lexicon-forms [-- ru tr ...]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDictionary, type Dictionary } from './lib/hunspell';
import { conceptOf, formKey, LEXICONS, type ConceptId, type Lang, type Lemmas } from '../src/core/lexicon';
import { ruLemmas } from '../src/core/lexicon/ru';
import { trLemmas } from '../src/core/lexicon/tr';
import { frLemmas } from '../src/core/lexicon/fr';
import { deLemmas } from '../src/core/lexicon/de';
import { esLemmas } from '../src/core/lexicon/es';
import { arLemmas } from '../src/core/lexicon/ar';
import { faLemmas } from '../src/core/lexicon/fa';
import { hiLemmas } from '../src/core/lexicon/hi';
import { hyLemmas } from '../src/core/lexicon/hy';

const DIR = '/usr/share/hunspell';
const OUT = join(import.meta.dirname, '../tests/fixtures/lexicon-forms');
/** Forms kept per lemma (shortest first): enough for every case and stem change, small in git. */
const PER_LEMMA = 60;
/** Other dictionary words kept per kind (taken by a stem, escaping one), shortest first, and the sample's size. */
const OTHERS = 250;
const SAMPLE = 200;

/** Persian endings written onto a noun or adjective (plural, ezafe, indefinite, pronouns), with or without a non-joiner. */
const PERSIAN_SUFFIXES = ['', 'ها', 'های', 'هایی', 'ی', 'ای', 'یی', 'ان', 'یان', 'ش', 'شان', 'ت', 'تان', 'م', 'مان', 'هایش', 'هایشان', 'ات', 'اش', 'هاست', 'است'];
/** Hindi endings: noun plural and oblique, adjective agreement, verb forms on a stem. */
const HINDI_SUFFIXES = ['', 'ों', 'ओं', 'ियों', 'ियां', 'ियाँ', 'ी', 'े', 'ें', 'ा', 'ाओं', 'ाएं', 'ना', 'ने', 'नी', 'ता', 'ती', 'ते', 'ाई', 'ाइयों', 'ीय', 'वाद', 'वादी', 'वादियों', 'ो', 'ाना', 'ाने', 'ाया', 'ाए', 'ाकर', 'कर', 'ी'];

interface Config {
  lang: Lang;
  file: string;
  source: string;
  lemmas: Lemmas;
  /** How a lemma finds its dictionary entries. */
  entries: 'exact' | 'stem' | 'suffixes';
  suffixes?: string[];
  /** German: a lemma the dictionary only has in compounds ("Rassismusvorwurf") is looked for as their last part. */
  compounds?: boolean;
  /**
   * Whether the dictionary's prefixes make forms of a word: Arabic and Armenian prefixes are
   * clitics and particles; Russian, French, German and Spanish ones make other words (re-, co-, un-).
   */
  prefixes?: boolean;
  /** Forms a prefix made that say something else: the Arabic question "أ", the Armenian negation "չ". */
  drop?: (form: string, lemma: string) => boolean;
  /** Reads a dictionary form in the spelling the lexicon uses. */
  spell?: (w: string) => string;
}

/** Classical Armenian spelling (the hy_AM dictionary's) read in the reformed one the press in Armenia uses. */
function reformedArmenian(w: string): string {
  return w
    .replace(/ութիւն/g, 'ություն')
    .replace(/ութեան/g, 'ության')
    .replace(/գիւղ/g, 'գյուղ')
    .replace(/իւ/g, 'իվ')
    .replace(/եա/g, 'յա')
    .replace(/եօ/g, 'յո')
    .replace(/ու(?=[աեէըիօո])/g, 'վ')
    .replace(/(?<!ո)ւ/g, 'վ')
    .replace(/(?<=.)օ/g, 'ո')
    .replace(/(?<=.)է/g, 'ե');
}

const CONFIGS: Config[] = [
  { lang: 'ru', file: 'ru_RU', source: 'hunspell-ru (ru_RU)', lemmas: ruLemmas, entries: 'exact' },
  { lang: 'tr', file: 'tr_TR', source: 'hunspell-tr (tr_TR)', lemmas: trLemmas, entries: 'stem', prefixes: true },
  { lang: 'fr', file: 'fr', source: 'hunspell-fr (fr)', lemmas: frLemmas, entries: 'exact' },
  { lang: 'de', file: 'de_DE', source: 'hunspell-de-de (de_DE)', lemmas: deLemmas, entries: 'exact', compounds: true },
  { lang: 'es', file: 'es_ES', source: 'hunspell-es (es_ES)', lemmas: esLemmas, entries: 'exact' },
  { lang: 'ar', file: 'ar', source: 'hunspell-ar (ar)', lemmas: arLemmas, entries: 'exact', prefixes: true, drop: (f, l) => /^[أآ]/.test(f) && !/^[أآ]/.test(l) },
  { lang: 'hy', file: 'hy_AM', source: 'myspell-hy (hy_AM, classical spelling read as reformed)', lemmas: hyLemmas, entries: 'exact', prefixes: true, spell: reformedArmenian, drop: (f, l) => f.includes('+') || (f.startsWith('չ') && !l.startsWith('չ')) },
  { lang: 'fa', file: 'fa_IR', source: 'myspell-fa (fa_IR, whole forms)', lemmas: faLemmas, entries: 'suffixes', suffixes: PERSIAN_SUFFIXES },
  { lang: 'hi', file: 'hi_IN', source: 'hunspell-hi (hi_IN, whole forms)', lemmas: hiLemmas, entries: 'suffixes', suffixes: HINDI_SUFFIXES },
];

const lower = (w: string) => w.toLocaleLowerCase();
const clean = (w: string) => !/['\-.\d]/.test(w) && w.length > 1;

function formsOf(cfg: Config, dic: Dictionary, lemma: string): string[] {
  const spell = cfg.spell ?? ((w: string) => w);
  const key = lower(lemma);
  let out: string[] = [];
  if (cfg.entries === 'suffixes') {
    const suffixes = new Set(cfg.suffixes);
    for (const e of dic.entries) {
      const w = e.word.replace(/\u200c/g, '');
      if (w.startsWith(lemma.replace(/\u200c/g, '')) && suffixes.has(w.slice(lemma.replace(/\u200c/g, '').length))) out.push(e.word);
    }
  } else {
    for (const e of dic.entries) {
      const w = lower(e.word);
      if (cfg.entries === 'exact' ? w === key : w.startsWith(key)) out.push(...dic.expand(e.word, e.flags, cfg.prefixes ?? false));
    }
    if (out.length === 0 && cfg.compounds && /^\p{Lu}/u.test(lemma)) {
      const heads = dic.entries.filter((e) => lower(e.word).endsWith(key) && e.word.length > key.length + 2).slice(0, 4);
      for (const e of heads) out.push(...dic.expand(e.word, e.flags, cfg.prefixes ?? false));
    }
  }
  if (cfg.drop) out = out.filter((f) => !cfg.drop!(f, lemma));
  // Stem entries: not a word the language's own exclusions set apart (Türkmen is not Türk).
  if (cfg.entries === 'stem') out = out.filter((f) => !excluded(cfg.lang, formKey(f)));
  out = [...new Set(out.map(spell))].filter(clean);
  return out.sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, PER_LEMMA);
}

function generate(cfg: Config): void {
  const started = Date.now();
  const dic = loadDictionary(join(DIR, `${cfg.file}.aff`), join(DIR, `${cfg.file}.dic`));
  const spell = cfg.spell ?? ((w: string) => w);
  const forms: Partial<Record<ConceptId, string[]>> = {};
  const mine = new Set<string>();
  let missing = 0;
  for (const [concept, lemmas] of Object.entries(cfg.lemmas) as [ConceptId, string[]][]) {
    const all: string[] = [];
    for (const lemma of lemmas) {
      const f = formsOf(cfg, dic, lemma);
      if (f.length === 0) {
        missing++;
        console.log(`  ${cfg.lang}: "${lemma}" (${concept}) is not in the dictionary`);
      }
      all.push(...f);
    }
    forms[concept] = [...new Set(all)].sort();
    for (const f of all) mine.add(formKey(f));
  }

  // The language's stems, to find the dictionary words they take and those that begin like them.
  const lex = LEXICONS.find((l) => l.lang === cfg.lang)!;
  const stems = Object.values(lex.forms).flat().filter((f): f is string => !!f && f.endsWith('*') && !f.startsWith('!')).map((f) => formKey(f.slice(0, -1)));
  const heads = new Set(stems.map((s) => s.slice(0, Math.max(3, s.length - 2))));
  const near = (k: string) => [...heads].some((h) => k.startsWith(h));
  const readAs = (w: string): string | null => {
    const c = conceptOf(formKey(w));
    return c && LEXICON_IDS.has(c.id) ? c.id : null;
  };
  // Dictionary words that begin like a stem: those it takes though they are not forms of the
  // lemmas (printed for review), and those that escape it.
  const taken = new Map<string, string>();
  const escaped = new Set<string>();
  for (const e of dic.entries) {
    if (!near(formKey(spell(e.word)))) continue;
    for (const f of dic.expand(e.word, e.flags, cfg.prefixes ?? false).filter((f) => !cfg.drop?.(f, e.word)).map(spell).filter(clean)) {
      const k = formKey(f);
      if (mine.has(k)) continue;
      const c = readAs(f);
      if (c) taken.set(f, c);
      else escaped.add(f);
    }
  }
  const shortest = (words: Iterable<string>, n: number) => [...words].sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, n);
  const others = new Map<string, string | null>();
  for (const w of shortest(taken.keys(), OTHERS)) others.set(w, taken.get(w)!);
  for (const w of shortest(escaped, OTHERS)) others.set(w, null);
  const step = Math.max(1, Math.floor(dic.entries.length / SAMPLE));
  for (let i = 0; i < dic.entries.length; i += step) {
    const w = spell(dic.entries[i]!.word);
    if (clean(w) && !mine.has(formKey(w)) && !others.has(w)) others.set(w, readAs(w));
  }

  mkdirSync(OUT, { recursive: true });
  // One line per concept and per twenty other words: small diffs when a lexicon changes.
  const lines = [
    '{',
    `"source": ${JSON.stringify(cfg.source)},`,
    `"generated": "npm run gen:lexicon-forms (scripts/gen-lexicon-forms.ts)",`,
    '"forms": {',
    Object.entries(forms).map(([c, f]) => `  ${JSON.stringify(c)}: ${JSON.stringify(f)}`).join(',\n'),
    '},',
    '"others": {',
    chunks([...others].sort((a, b) => a[0].localeCompare(b[0])), 20).map((chunk) => '  ' + chunk.map(([w, c]) => `${JSON.stringify(w)}: ${JSON.stringify(c)}`).join(', ')).join(',\n'),
    '}',
    '}',
  ];
  writeFileSync(join(OUT, `${cfg.lang}.json`), lines.join('\n') + '\n');
  const nForms = Object.values(forms).reduce((n, f) => n + f!.length, 0);
  console.log(`${cfg.lang}: ${nForms} forms of ${Object.values(cfg.lemmas).flat().length} lemmas (${missing} not in the dictionary); ${taken.size} other dictionary words taken by a stem, ${escaped.size} escaping; ${Date.now() - started} ms`);
  const review = [...taken].filter(([w]) => others.has(w));
  if (review.length > 0) console.log(`  taken (kept for review): ${review.map(([w, c]) => `${w}:${c}`).join(' ')}`);
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

function excluded(lang: Lang, key: string): boolean {
  const lex = LEXICONS.find((l) => l.lang === lang)!;
  const nots = Object.values(lex.forms).flat().filter((f): f is string => !!f && f.startsWith('!')).map((f) => formKey(f.slice(1)));
  return nots.some((n) => (n.endsWith('*') ? key.startsWith(n.slice(0, -1)) : key === n));
}

const LEXICON_IDS = new Set(LEXICONS.flatMap((l) => Object.keys(l.forms)));
const only = process.argv.slice(2);
for (const cfg of CONFIGS) {
  if (only.length > 0 && !only.includes(cfg.lang)) continue;
  if (!existsSync(join(DIR, `${cfg.file}.dic`))) {
    console.log(`${cfg.lang}: no ${cfg.file} dictionary in ${DIR} (apt-get install ${cfg.source.split(' ')[0]})`);
    continue;
  }
  generate(cfg);
}
