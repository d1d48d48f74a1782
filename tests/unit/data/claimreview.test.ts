import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET as data } from '@/src/data/bundled';
import { fromClaimReview, isClaimReviewJson } from '@/src/data/claimreview/from-claimreview';
import { ratingName } from '@/src/data/claimreview/rating';
import { toClaimReview } from '@/src/data/claimreview/to-claimreview';
import { quotePassages, sourceById } from '@/src/data/lookup';
import { loadedTermIn, verdictWordIn } from '@/src/data/wording';

const root = resolve(import.meta.dirname, '../../..');
const SCHEMA = 'https://schema.org/';
const KC = 'urn:karabakh-context:';

function exportCli(...args: string[]) {
  const run = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/claims-export.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

// The export must not need the network: any remote @context fetch fails the test.
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`JSON-LD processor tried to load ${url}`);
};

// @types/jsonld predates the `safe` option (fail on any dropped term or invalid value) of jsonld 9.
type Processor = (doc: object, options: object) => Promise<unknown>;
const expand = jsonld.expand as unknown as Processor;
const flatten = jsonld.flatten as unknown as (doc: object, ctx: null, options: object) => Promise<unknown>;
const LD = { documentLoader: offlineLoader, safe: true };

type Node = Record<string, unknown> & { '@id'?: string; '@type'?: string[] };
const values = (node: Node, prop: string) => (node[SCHEMA + prop] as Node[] | undefined) ?? [];
const value = (node: Node, prop: string) => values(node, prop)[0]?.['@value'];
const typeOf = (node: Node | undefined) => (node?.['@type'] ?? []).map((t) => t.replace(SCHEMA, ''));

/**
 * The schema.org properties the export uses, by the type it uses them on, each within that type's
 * properties on schema.org (a property of Thing or CreativeWork holds for every subtype):
 * https://schema.org/ClaimReview, /Claim, /Rating, /Quotation, /NewsArticle, /Dataset, /Organization, /Person.
 */
const THING = ['identifier', 'name', 'description', 'url', 'alternateName'];
const CREATIVE_WORK = [...THING, 'author', 'creator', 'publisher', 'datePublished', 'dateCreated', 'keywords', 'about', 'text', 'isBasedOn', 'headline', 'hasPart'];
const PROPERTIES: Record<string, string[]> = {
  ClaimReview: [...CREATIVE_WORK, 'claimReviewed', 'itemReviewed', 'reviewRating'],
  Claim: [...CREATIVE_WORK, 'appearance'],
  Rating: [...THING, 'ratingExplanation'],
  Quotation: CREATIVE_WORK,
  NewsArticle: CREATIVE_WORK,
  Dataset: CREATIVE_WORK,
  Organization: [...THING, 'parentOrganization'],
  Person: [...THING, 'jobTitle', 'affiliation'],
};

/** Every node of an expanded document, nested ones included. */
function allNodes(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => [
    n,
    ...allNodes(
      Object.entries(n)
        .filter(([k]) => !k.startsWith('@'))
        .flatMap(([, v]) => (Array.isArray(v) ? (v as Node[]).filter((x) => typeof x === 'object' && x !== null && !('@value' in x) && !('@list' in x)) : [])),
    ),
  ]);
}

