/**
 * The concepts a claim sentence is made of, in every language: "troops", "военные", "askerler" and
 * "پاکستانی فوج"'s second word are one concept; "rejects", "отверг", "reddetti" and "مسترد" another.
 * Outlets restate a claim in their own words and languages, so matching compares concepts, not
 * spellings. Each language's words for them are in a module of its own beside this one.
 *
 * Kinds:
 * - actor: a state or its people; a claim about one actor is not a claim about another, so the
 *   actors nearly all of a claim's wordings name must be present (Turkish troops are not
 *   Pakistani troops). Leaders stand for their states here (Imran Khan, Pashinyan, Aliyev).
 * - scene: the parties and places of the conflict itself; on a page about the topic they are
 *   everywhere, so they weigh little and are never required.
 * - detail: dates and numbers; "September 27" helps tell one wording from another but says nothing
 *   of what happened, so it weighs little and never counts as a word of substance.
 * - word: everything else, weighed by how rare it is among the claims.
 *
 * A word the lexicons do not know still becomes a concept of its own (its English stem, or for
 * Russian its first letters), so a new concept whose id is the English stem of its main word
 * ("war", "clash") leaves English matching as it was and only joins the other languages to it.
 */

type ConceptKind = 'actor' | 'scene' | 'word' | 'detail';

/** Every concept the lexicons know, its kind, and what it covers (the English gloss). */
export const CONCEPTS = {
  pakistan: { kind: 'actor', gloss: 'Pakistan, Pakistani(s), Islamabad, Imran Khan, "Pak" army' },
  turkey: { kind: 'actor', gloss: 'Turkey, Turkish, Turks, Ankara, Erdogan' },
  russia: { kind: 'actor', gloss: 'Russia, Russian, Moscow, the Kremlin, Putin, Lavrov' },
  india: { kind: 'actor', gloss: 'India, Indian, Delhi' },
  syria: { kind: 'actor', gloss: 'Syria, Syrian, Damascus' },
  iran: { kind: 'actor', gloss: 'Iran, Iranian, Tehran' },
  israel: { kind: 'actor', gloss: 'Israel, Israeli' },
  afghanistan: { kind: 'actor', gloss: 'Afghanistan, Afghan, Kabul' },
  eu: { kind: 'actor', gloss: 'the EU, European, Brussels' },
  azerbaijan: { kind: 'scene', gloss: 'Azerbaijan, Azerbaijani, Azeri, Baku, Aliyev' },
  armenia: { kind: 'scene', gloss: 'Armenia, Armenian(s), Yerevan, Pashinyan' },
  karabakh: { kind: 'scene', gloss: 'the first word of a two-word name of the region ("Nagorno", "Dağlıq", "Haut")' },
  military: { kind: 'word', gloss: 'troops, soldiers, servicemen, army, armed forces, units, personnel, fighters, mercenaries' },
  special: { kind: 'word', gloss: 'special (forces), commandos, spetsnaz, elite units' },
  fight: {
    kind: 'word',
    // Not split from "participate": the claims say "fighting" and "taking part" of the same thing,
    // and a sentence that says one of them restates a wording that says the other.
    gloss: 'fighting, battles, combat, taking part, participation, involvement',
  },
  alongside: { kind: 'word', gloss: 'alongside, on the side of, in the ranks of, together with' },
  send: { kind: 'word', gloss: 'send, dispatch, deploy, being sent' },
  deny: { kind: 'word', gloss: 'deny, reject, refute, dismiss, rebut' },
  baseless: {
    kind: 'word',
    // Lies, nonsense and fabrication are here rather than a concept of their own: an answer that
    // calls a report a lie denies it as one that calls it baseless does, and the matcher treats
    // this concept as a denial word.
    gloss: 'baseless, unfounded, groundless, speculative, false, untrue, lie(s), fabricated, fake, disinformation',
  },
  irresponsible: { kind: 'word', gloss: 'irresponsible' },
  propaganda: { kind: 'word', gloss: 'propaganda' },
  accuse: { kind: 'word', gloss: 'accuse, accusation, blame, allege' },
  cleansing: { kind: 'word', gloss: '(ethnic) cleansing' },
  ethnic: { kind: 'word', gloss: 'ethnic' },
  aggression: { kind: 'word', gloss: 'aggression, aggressive, aggressor' },
  terror: { kind: 'word', gloss: 'terror, terrorist, anti-terrorist, counter-terrorism' },
  operation: { kind: 'word', gloss: 'operation, measures, campaign' },
  ceasefire: { kind: 'word', gloss: 'ceasefire, truce, armistice' },
  violate: { kind: 'word', gloss: 'violate, violation, breach, break down, collapse' },
  start: { kind: 'word', gloss: 'start (a war), outbreak, trigger, provoke' },
  launch: {
    kind: 'word',
    // "begin" is here in English ("operations ... have begun"); in Russian, Turkish, Azerbaijani
    // and Armenian the one verb for begin and start is under start, as the claims' own Russian and
    // Turkish wordings already have it.
    gloss: 'launch, begin, unleash',
  },
  attack: { kind: 'word', gloss: 'attack, shelling, strike, bombardment' },
  civilian: { kind: 'word', gloss: 'civilian(s), villages, settlements' },
  mutual: { kind: 'word', gloss: 'mutual, each other' },
  halt: { kind: 'word', gloss: 'halt, stop, cease, end' },
  report: { kind: 'word', gloss: 'report(s), claim(s), allegation(s), news, media' },
  local: { kind: 'word', gloss: 'local' },
  character: { kind: 'word', gloss: 'character, nature' },
  offensive: { kind: 'word', gloss: 'offensive, assault' },
  complete: { kind: 'word', gloss: 'complete, completion' },
  help: { kind: 'word', gloss: 'help, assistance, aid (not "support": every statement of diplomatic backing says it)' },
  pm: { kind: 'word', gloss: 'prime minister, premier' },
  near: { kind: 'word', gloss: 'near, close to, almost' },
  observe: { kind: 'word', gloss: 'observe, respect, abide by, comply (with a truce)' },
  urge: { kind: 'word', gloss: 'urge, call on' },
  exodus: { kind: 'word', gloss: 'exodus, flight, fleeing, mass departure' },
  displacement: { kind: 'word', gloss: 'forced displacement, deportation, expulsion, forcibly' },
  war: { kind: 'word', gloss: 'war (id as the English stem, so English matching is unchanged)' },
  clash: { kind: 'word', gloss: 'clash(es), skirmish(es) (id as the English stem)' },
  exercise: {
    kind: 'word',
    // A contrast word: the matcher lowers a sentence about drills, so their words in every language
    // join the English one it lists.
    gloss: 'military exercise, drill, manoeuvres (id as the English stem)',
  },
  visit: { kind: 'word', gloss: 'visit (a contrast word, like exercise)' },
} as const satisfies Record<string, { kind: ConceptKind; gloss: string }>;

