import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { matcherFromIndex } from '@/src/core/matcher';
import { buildIndex, type ClaimIndex } from '@/src/core/matching/index';
import { keysOf, PartialIndex, shardIndex, type IndexShards, type ShardReader } from '@/src/core/matching/index-shards';
import { scanText, sentencesOf } from '@/src/core/scan';
import { runToEnd } from '@/src/core/steps';
import { SMALL_DATASET } from '../../support/small-dataset';
import { syntheticDataset } from '../../support/synthetic-claims';
import { runSliced } from '@/src/page/run-sliced';
import { corpusParagraphs } from '@/tests/support/corpus-texts';

const datasets = [BUNDLED_DATASET, SMALL_DATASET, syntheticDataset(300)];
const whole = runToEnd(buildIndex(datasets));
const shards = shardIndex(whole);

/** projectIndex, its reads answered from the shards at hand, and how many shards it read. */
async function project(from: IndexShards, keys: ReadonlySet<string>): Promise<{ index: ClaimIndex; read: number }> {
  let read = 0;
  const reader: ShardReader = async (kind, numbers) => {
    read += numbers.length;
    return numbers.map((n) => from[kind][n]);
  };
  const partial = new PartialIndex(from.meta, reader);
  await runSliced(partial.extend(keys));
  return { index: partial.index, read };
}

describe('the claim index in shards', () => {
  it('matches every real corpus article with the part its sentences reach as with the whole index', async () => {
    const articles = corpusParagraphs();
    const full = matcherFromIndex(whole);
    let matched = 0;
    let shardsRead = 0;
    for (const text of articles) {
      const keys = keysOf([...sentencesOf(text)].map((s) => s.text));
      const { index, read } = await project(shards, keys);
      shardsRead += read;
      const expected = scanText(text, full, { assumeTopic: true }).matches;
      expect(scanText(text, matcherFromIndex(index), { assumeTopic: true }).matches, text).toEqual(expected);
      matched += expected.length;
    }
    expect(matched).toBeGreaterThan(100);
    // Not the whole index each time: an article reads a part of the shards.
    const total = shards.keys.length + shards.docs.length + shards.frames.length;
    expect(shardsRead / articles.length).toBeLessThan(total / 2);
  }, 120_000);

  it('grows with a live page: what a second text reaches is read then, and only what was not read before', async () => {
    const [a, b] = corpusParagraphs().slice(0, 2) as [string, string];
    let read = 0;
    const partial = new PartialIndex(shards.meta, async (kind, numbers) => {
      read += numbers.length;
      return numbers.map((n) => shards[kind][n]);
    });
    const keys = (text: string) => keysOf([...sentencesOf(text)].map((s) => s.text));
    await runSliced(partial.extend(keys(a)));
    const first = read;
    await runSliced(partial.extend(keys(a)));
    expect(read).toBe(first);
    await runSliced(partial.extend(keys(b)));
    const full = matcherFromIndex(whole);
    expect(scanText(b, matcherFromIndex(partial.index), { assumeTopic: true }).matches).toEqual(scanText(b, full, { assumeTopic: true }).matches);
  });

  it('keeps what was attached to each claim with its frame', async () => {
    const attached = shardIndex(whole, (id) => ({ card: id }));
    const partial = new PartialIndex(attached.meta, async (kind, numbers) => numbers.map((n) => attached[kind][n]));
    await runSliced(partial.extend(keysOf(['Pakistan denies its troops fought alongside Azerbaijan against Armenia in Nagorno-Karabakh.'])));
    expect(partial.attached.size).toBeGreaterThan(0);
    for (const [id, data] of partial.attached) expect(data).toEqual({ card: id });
  });

  it('refuses an index field it has no shard for, rather than losing it', () => {
    expect(() => shardIndex({ ...whole, byParty: new Map() } as ClaimIndex)).toThrow(/"byParty" has no shard/);
  });
});
