import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET as data } from '@/src/data/bundled';
import { fromClaimReview, isClaimReviewJson, ratingName, toClaimReview } from '@/src/data/claimreview';
import { verdictWordIn } from '@/src/data/validate';

const root = resolve(import.meta.dirname, '../../..');
const SCHEMA = 'https://schema.org/';

function exportCli(...files: string[]) {
  const run = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/claims-export.ts', ...files], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

// The export must not need the network: any remote @context fetch fails the test.
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`JSON-LD processor tried to load ${url}`);
};

// @types/jsonld predates the `safe` option (fail on any dropped term or invalid value) of jsonld 9.
const expand = jsonld.expand as unknown as (doc: object, options: object) => Promise<unknown>;

type Expanded = Record<string, unknown[] | string | undefined>;
const value = (node: Expanded, prop: string) => (node[SCHEMA + prop] as { '@value'?: unknown }[] | undefined)?.[0]?.['@value'];

describe('claims:export (ClaimReview JSON-LD)', () => {
  it('prints JSON-LD that a JSON-LD processor expands into one ClaimReview per claim, and that reads back', async () => {
    const run = exportCli();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as object;
    const expanded = (await expand(doc, { documentLoader: offlineLoader, safe: true })) as Expanded[];
    const graph = (expanded[0]?.['@graph'] ?? []) as Expanded[];
    const reviews = graph.filter((n) => (n['@type'] as unknown as string[] | undefined)?.includes(SCHEMA + 'ClaimReview'));
    expect(reviews.map((r) => value(r, 'claimReviewed'))).toEqual(data.claims.map((c) => c.statement));
    const claimItem = (reviews[0]?.[SCHEMA + 'itemReviewed'] as Expanded[] | undefined)?.[0];
    expect(claimItem?.['@type']).toEqual([SCHEMA + 'Claim']);
    expect(value(claimItem!, 'datePublished')).toBe(data.claims[0]!.date);
    expect(fromClaimReview(doc, 'stdout')).toEqual({ ok: true, dataset: data });
  });

  it('refuses to export a broken dataset and says why', () => {
    const run = exportCli('tests/unit/data/fixtures/broken-reference.json');
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain('broken-reference.json: $.responses[0].sourceId: reference:');
  });

  it('rates by naming who answered, never with a verdict of its own', () => {
    const doc = toClaimReview(data) as { '@graph': { reviewRating: { alternateName: string; ratingExplanation: string } }[] };
    const names = doc['@graph'].map((r) => r.reviewRating.alternateName);
    expect(names[0]).toBe("Rejected by Pakistan's Foreign Office; Context from Ilham Aliyev");
    expect(names[1]).toBe("Rejected by Pakistan's Foreign Office");
    for (const name of names) expect(verdictWordIn(name), name).toBeUndefined();
    expect(doc['@graph'][1]!.reviewRating.ratingExplanation).toContain('“baseless and unwarranted”');
    expect(ratingName([])).toBe('No response recorded; see context');
  });

  it('round-trips: dataset -> JSON-LD -> dataset is deep-equal', () => {
    const back = fromClaimReview(JSON.parse(JSON.stringify(toClaimReview(data))), 'export.jsonld');
    expect(back).toEqual({ ok: true, dataset: data });
  });

  it('round-trips a dataset whose responses interleave claims and whose context comes in another order', () => {
    const shuffled = { ...data, responses: [...data.responses].reverse(), context: [...data.context].reverse() };
    expect(fromClaimReview(toClaimReview(shuffled), 'x')).toEqual({ ok: true, dataset: shuffled });
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
    const doc = toClaimReview(data) as { 'kc:sources': { url?: string }[] };
    doc['kc:sources'][0]!.url = 'javascript:alert(1)';
    const result = fromClaimReview(doc, 'evil.jsonld');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toContain('$.sources[0].url unsafe-url');
  });
});
