import { describe, expect, it } from 'vitest';
import { LOOKUP_TABLES } from '@/src/core/lexicon/lookup-tables';
import { buildLookupTables, conceptOf, inLexicon, languagesOf, LEXICONS } from '@/src/core/lexicon';

describe('the generated lexicon tables', () => {
  it('are the ones the lexicons give now (else run npm run gen:lexicon-tables)', () => {
    expect(LOOKUP_TABLES).toEqual(buildLookupTables(LEXICONS).tables);
  });

  it('read back as the lexicons wrote them', () => {
    // A stem, an exact form, an exclusion and a function word, each as the lookup reads it.
    expect(conceptOf('pakistanis')?.id).toBe('pakistan');
    expect(conceptOf('направлениях')?.id).not.toBe('send');
    expect(conceptOf('the')).toBeNull();
    expect(languagesOf('the')).toEqual(['en']);
    expect(inLexicon('troops')).toBe(true);
    expect(inLexicon('zebra')).toBe(false);
  });
});
