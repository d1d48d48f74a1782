/**
 * What the bundled dataset shows a reader is what its sources say, labelled as they say it: roles and
 * titles from the cited document, kinds named by the source's own verb, the speaker's own words only
 * where the source quotes them, no loaded term in our own voice, headlines only where a page showed
 * one. The checks read the seed documents in tests/seeds, as the verbatim test does.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET as data } from '@/src/data/bundled';
import { claimById, quotePassages, sourceById } from '@/src/data/lookup';
import type { ResponseKind } from '@/src/data/schema';
import { loadedTermIn, ownWords } from '@/src/data/wording';
import { isQuotedIn, normaliseForQuote, quotedFragments, seedText, sourcesMd, sourcesMdRows } from './seeds';

function seedOf(sourceId: string): string {
  const document = sourceById(data, sourceId)?.document;
  if (!document) throw new Error(`source ${sourceId} has no seed document`);
  return seedText(document);
}

const claimSeeds = (claimId: string) => claimById(data, claimId)!.sourceIds.map(seedOf).join('\n');

// Words that carry no claim of their own in a role ("made the claim", "one of the ...").
const FUNCTION_WORDS = new Set('the of a an and in on as to its it by for how out other made said with'.split(' '));

/** The words of a name, role or title that the source does not hold (compared on their first five letters). */
function wordsMissingFrom(text: string, document: string): string[] {
  const words = (s: string) =>
    (s.toLowerCase().replace(/[’']s\b/g, '').match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w));
  // Every start of 3 to 5 letters of the document's words, so "side" is found in "sides", "accused" in "accusation".
  const held = new Set(words(document).flatMap((w) => [3, 4, 5].map((n) => w.slice(0, n))));
  return words(text).filter((w) => !held.has(w.slice(0, 5)));
}

/** The verb a source uses for each kind that names an act; 'statement' and 'context' name none. */
const KIND_VERB: Partial<Record<ResponseKind, RegExp>> = {
  denial: /\bden(?:y|ies|ied|ial)/i,
  rejection: /\breject/i,
  rebuttal: /\b(?:rebut|disput|refut)/i,
  confirmation: /\bconfirm/i,
  'call-to-halt': /\b(?:halt|stop)/i,
  accusation: /\baccus/i,
};

describe('bundled dataset: what the sources say, as they say it', () => {
  it('takes every speaker name, role and organisation from the cited source', () => {
    const missing = data.responses.flatMap((r) =>
      [r.speaker.name, r.speaker.role, r.speaker.organisation]
        .filter((t): t is string => t !== undefined)
        .flatMap((t) => wordsMissingFrom(t, seedOf(r.sourceId)).map((w) => `${r.id}: "${t}" (${w})`)),
    );
    expect(missing).toEqual([]);
  });

  it("takes every claimant's name, title, organisation and role from the claim's sources", () => {
    const missing = data.claims.flatMap((c) =>
      c.claimants.flatMap((p) =>
        [p.name, p.title, p.organisation, p.role]
          .filter((t): t is string => t !== undefined)
          .flatMap((t) => wordsMissingFrom(t, claimSeeds(c.id)).map((w) => `${c.id}: "${t}" (${w})`)),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("names each answer's kind by the verb its source uses, next to the quoted words", () => {
    const unsupported = data.responses.flatMap((r) => {
      const verb = KIND_VERB[r.kind];
      if (!verb) return [];
      const doc = normaliseForQuote(seedOf(r.sourceId));
      const first = normaliseForQuote(quotePassages(r.quote)[0]!);
      const at = doc.indexOf(first);
      const near = doc.slice(Math.max(0, at - 300), at + first.length);
      return at >= 0 && verb.test(near) ? [] : [`${r.id} (${r.kind})`];
    });
    expect(unsupported).toEqual([]);
  });

  it('never has a claimant answer its own claim with a confirmation', () => {
    for (const r of data.responses.filter((x) => x.kind === 'confirmation')) {
      const claimants = claimById(data, r.claimId)!.claimants.flatMap((p) => [p.name, p.organisation]);
      expect(claimants, r.id).not.toContain(r.speaker.name);
      expect(claimants, r.id).not.toContain(r.speaker.organisation);
    }
  });

  it("marks a quote as reported exactly when the source does not put it in quotation marks as the speaker's words", () => {
    const wrong = data.responses.flatMap((r) => {
      const direct = quotePassages(r.quote).every((p) => isQuotedIn(p, seedOf(r.sourceId)));
      return direct === (r.reported !== true) ? [] : [`${r.id}: ${direct ? 'quoted in the source, marked reported' : 'reported speech, not marked'}`];
    });
    expect(wrong).toEqual([]);
    expect(data.responses.filter((r) => r.reported).map((r) => r.id)).toContain('resp-aliyev-no-external-help');
  });

  it("puts in quotation marks, in statements and summaries, only what the source quotes as the speaker's words", () => {
    const texts = [
      ...data.claims.map((c) => ({ id: c.id, text: c.statement, doc: claimSeeds(c.id) })),
      ...data.responses.flatMap((r) => (r.summary ? [{ id: r.id, text: r.summary, doc: seedOf(r.sourceId) }] : [])),
    ];
    const fragments = texts.flatMap(({ id, text, doc }) => quotedFragments(text).map((f) => ({ id, f, doc })));
    expect(fragments.length).toBeGreaterThan(8);
    expect(fragments.filter(({ f, doc }) => !isQuotedIn(f, doc)).map(({ id, f }) => `${id}: ${f}`)).toEqual([]);
  });

  it("quotes an outlet's own words in titles and date notes verbatim", () => {
    const texts = [
      ...data.claims.flatMap((c) => (c.dateNote ? [{ id: c.id, text: c.dateNote, doc: claimSeeds(c.id) }] : [])),
      ...data.responses.flatMap((r) => (r.dateNote ? [{ id: r.id, text: r.dateNote, doc: seedOf(r.sourceId) }] : [])),
      ...data.context.flatMap((c) => [c.title, c.dateNote ?? ''].map((text) => ({ id: c.id, text, doc: seedOf(c.sourceId) }))),
    ];
    const fragments = texts.flatMap(({ id, text, doc }) => quotedFragments(text).map((f) => ({ id, f, doc })));
    expect(fragments.length).toBeGreaterThan(4);
    expect(fragments.filter(({ f, doc }) => !normaliseForQuote(doc).includes(normaliseForQuote(f))).map(({ id, f }) => `${id}: ${f}`)).toEqual([]);
  });

  it('uses no term that takes a side in its own voice (titles, statements, summaries, roles, tags)', () => {
    expect(ownWords(data).filter(({ text }) => loadedTermIn(text)).map(({ path, text }) => `${path}: ${text}`)).toEqual([]);
    // The speakers' and outlets' own words still say what they said.
    expect(data.context.some((c) => quotePassages(c.quote).some((p) => /occupying forces/.test(p)))).toBe(true);
  });

  it('gives each source the headline sources.md or its document shows, and marks one rebuilt from its URL', () => {
    const rows = sourcesMdRows();
    expect(rows.length).toBe(5);
    for (const s of data.sources) {
      const row = rows.find((r) => r.file === s.document && r.headline === s.headline);
      if (s.headlineFromUrl) {
        expect(row?.headlineFromUrl, `${s.id}: sources.md marks this headline as from the URL`).toBe(true);
        continue;
      }
      expect(rows.some((r) => r.headlineFromUrl && r.headline === s.headline), `${s.id}: a headline rebuilt from a URL`).toBe(false);
      // A page's headline: in the document itself (001, 003, 004) or named by sources.md (wire and other copies).
      const shown = normaliseForQuote([s.document ? seedText(s.document) : '', sourcesMd()].join('\n'));
      expect(shown, s.id).toContain(normaliseForQuote(s.headline));
    }
    expect(data.sources.filter((s) => s.headlineFromUrl).map((s) => s.id)).toEqual(['src-dailytimes-2020-10-02', 'src-echonews-2020-10-18']);
  });

  it("shows as an outlet's only phrasings that are its words (its headline or its text; a headline's letter case aside)", () => {
    const sourced = data.claims.flatMap((c) => (c.phrasingSources ?? []).map((p) => ({ ...p, claim: c.id })));
    expect(sourced.length).toBeGreaterThanOrEqual(2);
    for (const p of sourced) {
      const s = sourceById(data, p.sourceId)!;
      const words = normaliseForQuote([s.headlineFromUrl ? '' : s.headline, s.document ? seedText(s.document) : ''].join('\n')).toLowerCase();
      expect(words, `${p.claim}: ${p.text}`).toContain(normaliseForQuote(p.text).toLowerCase());
    }
  });

  it('keeps the corrections issue 16 asked for', () => {
    const response = (id: string) => data.responses.find((r) => r.id === id)!;
    expect(response('resp-eu-michel-halt')).toMatchObject({ kind: 'call-to-halt', speaker: { name: 'Charles Michel', role: 'EU chief' } });
    expect(response('resp-azerbaijan-mod-local-character').kind).toBe('context');
    expect(response('resp-hajiyev-close-to-completion')).toMatchObject({ kind: 'statement', speaker: { role: 'Azerbaijani presidential adviser' } });
    expect(response('resp-hajiyev-close-to-completion').speaker.organisation).toBeUndefined();
    const claim = (id: string) => claimById(data, id)!;
    expect(claim('azerbaijan-anti-terrorist-operation-2023').claimants.map((c) => c.name)).not.toContain('Hikmet Hajiyev');
    expect(claim('pakistan-special-forces-pashinyan-2020')).toMatchObject({ date: '2020-10-17', dateQualifier: 'before' });
    expect(claim('pakistan-special-forces-pashinyan-2020').statement).not.toMatch(/interview/);
    expect(claim('ceasefire-violations-2020')).toMatchObject({ date: '2020-10-17', dateQualifier: 'before' });
    expect(claim('pakistan-troops-agdam-2020')).toMatchObject({ date: '2020-09-28', dateQualifier: 'week-of' });
    expect(claim('pakistan-troops-agdam-2020').dateNote).toContain('“this week”');
  });
});
