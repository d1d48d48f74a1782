/**
 * Stored packs are checked again as they are read: an entry that fails (a broken importedAt, a dataset
 * that breaks a rule, something that is not a pack) is never active, is listed with its path-named
 * errors, and stays in storage until the reader removes it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadActiveDatasets } from '@/src/packs/active';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { packsItem } from '@/src/packs/items';
import { getStoredPacks, importPack, listPacks, removeDamagedPack, removePack } from '@/src/packs/store';
import { samplePack } from './pack-fixture';

const stored = (prefix: string, changes: Record<string, unknown> = {}) => ({
  id: `${prefix}-pack`,
  title: `Pack ${prefix}`,
  enabled: true,
  importedAt: '2026-11-25T12:00:00.000Z',
  dataset: samplePack(prefix, `Pack ${prefix}`),
  ...changes,
});

beforeEach(() => fakeBrowser.reset());

describe('stored packs that fail to load', () => {
  it('a broken importedAt: listed with its error, not active, still in storage', async () => {
    await fakeBrowser.storage.local.set({ packs: [stored('good'), stored('when', { importedAt: 'yesterday' })] });
    expect((await loadActiveDatasets()).map((d) => d.id)).toEqual([BUNDLED_DATASET.id, 'good-pack']);
    expect((await listPacks()).map((p) => p.id)).toEqual(['good-pack']);
    const { damaged } = await getStoredPacks();
    expect(damaged).toEqual([
      {
        index: 1,
        id: 'when-pack',
        title: 'Pack when',
        errors: [{ file: 'Pack when', path: '$.importedAt', rule: 'stored', message: 'not an ISO 8601 time' }],
      },
    ]);
    expect(await packsItem.getValue()).toHaveLength(2);
  });

  it('a dataset stored before a rule existed (a bidi override, an impossible date) is held to it', async () => {
    const old = stored('old');
    old.dataset.responses[0]!.quote = 'baseless\u202E';
    old.dataset.claims[0]!.date = '2020-13-45';
    await fakeBrowser.storage.local.set({ packs: [old] });
    expect((await loadActiveDatasets()).map((d) => d.id)).toEqual([BUNDLED_DATASET.id]);
    const [damaged] = (await getStoredPacks()).damaged;
    expect(damaged!.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['$.dataset.responses[0].quote unsafe-text', '$.dataset.claims[0].date schema']);
  });

  it('entries that are not packs at all, and a value that is not a list', async () => {
    await fakeBrowser.storage.local.set({ packs: [{ id: 'broken', dataset: 'nope' }, 42, stored('mismatch', { id: 'other-id' })] });
    const { packs, damaged } = await getStoredPacks();
    expect(packs).toEqual([]);
    expect(damaged.map((d) => [d.index, d.id, d.errors[0]?.path])).toEqual([
      [0, 'broken', '$.title'],
      [1, undefined, '$'],
      [2, 'other-id', '$.id'],
    ]);
    await fakeBrowser.storage.local.set({ packs: 'not a list' });
    expect((await getStoredPacks()).damaged).toEqual([
      { index: -1, errors: [{ file: 'stored packs', path: '$', rule: 'stored', message: 'the stored packs are not a list' }] },
    ]);
    await removeDamagedPack(-1, undefined);
    expect(await packsItem.getValue()).toEqual([]);
  });

  it('is removed by its place only if that place still holds it; the good packs stay', async () => {
    await fakeBrowser.storage.local.set({ packs: [stored('good'), 7, stored('when', { importedAt: 'x' })] });
    await removeDamagedPack(2, 'someone-else');
    expect(await packsItem.getValue()).toHaveLength(3);
    await removeDamagedPack(2, 'when-pack');
    await removeDamagedPack(1, undefined);
    expect((await packsItem.getValue()).map((p) => p.id)).toEqual(['good-pack']);
  });

  it('keeps its id: importing a pack with the same id is refused until the damaged one is removed', async () => {
    await fakeBrowser.storage.local.set({ packs: [stored('when', { importedAt: 'x' })] });
    const again = await importPack('when.json', JSON.stringify(samplePack('when')));
    expect(again).toMatchObject({ ok: false, errors: [{ path: '$.id', rule: 'unique-id', message: expect.stringContaining('could not be loaded') }] });
    await removePack('when-pack');
    expect((await importPack('when.json', JSON.stringify(samplePack('when')))).ok).toBe(true);
  });
});
