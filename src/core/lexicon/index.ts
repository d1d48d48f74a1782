/**
 * The concept lexicons: a folded word in, the concept it stands for out, in English, Russian,
 * Turkish, Azerbaijani, Armenian, Urdu, French, German, Arabic, Persian, Hindi and Spanish.
 * concepts.ts lists the concepts, one module per language holds its forms, tables.ts folds them into
 * the lookup's tables (generated: lookup-tables.ts), lookup.ts reads them.
 */
export { CONCEPTS, type ConceptId, type ConceptInfo, type Lang, type Lexicon, type Lemmas } from './concepts';
export { conceptOf, inLexicon, languagesOf, pairConcept, REGION_CONCEPT } from './lookup';
export { buildLookupTables, formKey } from './tables';
export { LEXICONS } from './languages';
export { languageOf } from './language';