describe('claims:export (ClaimReview JSON-LD)', () => {
  const cli = exportCli();
  const doc = JSON.parse(cli.out || '{}') as object;

  it('prints JSON-LD that a JSON-LD processor expands, offline, into one graph with one ClaimReview per claim, and that reads back', async () => {
    expect(cli.err).toBe('');
    expect(cli.code).toBe(0);
    expect(Object.keys(doc)).toEqual(['@context', '@graph']);
    const expanded = (await expand(doc, LD)) as Node[];
    // Nothing at the top but the nodes: no named graph, so reviews and the sources they cite are in one graph.
    expect(expanded.some((n) => '@graph' in n)).toBe(false);
    const reviews = expanded.filter((n) => typeOf(n).includes('ClaimReview'));
    expect(reviews.map((r) => value(r, 'claimReviewed'))).toEqual(data.claims.map((c) => c.statement));
    expect(expanded.filter((n) => typeOf(n).includes('NewsArticle')).map((n) => value(n, 'identifier'))).toEqual(data.sources.map((s) => s.id));
    expect(fromClaimReview(doc, 'stdout')).toEqual({ ok: true, dataset: data });
  });

  it('gives every review its author, url, date, the claim reviewed, and the claim with typed appearances', async () => {
    const expanded = (await expand(doc, LD)) as Node[];
    const reviews = expanded.filter((n) => typeOf(n).includes('ClaimReview'));
    reviews.forEach((review, i) => {
      const claim = data.claims[i]!;
      const author = values(review, 'author')[0];
      expect(typeOf(author)).toEqual(['Organization']);
      expect(value(author!, 'name')).toBe('Karabakh Context');
      expect(values(review, 'url')[0]?.['@id']).toBe(`${KC}claim:${claim.id}`);
      expect(value(review, 'datePublished')).toBe(data.published);
      const item = values(review, 'itemReviewed')[0]!;
      expect(typeOf(item)).toEqual(['Claim']);
      expect(values(item, 'author').map((a) => value(a, 'name'))).toEqual(claim.claimants.map((c) => c.name));
      // A date the source gives outright is the claim's datePublished; a bounded one is not claimed as one.
      expect(value(item, 'datePublished')).toBe(claim.dateQualifier ? undefined : claim.date);
      const appearances = values(item, 'appearance');
      expect(appearances.map((a) => a['@id'])).toEqual(claim.sourceIds.map((id) => `${KC}source:${id}`));
      appearances.forEach((a, j) => {
        const source = sourceById(data, claim.sourceIds[j]!)!;
        expect(typeOf(a)).toEqual(['NewsArticle']);
        expect(value(values(a, 'publisher')[0]!, 'name')).toBe(source.publisher);
        expect(typeOf(values(a, 'publisher')[0])).toEqual(['Organization']);
        expect(value(a, 'datePublished')).toBe(source.date);
        expect(values(a, 'url')[0]?.['@id']).toBe(source.url);
        // A headline rebuilt from the URL is not given as the page's headline.
        expect(value(a, 'headline')).toBe(source.headlineFromUrl ? undefined : source.headline);
      });
      const rating = values(review, 'reviewRating')[0]!;
      expect(typeOf(rating)).toEqual(['Rating']);
      expect(value(rating, 'alternateName')).toBeTruthy();
      // No truth scale: no value, no best or worst.
      for (const p of ['ratingValue', 'bestRating', 'worstRating']) expect(values(rating, p), p).toEqual([]);
    });
  });

  it('uses each schema.org property only on a type that has it', async () => {
    const nodes = allNodes((await expand(doc, LD)) as Node[]);
    const misplaced = nodes.flatMap((n) => {
      const types = typeOf(n);
      if (types.length === 0) return [];
      return Object.keys(n)
        .filter((k) => k.startsWith(SCHEMA))
        .map((k) => k.slice(SCHEMA.length))
        .filter((p) => !types.some((t) => PROPERTIES[t]?.includes(p)))
        .map((p) => `${types.join(',')}.${p}`);
    });
    expect(nodes.length).toBeGreaterThan(100);
    expect([...new Set(misplaced)]).toEqual([]);
    expect(nodes.flatMap((n) => typeOf(n)).filter((t) => !(t in PROPERTIES))).toEqual([]);
  });

  it('resolves every reference (appearances, answers, context) to a typed node of the same graph', async () => {
    const flat = (await flatten(doc, null, LD)) as Node[];
    const typed = new Set(flat.filter((n) => typeOf(n).length > 0).map((n) => n['@id']));
    const refs = flat.flatMap((n) =>
      ['appearance', 'isBasedOn', 'about', 'author', 'hasPart'].flatMap((p) => values(n, p).map((r) => r['@id'])).filter((id) => id !== undefined && !id.startsWith('_:')),
    );
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((id) => !typed.has(id))).toEqual([]);
  });

  it('takes the page the reviews are published on, and refuses one that is not an https URL', () => {
    const run = exportCli('--page=https://example.org/karabakh-claims');
    const reviews = (JSON.parse(run.out) as { '@graph': { '@type': string; url?: string }[] })['@graph'].filter((n) => n['@type'] === 'ClaimReview');
    expect(reviews.map((r) => r.url)).toEqual(data.claims.map((c) => `https://example.org/karabakh-claims#${c.id}`));
    expect(exportCli('--page=javascript:alert(1)')).toMatchObject({ code: 1, out: '' });
  });

  it('refuses to export a broken dataset and says why', () => {
    const run = exportCli('tests/unit/data/fixtures/broken-reference.json');
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain('broken-reference.json: $.responses[0].sourceId: reference:');
  });
});

