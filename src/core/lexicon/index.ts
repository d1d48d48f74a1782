/**
 * The concept lexicons: a folded word in, the concept it stands for out, in English, Russian,
 * Turkish, Azerbaijani, Armenian, Urdu, French, German, Arabic, Persian, Hindi and Spanish.
 * concepts.ts lists the concepts, one module per language holds its forms, lookup.ts reads them.
 */
export { CONCEPTS, type ConceptId, type ConceptInfo, type Lang, type Lexicon, type Lemmas } from './concepts';
export { collisions, conceptOf, inLexicon, languagesOf, pairConcept, REGION_CONCEPT, formKey } from './lookup';
export { LEXICONS } from './languages';
export { languageOf } from './language';
