import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type MarkedText } from '@/src/search';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import type { Dataset } from '@/src/data/schema';
import { DATASET, NAMES } from '../../support/search-fixture';

const index = buildSearchIndex([DATASET], NAMES);
const ids = (q: string) => index.search(q).claims.map((c) => c.claimId);
const marked = (m: MarkedText) => m.marks.map(([s, e]) => m.text.slice(s, e));

describe('search', () => {
  it('finds a claim by words of its statement, with those words marked', () => {
    const r = index.search('pakistani troops');
    expect(r.claims[0]?.claimId).toBe('pakistani-troops-agdam');
    expect(r.partial).toBe(false);
    expect(marked(r.claims[0]!.statement)).toContain('Pakistan');
  });

  it('finds a claim by the words of an answer and shows the quote', () => {
    const r = index.search('speculative baseless');
    expect(r.claims.map((c) => c.claimId)).toEqual(['pakistani-troops-agdam']);
    const quote = r.claims[0]!.hits.find((h) => h.kind === 'quote');
    expect(quote?.refId).toBe('fo-denial');
    expect(quote?.by).toBe('Zahid Hafeez Chaudhri');
    expect(marked(quote!)).toEqual(['speculative', 'baseless']);
  });

  it('finds claims by speaker, organisation and outlet', () => {
    expect(ids('Chaudhri')).toEqual(['pakistani-troops-agdam']);
    expect(ids('foreign office')).toEqual(['pakistani-troops-agdam']);
    expect(ids('dawn')).toEqual(['pakistani-troops-agdam']);
    expect(ids('ministry of defence')).toEqual(['shelling-stepanakert']);
  });

  it('does not take a different word for a typo', () => {
    const ix = buildSearchIndex([{ ...DATASET, claims: [{ ...DATASET.claims[1]!, statement: 'Afghanistan was shelled' }], responses: [] }], NAMES);
    expect(ix.search('pakistani').claims).toEqual([]);
  });

  it('keeps the results while the next word has only its first letter', () => {
    expect(ids('speculative b')).toEqual(ids('speculative'));
    expect(index.search('speculative b').partial).toBe(false);
  });

  it("finds a claim by its source's headline, naming the outlet", () => {
    const r = index.search('capital shelled');
    expect(r.claims.map((c) => c.claimId)).toEqual(['shelling-stepanakert']);
    const headline = r.claims[0]!.hits.find((h) => h.kind === 'headline');
    expect(headline).toMatchObject({ text: 'Capital shelled', by: 'Wire' });
  });

  it("finds a claim by its own phrasings without ever showing them as anyone's words", () => {
    const r = index.search('shelling capital');
    expect(r.claims.map((c) => c.claimId)).toEqual(['shelling-stepanakert']);
    expect(r.claims[0]!.hits.map((h) => h.kind)).not.toContain('phrasing');
  });

  it("shows a phrasing that is an outlet's words, naming the outlet", () => {
    const claims = DATASET.claims.map((c, i) => (i === 1 ? { ...c, phrasingSources: [{ text: 'shelling of the capital', sourceId: 'wire' }] } : c));
    const r = buildSearchIndex([{ ...DATASET, claims }], NAMES).search('shelling capital');
    expect(r.claims[0]!.hits.find((h) => h.kind === 'phrasing')).toMatchObject({ text: 'shelling of the capital', by: 'Wire', refId: 'wire' });
  });

  it('never shows a headline rebuilt from a URL as a headline, though its words still find the claim', () => {
    const sources = DATASET.sources.map((s) => (s.id === 'wire' ? { ...s, headlineFromUrl: true } : s));
    const r = buildSearchIndex([{ ...DATASET, sources }], NAMES).search('capital shelled');
    expect(r.claims.map((c) => c.claimId)).toEqual(['shelling-stepanakert']);
    expect(r.claims[0]!.hits.map((h) => h.kind)).not.toContain('headline');
  });

  it('shows, from the bundled claims, no phrasing but the outlets\' own and no headline rebuilt from a URL, whatever is searched', () => {
    const data: Dataset = BUNDLED_DATASET;
    const bundled = buildSearchIndex([data], NAMES);
    const sourced = new Set(data.claims.flatMap((c) => (c.phrasingSources ?? []).map((p) => p.text)));
    const fromUrl = new Set(data.sources.filter((s) => s.headlineFromUrl).map((s) => s.headline));
    const words = new Set(data.claims.flatMap((c) => c.phrasings).flatMap((p) => p.split(/[\s,.:;!?'"“”‘’()]+/u)).filter((w) => w.length > 3));
    const shown = [...words].flatMap((w) => bundled.search(w, { limit: 50, hitsPerClaim: 50 }).claims.flatMap((c) => c.hits));
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.filter((h) => (h.kind === 'phrasing' && !sourced.has(h.text)) || (h.kind === 'headline' && fromUrl.has(h.text)))).toEqual([]);
    expect(shown.filter((h) => h.kind === 'phrasing').map((h) => h.by)).toContain('Dawn');
  });

  it('forgives a typo and finds a word still being typed', () => {
    expect(ids('pakistni')).toContain('pakistani-troops-agdam');
    expect(ids('specul')).toEqual(['pakistani-troops-agdam']);
  });

  it('finds a place by any of its spellings', () => {
    for (const q of ['Khankendi', 'Ханкенди', 'Ստեփանակերտ', 'xankendi']) {
      const r = index.search(q);
      expect(r.claims.map((c) => c.claimId), q).toEqual(['shelling-stepanakert']);
      expect(marked(r.claims[0]!.statement), q).toEqual(['Stepanakert']);
    }
    expect(ids('Агдам')).toEqual(['pakistani-troops-agdam']);
  });

  it('finds the region in Cyrillic and Armenian, also while it is being typed', () => {
    expect(ids('Нагорный Карабах')).toEqual(['pakistani-troops-agdam']);
    expect(ids('Արցախ')).toEqual(['pakistani-troops-agdam']);
    expect(ids('нагорный кара')).toEqual(['pakistani-troops-agdam']);
    const r = index.search('Нагорный Карабах');
    expect(marked(r.claims[0]!.statement)).toEqual(['Nagorno-Karabakh']);
  });

  it('needs every word of the query, and says so when only some are found', () => {
    expect(ids('pakistani shelled')).toHaveLength(2);
    expect(index.search('pakistani shelled').partial).toBe(true);
    expect(index.search('stepanakert shelled').partial).toBe(false);
    expect(ids('stepanakert shelled')).toEqual(['shelling-stepanakert']);
  });

  it('returns nothing for an empty, too short or unknown query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ')).toEqual([]);
    expect(ids('p')).toEqual([]);
    expect(ids('zzzzqqq')).toEqual([]);
  });

  it('lets the first dataset that defines a claim win', () => {
    const pack = { ...DATASET, id: 'pack', claims: [{ ...DATASET.claims[1]!, statement: 'Something else entirely' }] };
    const both = buildSearchIndex([DATASET, pack], NAMES);
    expect(both.claimCount).toBe(2);
    expect(both.search('entirely').claims).toEqual([]);
  });
});
