import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET as data } from '@/src/data/bundled';
import { validateDataset } from '@/src/data/validate';
import { ownWords, verdictWordIn } from '@/src/data/wording';
import { quotePassages, sourceById } from '@/src/data/lookup';
import { normaliseForQuote, seedText, TTP_ARTICLE_START, verifiedUrls } from './seeds';

const allQuotes = [
  ...data.responses.map((r, i) => ({ path: `responses[${i}] ${r.id}`, quote: r.quote, sourceId: r.sourceId })),
  ...data.context.map((c, i) => ({ path: `context[${i}] ${c.id}`, quote: c.quote, sourceId: c.sourceId })),
];

describe('bundled dataset', () => {
  it('passes the schema and every integrity rule, with links limited to the verified ones', () => {
    const result = validateDataset(data, 'src/data/claims.json', { verifiedUrls: verifiedUrls() });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(allQuotes)('$path quotes its source document verbatim', ({ quote, sourceId }) => {
    const source = sourceById(data, sourceId);
    expect(source?.document, `source ${sourceId} names its seed document`).toBeTruthy();
    const doc = normaliseForQuote(seedText(source!.document!));
    for (const passage of quotePassages(quote)) {
      expect(doc, passage).toContain(normaliseForQuote(passage));
    }
  });

  it('has unique ids across claims, responses, sources and context', () => {
    const ids = [...data.claims, ...data.responses, ...data.sources, ...data.context].map((x) => x.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('resolves every reference', () => {
    const claims = new Set(data.claims.map((c) => c.id));
    const sources = new Set(data.sources.map((s) => s.id));
    const dangling = [
      ...data.claims.flatMap((c) => c.sourceIds.filter((id) => !sources.has(id))),
      ...data.responses.flatMap((r) => [r.claimId].filter((id) => !claims.has(id))),
      ...data.responses.flatMap((r) => [r.sourceId].filter((id) => !sources.has(id))),
      ...data.context.flatMap((c) => [...c.claimIds.filter((id) => !claims.has(id)), ...[c.sourceId].filter((id) => !sources.has(id))]),
    ];
    expect(dangling).toEqual([]);
  });

  it('gives every claim a source and at least one response or context', () => {
    for (const claim of data.claims) {
      expect(claim.sourceIds.length, claim.id).toBeGreaterThan(0);
      const answered =
        data.responses.some((r) => r.claimId === claim.id) || data.context.some((c) => c.claimIds.includes(claim.id));
      expect(answered, claim.id).toBe(true);
    }
  });

  it('links only https URLs that sources.md lists as verified, and every seed source has its verified URL', () => {
    const verified = verifiedUrls();
    expect(verified.size).toBe(5);
    const urls = data.sources.flatMap((s) => s.url ?? []);
    for (const url of urls) {
      expect(url.startsWith('https://'), url).toBe(true);
      expect(verified.has(url), url).toBe(true);
    }
    expect(new Set(urls)).toEqual(verified);
    expect(JSON.stringify(data).match(/http:\/\/|qatarday|dawn\.com|aa\.com\.tr/)?.[0]).toBeUndefined();
  });

  it('keeps its own wording attributive: no verdict words outside quotes', () => {
    const texts = ownWords(data);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(({ text }) => verdictWordIn(text) !== undefined)).toEqual([]);
  });

  it('leaves out the unrelated TTP article that follows in document 004', () => {
    const doc004 = seedText('004_6ab5daed01002c1d.txt');
    const ttp = normaliseForQuote(doc004.slice(doc004.indexOf(TTP_ARTICLE_START)));
    expect(ttp.length).toBeGreaterThan(1000);
    const passages = allQuotes.flatMap((q) => quotePassages(q.quote)).map(normaliseForQuote);
    expect(passages.filter((p) => ttp.includes(p))).toEqual([]);
    expect(JSON.stringify(data).match(/\bTTP\b|Tehreek|khwarij|Khyber|Lakki|Tank District/)?.[0]).toBeUndefined();
  });

  it('covers the claims and answers the documents hold', () => {
    const quoteText = (claimId: string) =>
      data.responses.filter((r) => r.claimId === claimId).flatMap((r) => quotePassages(r.quote)).join(' | ');
    expect(quoteText('pakistan-troops-agdam-2020')).toMatch(/speculative and baseless.*Such reports are irresponsible.*did not need external help/s);
    expect(quoteText('pakistan-special-forces-pashinyan-2020')).toMatch(/baseless and unwarranted.*irresponsible propaganda/s);
    expect(quoteText('azerbaijan-anti-terrorist-operation-2023')).toMatch(/ethnic cleansing.*immediately halted.*close to completion/s);
    expect(quoteText('armenia-ethnic-cleansing-accusation-2023')).toMatch(/of a local character/);
    const contextText = data.context.flatMap((c) => quotePassages(c.quote)).join(' | ');
    for (const fact of [
      /United Nations Security Council resolutions/,
      /1994 ceasefire ended a brutal war that killed 30,000/,
      /re-erupted on September 27/,
      /Ganja/,
      /humanitarian truce/,
      /accused each other of violating the deal/,
      /Russian-made 2019-model Ural trucks/,
      /military-to-military cooperation and defense collaboration/,
      /deeply concerned over the deteriorating security situation/,
      /the heaviest fighting in years/,
      /France, Russia and NATO, among others, have urged an immediate halt/,
      /acknowledged Pakistan’s continued support .*“to a new level\.”/,
      /The seeming tit-for-tat attacks further undermine international efforts/,
    ]) {
      expect(contextText).toMatch(fact);
    }
  });

  it('gives each claim 6 to 15 distinct phrasings, some not in English', () => {
    for (const claim of data.claims) {
      expect(claim.phrasings.length, claim.id).toBeGreaterThanOrEqual(6);
      expect(claim.phrasings.length, claim.id).toBeLessThanOrEqual(15);
      expect(new Set(claim.phrasings.map((p) => p.toLowerCase())).size, claim.id).toBe(claim.phrasings.length);
    }
    expect(data.claims.flatMap((c) => c.phrasings).filter((p) => /[а-яё]/i.test(p)).length).toBeGreaterThan(5);
  });
});
