/**
 * The search on the index in storage shards answers every query as the index in memory does: the
 * same claims, order, scores, marks and answers, over the bundled claims and over a large synthetic
 * pack, while reading only part of the shards.
 */
import { describe, expect, it } from 'vitest';
import { NAMES } from '@/src/core/names';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import type { Dataset } from '@/src/data/schema';
import { buildSearchIndex } from '@/src/search';
import { claimDocuments } from '@/src/search/documents';
import { PartialSearch, StaleSearchIndex, type SearchShardReader } from '@/src/search/partial-search';
import { compilePlaceNames } from '@/src/search/place-names';
import { shardSearchTable, type SearchShards } from '@/src/search/shards';
import { indexWords } from '@/src/search/word-table';
import { resolveClaim } from '@/src/ui/claim-view/resolve';
import { cardDatasets } from '@/src/prepared/format';
import { syntheticDataset } from '../../support/synthetic-claims';

const places = compilePlaceNames(NAMES);

function sharded(datasets: readonly Dataset[], gen = 'g1'): SearchShards {
  return shardSearchTable(indexWords(claimDocuments(datasets), places), gen);
}

/** A reader over shards at hand that counts what it was asked for. */
function readerOf(s: SearchShards, gen = s.meta.gen) {
  const texts = new Map(s.shards.map((x) => [`${x.kind}:${x.n}`, x.text.replace(`"g":${JSON.stringify(s.meta.gen)}`, `"g":${JSON.stringify(gen)}`)]));
  const asked = new Set<string>();
  const read: SearchShardReader = async (kind, numbers) =>
    numbers.map((n) => {
      asked.add(`${kind}:${n}`);
      return texts.get(`${kind}:${n}`);
    });
  return { read, asked };
}

/** Queries as a reader types them: every prefix of real words, typos, several words, places in other scripts. */
function queries(datasets: readonly Dataset[]): string[] {
  const words = [...new Set(JSON.stringify(datasets.map((d) => d.claims.slice(0, 40))).match(/\p{L}{2,}/gu))].slice(0, 60);
  const out = ['pakistani troops', 'pakistni troops', 'Нагорный Карабах', 'нагорный кара', 'Արցախ', 'khankendi', 'пакистанский спецназ', 'Pakistan askerleri', 'پاکستانی فوج', 'speculative and baseless', 'pakistani t', 'the', 'a'];
  words.forEach((w, i) => out.push(w.slice(0, 2), w.slice(0, 4), w, `${w.slice(0, -1)}x`, `${w} ${words[(i * 7) % words.length]!}`));
  return out;
}

describe('the search on prepared shards', () => {
  for (const [name, datasets] of [
    ['the bundled claims', [BUNDLED_DATASET]],
    ['the bundled claims and a synthetic pack of 3,000 claims', [BUNDLED_DATASET, syntheticDataset(3000)]],
  ] as const) {
    it(`answers as the index in memory over ${name}`, async () => {
      const memory = buildSearchIndex(datasets, NAMES);
      const shards = sharded(datasets);
      const { read, asked } = readerOf(shards);
      const partial = new PartialSearch(shards.meta, places, read);
      const qs = queries(datasets);
      for (const q of qs) expect(await partial.search(q), q).toEqual(memory.search(q));
      // A short query reads a small part of the index.
      const few = readerOf(shards);
      await new PartialSearch(shards.meta, places, few.read).search('pakistani troops');
      expect(few.asked.size).toBeLessThan(shards.shards.length / 10);
      expect(asked.size).toBeLessThanOrEqual(shards.shards.length);
    }, 60_000);
  }

  it('gives the claims asked for by id as their datasets have them, for the claim view', async () => {
    const pack = syntheticDataset(200);
    const shards = sharded([BUNDLED_DATASET, pack]);
    const partial = new PartialSearch(shards.meta, places, readerOf(shards).read);
    const ids = [pack.claims[5]!.id, BUNDLED_DATASET.claims[0]!.id, 'no-such-claim'];
    const records = await partial.claimRecords(ids);
    expect(records.map((r) => r.claim.id)).toEqual(ids.slice(0, 2));
    const datasets = [BUNDLED_DATASET, ...cardDatasets(records)];
    expect(resolveClaim(datasets, ids[0]!)).toEqual(resolveClaim([pack], ids[0]!));
    expect(resolveClaim(datasets, ids[1]!)).toEqual(resolveClaim([BUNDLED_DATASET], ids[1]!));
  });

  it('refuses shards of another index rather than mixing two', async () => {
    const shards = sharded([BUNDLED_DATASET]);
    const partial = new PartialSearch(shards.meta, places, readerOf(shards, 'g2').read);
    await expect(partial.search('pakistani troops')).rejects.toBeInstanceOf(StaleSearchIndex);
    const missing = new PartialSearch(shards.meta, places, async (_kind, numbers) => numbers.map(() => undefined));
    await expect(missing.search('pakistani troops')).rejects.toBeInstanceOf(StaleSearchIndex);
  });
});
