/**
 * The popup's search index, prepared by the background with the matcher's: the popup reads it from
 * storage a query at a time, finds an imported pack's claims, and never finds a claim of packs it no
 * longer has.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NAMES } from '@/src/core/names';
import { importPack, removePack } from '@/src/packs/store';
import { prepareIndex } from '@/src/prepared/prepare';
import { SEARCH_BUILD, SEARCH_KEY } from '@/src/prepared/search-format';
import { readPreparedSearch, storageSearchShards } from '@/src/prepared/search-read';
import { PartialSearch, StaleSearchIndex } from '@/src/search/partial-search';
import { compilePlaceNames } from '@/src/search/place-names';
import { samplePack } from '../packs/pack-fixture';

beforeEach(() => {
  fakeBrowser.reset();
});

const places = compilePlaceNames(NAMES);
const searchKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(`${SEARCH_KEY}:`));

async function readySearch(): Promise<PartialSearch> {
  const state = await readPreparedSearch();
  expect(state?.state).toBe('ready');
  return new PartialSearch(state!.meta!, places, storageSearchShards);
}

describe('the prepared search index', () => {
  it('finds an imported pack’s claim, with its answer, from storage', async () => {
    const pack = { ...samplePack('first', 'First pack'), claims: [{ ...samplePack('first').claims[0]!, statement: 'Zanzibari volunteers were sent to Nagorno-Karabakh.' }] };
    await importPack('first.json', JSON.stringify(pack));
    await prepareIndex();
    const r = await (await readySearch()).search('zanzibari volunteers');
    expect(r.claims.map((c) => c.claimId)).toEqual(['first-claim-1']);
    expect(r.claims[0]!.answers.map((a) => a.quote.text)).toEqual(['These reports are baseless.']);
    expect((await readPreparedSearch())?.suggestions).toContain('Pakistani troops');
  });

  it('leaves no shard of a removed pack, and an index read before the change is refused, not mixed', async () => {
    const first = { ...samplePack('first'), claims: [{ ...samplePack('first').claims[0]!, statement: 'Zanzibari volunteers were sent.' }] };
    await importPack('first.json', JSON.stringify(first));
    await prepareIndex();
    const before = await readySearch();
    await removePack(first.id);
    expect(await prepareIndex()).toMatchObject({ state: 'none' });
    expect(await readPreparedSearch()).toMatchObject({ state: 'none', packs: [] });
    expect(await searchKeys()).toEqual([]);
    await expect(before.search('zanzibari')).rejects.toBeInstanceOf(StaleSearchIndex);

    const second = { ...samplePack('second'), claims: [{ ...samplePack('second').claims[0]!, statement: 'Tasmanian advisers were sent.' }] };
    await importPack('second.json', JSON.stringify(second));
    await prepareIndex();
    const after = await readySearch();
    expect((await after.search('zanzibari')).claims).toEqual([]);
    expect((await after.search('tasmanian advisers')).claims.map((c) => c.claimId)).toEqual(['second-claim-1']);
  });

  it('is not used when another build of the search made it', async () => {
    await fakeBrowser.storage.local.set({ [SEARCH_KEY]: { build: 'another', packs: [], state: 'none' } });
    expect(await readPreparedSearch()).toBeUndefined();
    expect(SEARCH_BUILD).not.toBe('another');
  });
});