export type ConceptId = keyof typeof CONCEPTS;

export interface ConceptInfo {
  id: string;
  kind: ConceptKind;
}

/** The languages with a lexicon, as ISO 639-1 codes. */
export type Lang = 'en' | 'ru' | 'tr' | 'az' | 'hy' | 'ur' | 'fr' | 'de' | 'ar' | 'fa' | 'hi' | 'es';

/**
 * One language's lexicon. Forms are written as the language writes them; they are folded
 * (normalize.ts) and normalised for their script (script.ts) when the lookup is built.
 * - "word": that word exactly;
 * - "stem*": every word that begins with the stem (cases, suffixes, compounds);
 * - "*ending": every word that ends with it (German compounds: "Regierungstruppen");
 * - "!word" or "!stem*": not this concept, though a shorter stem would say so ("!направлени*":
 *   "направление" is a direction, not a sending); the word is then looked up as the lexicons
 *   did not know it.
 */
export interface Lexicon {
  lang: Lang;
  forms: Partial<Record<ConceptId, readonly string[]>>;
  /** Function words: they carry no claim. */
  stop: readonly string[];
  /** Month names as dates are written ("27 сентября"); with numbers they are details. */
  months?: readonly string[];
  exclude?: readonly string[];
  /**
   * Two words that say a concept together though neither says it alone, as "w1 w2": Urdu writes
   * "together with" as "ساتھ مل کر", Arabic "irresponsible" as "غير مسؤولة". The second word takes
   * the concept (terms.ts reads them).
   */
  pairs?: Partial<Record<ConceptId, readonly string[]>>;
}

/**
 * Dictionary words (hunspell lemmas) behind a language's forms, per concept: the development
 * script expands them into every inflected form the dictionary knows, and a unit test checks that
 * each form maps to its concept (scripts/gen-lexicon-forms.ts). Not used at run time.
 */
export type Lemmas = Partial<Record<ConceptId, readonly string[]>>;