describe('ClaimReview ratings: attributed answers, never a verdict', () => {
  const doc = toClaimReview(data) as { '@graph': { '@type': string; identifier: string; reviewRating: { alternateName: string; ratingExplanation: string } }[] };
  const reviews = doc['@graph'].filter((n) => n['@type'] === 'ClaimReview');

  it("names who answered and how, in the speaker's quoted words", () => {
    const names = reviews.map((r) => r.reviewRating.alternateName);
    expect(names[0]).toBe("Pakistan's Foreign Office rejected it: “speculative and baseless”; Context from Ilham Aliyev");
    expect(names[1]).toBe("Pakistan's Foreign Office rejected it: “baseless and unwarranted”");
    expect(names[2]).toBe("Charles Michel called for a halt; Statement by Hikmet Hajiyev; Accusation by Armenia's foreign ministry");
    for (const name of names) {
      expect(verdictWordIn(name), name).toBeUndefined();
      expect(loadedTermIn(name), name).toBeUndefined();
    }
    expect(ratingName([])).toBe('No response recorded; see context');
  });

  it("never puts an outlet's reported speech in quotation marks as the speaker's words", () => {
    for (const review of reviews) {
      const { alternateName, ratingExplanation } = review.reviewRating;
      for (const r of data.responses.filter((x) => x.claimId === review.identifier)) {
        const source = sourceById(data, r.sourceId)!;
        const lines = ratingExplanation.split('\n');
        const prefix = r.reported ? `${source.publisher}, reporting what ${r.speaker.name}` : r.speaker.name;
        const line = lines.find((l) => l.startsWith(prefix));
        expect(line, `${r.id} is explained under ${prefix}`).toBeDefined();
        for (const p of quotePassages(r.quote)) {
          if (r.reported) {
            // The outlet's sentence, after the outlet's name and in no quotation marks of ours.
            expect(line, r.id).toContain(`in its own words: `);
            expect(line, r.id).toContain(p);
            expect(lines.filter((l) => l.includes(`“${p}”`)), r.id).toEqual([]);
            expect(alternateName, r.id).not.toContain(p);
          } else {
            expect(line, r.id).toContain(`“${p}”`);
          }
        }
      }
    }
  });
});

describe('ClaimReview import', () => {
  it('round-trips: dataset -> JSON-LD -> dataset is deep-equal', () => {
    const back = fromClaimReview(JSON.parse(JSON.stringify(toClaimReview(data))), 'export.jsonld');
    expect(back).toEqual({ ok: true, dataset: data });
  });

  it('round-trips a dataset whose responses interleave claims and whose context comes in another order', () => {
    const shuffled = { ...data, responses: [...data.responses].reverse(), context: [...data.context].reverse() };
    expect(fromClaimReview(toClaimReview(shuffled), 'x')).toEqual({ ok: true, dataset: shuffled });
  });

  it('still reads the earlier shape, with sources and context beside the graph', () => {
    const graph = (toClaimReview(data) as { '@graph': Record<string, unknown>[] })['@graph'];
    const head = graph.find((n) => n['@type'] === 'Dataset')!;
    const earlier = {
      '@context': { '@vocab': SCHEMA, kc: KC },
      '@type': 'kc:ClaimPack',
      identifier: head.identifier,
      name: head.name,
      datePublished: head.datePublished,
      'kc:version': head['kc:version'],
      '@graph': graph.filter((n) => n['@type'] === 'ClaimReview'),
      'kc:sources': graph.filter((n) => n['@type'] === 'NewsArticle'),
      'kc:context': graph.filter((n) => n['@type'] === 'Quotation'),
    };
    expect(fromClaimReview(earlier, 'old.jsonld')).toEqual({ ok: true, dataset: data });
  });

  it('reports what is missing from a hand-written ClaimReview instead of guessing', () => {
    const plain = [{ '@type': 'ClaimReview', claimReviewed: 'Someone said something.', itemReviewed: { '@type': 'Claim' } }];
    expect(isClaimReviewJson(plain)).toBe(true);
    expect(isClaimReviewJson(data)).toBe(false);
    const result = fromClaimReview(plain, 'pack.jsonld');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['$.claims[0].id', '$.claims[0].date', '$.claims[0].claimants']),
    );
  });

  it('holds an imported pack to the same rules, e.g. no script URLs', () => {
    const doc = toClaimReview(data) as { '@graph': { '@type': string; url?: string }[] };
    doc['@graph'].find((n) => n['@type'] === 'NewsArticle')!.url = 'javascript:alert(1)';
    const result = fromClaimReview(doc, 'evil.jsonld');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toContain('$.sources[0].url unsafe-url');
  });
});
