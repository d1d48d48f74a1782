import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matcherFromIndex } from '@/src/core/matcher';
import { keysOf, PartialIndex } from '@/src/core/matching/index-shards';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { runSliced } from '@/src/page/run-sliced';
import { importPack, setPackEnabled } from '@/src/packs/store';
import { cardData, cardDatasets, PREPARED_KEY, shardKey, type PreparedIndex } from '@/src/prepared/format';
import { prepareIndex } from '@/src/prepared/prepare';
import { packsKey } from '@/src/prepared/packs-key';
import { readPreparedIndex, storageShards } from '@/src/prepared/read';
import { resolveClaim } from '@/src/ui/claim-view/resolve';
import { samplePack } from '../packs/pack-fixture';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async () => (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;

describe('the prepared packs index', () => {
  it('holds the enabled packs with the bundled claims in shards, which a page reads in part and matches with', async () => {
    const pack = samplePack('first', 'First pack');
    expect((await importPack('first.json', JSON.stringify(pack))).ok).toBe(true);
    const state = await prepareIndex();
    expect(state).toMatchObject({ state: 'ready', packs: [expect.stringMatching(/^first-pack@/)] });
    expect(await readPreparedIndex()).toEqual(state);
    const all = await stored();
    expect(all[shardKey('keys', state.counts!.keys - 1)]).toEqual(expect.any(String));

    const claim = pack.claims[0]!;
    const partial = new PartialIndex(state.meta!, storageShards);
    await runSliced(partial.extend(keysOf([claim.statement])));
    expect(matcherFromIndex(partial.index).matchSentence(claim.statement)[0]?.claimId).toBe(claim.id);
    // The card's data came with the frame: the claim resolves with its answers and sources.
    const datasets = [BUNDLED_DATASET, ...cardDatasets([partial.attached.get(claim.id) as NonNullable<ReturnType<typeof cardData>>])];
    expect(resolveClaim(datasets, claim.id)).toEqual(resolveClaim([pack], claim.id));
  });

  it('says "none" and leaves no shard behind once no pack is enabled', async () => {
    const pack = samplePack('first', 'First pack');
    await importPack('first.json', JSON.stringify(pack));
    const ready = await prepareIndex();
    await setPackEnabled(pack.id, false);
    expect(await prepareIndex()).toMatchObject({ state: 'none', packs: [] });
    const left = Object.keys(await stored()).filter((k) => k.startsWith(`${PREPARED_KEY}:`));
    expect(left).toEqual([]);
    expect(ready.counts!.docs).toBeGreaterThan(0);
  });

  it('keeps no shard of a larger index before once a pack is switched off', async () => {
    const [first, second] = [samplePack('first', 'First pack'), samplePack('second', 'Second pack')];
    await importPack('first.json', JSON.stringify(first));
    await importPack('second.json', JSON.stringify(second));
    const both = await prepareIndex();
    await setPackEnabled(second.id, false);
    const one = await prepareIndex();
    expect(one.counts!.docs).toBeLessThan(both.counts!.docs);
    const expected = (['keys', 'docs', 'frames'] as const).flatMap((kind) => Array.from({ length: one.counts![kind] }, (_, n) => shardKey(kind, n)));
    const left = Object.keys(await stored()).filter((k) => k.startsWith(`${PREPARED_KEY}:`));
    expect(left.sort()).toEqual(expected.sort());
  });

  it('names the enabled stored entries as they are, a damaged one too, so that it is not prepared again on every start', async () => {
    const pack = samplePack('first', 'First pack');
    await importPack('first.json', JSON.stringify(pack));
    const raw = [...((await fakeBrowser.storage.local.get('packs')).packs as unknown[]), { id: 'broken', enabled: true, importedAt: 'x', dataset: {} }, { id: 'off', enabled: false }];
    await fakeBrowser.storage.local.set({ packs: raw });
    expect(packsKey(raw)).toEqual([expect.stringMatching(/^first-pack@/), 'broken@x']);
    const state = await prepareIndex();
    expect(state).toMatchObject({ state: 'ready', packs: packsKey(raw) });
  });

  it('is not used when another build of the matcher made it', async () => {
    await fakeBrowser.storage.local.set({ [PREPARED_KEY]: { build: 'another', packs: [], state: 'none' } satisfies PreparedIndex });
    expect(await readPreparedIndex()).toBeUndefined();
  });
});
