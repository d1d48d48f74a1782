import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toClaimReview } from '@/src/data/claimreview/to-claimreview';
import { loadActiveDatasets, watchActiveDatasets } from '@/src/packs/active';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { packsItem } from '@/src/packs/items';
import { MAX_DATASET_BYTES } from '@/src/data/parse';
import {
  exportBundled,
  exportPack,
  importPack,
  importPackFile,
  listPacks,
  removePack,
  setPackEnabled,
} from '@/src/packs/store';
import type { PackError } from '@/src/packs/types';
import { samplePack } from './pack-fixture';

const NOW = () => new Date('2026-11-25T12:00:00Z');
const json = (x: unknown) => JSON.stringify(x);

beforeEach(() => {
  fakeBrowser.reset();
});

async function importFirst() {
  const first = await importPack('first.json', json(samplePack('first', 'First pack')), NOW);
  expect(first.ok).toBe(true);
  return packsItem.getValue();
}

async function rejected(file: string, text: string): Promise<PackError[]> {
  const before = await packsItem.getValue();
  const result = await importPack(file, text, NOW);
  if (result.ok) throw new Error(`${file} was accepted`);
  // Nothing stored, nothing changed.
  expect(await packsItem.getValue()).toEqual(before);
  for (const e of result.errors) expect(e.file).toBe(file);
  return result.errors;
}

describe('importing a valid pack', () => {
  it('stores it enabled, lists it with its claim count, and adds it to the active datasets', async () => {
    const result = await importPack('test.json', json(samplePack()), NOW);
    expect(result).toMatchObject({ ok: true, pack: { id: 'test-pack', title: 'Test pack', enabled: true, importedAt: '2026-11-25T12:00:00.000Z' } });
    expect(await listPacks()).toEqual([
      { id: 'test-pack', title: 'Test pack', enabled: true, importedAt: '2026-11-25T12:00:00.000Z', claimCount: 1 },
    ]);
    expect((await loadActiveDatasets()).map((d) => d.id)).toEqual([BUNDLED_DATASET.id, 'test-pack']);
  });

  it('disabled packs leave the active datasets; removed packs leave the list', async () => {
    await importFirst();
    await importPack('second.json', json(samplePack('second', 'Second pack')), NOW);
    await setPackEnabled('first-pack', false);
    expect((await loadActiveDatasets()).map((d) => d.id)).toEqual([BUNDLED_DATASET.id, 'second-pack']);
    await removePack('second-pack');
    expect((await listPacks()).map((p) => [p.id, p.enabled])).toEqual([['first-pack', false]]);
  });

  it('tells watchers of the active datasets about each change', async () => {
    const seen: string[][] = [];
    const unwatch = watchActiveDatasets((ds) => seen.push(ds.map((d) => d.id)));
    await importFirst();
    await setPackEnabled('first-pack', false);
    unwatch();
    expect(seen).toEqual([
      [BUNDLED_DATASET.id, 'first-pack'],
      [BUNDLED_DATASET.id],
    ]);
  });

  it('a file the browser cannot read is an error of its own, not an exception', async () => {
    const unreadable = { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotReadableError: the file changed')) } as unknown as File;
    expect(await importPackFile(unreadable)).toEqual({
      ok: false,
      errors: [{ file: 'gone.json', path: '$', rule: 'read', message: 'could not be read: NotReadableError: the file changed' }],
    });
  });

  it('changes go through the lock every extension page shares, when the browser has one', async () => {
    const held: string[] = [];
    vi.stubGlobal('navigator', { locks: { request: (name: string, fn: () => Promise<unknown>) => (held.push(name), fn()) } });
    try {
      await importPack('a.json', json(samplePack('lock')), NOW);
      await setPackEnabled('lock-pack', false);
      await removePack('lock-pack');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(held).toEqual(['karabakh-context:packs', 'karabakh-context:packs', 'karabakh-context:packs']);
  });

  it('two imports started together both land', async () => {
    await Promise.all([
      importPack('a.json', json(samplePack('aaa')), NOW),
      importPack('b.json', json(samplePack('bbb')), NOW),
    ]);
    expect((await listPacks()).map((p) => p.id).sort()).toEqual(['aaa-pack', 'bbb-pack']);
  });
});

describe('malformed packs are rejected with file, path and rule, and earlier packs stay', () => {
  beforeEach(importFirst);

  it('bad JSON says where', async () => {
    const errors = await rejected('broken.json', '{\n  "version": 1,\n  "id": "x",, \n}');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '$', rule: 'json' });
    expect(errors[0]!.message).toMatch(/line 3, column \d+/);
  });

  it('a file over 5 MB is refused before it is parsed', async () => {
    const huge = '"' + 'x'.repeat(MAX_DATASET_BYTES) + '"';
    const errors = await rejected('huge.json', huge);
    expect(errors).toEqual([expect.objectContaining({ rule: 'size', path: '$', message: expect.stringMatching(/limit is 5\.0 MB/) })]);
    // The File path checks the size without reading the text.
    const file = new File(['{'.repeat(MAX_DATASET_BYTES + 1)], 'huge-file.json');
    const fromFile = await importPackFile(file);
    expect(fromFile).toMatchObject({ ok: false, errors: [{ file: 'huge-file.json', rule: 'size' }] });
  });

  it('a file in neither format', async () => {
    expect(await rejected('list.json', json([1, 2, 3]))).toEqual([expect.objectContaining({ rule: 'format', path: '$' })]);
    expect(await rejected('string.json', json('claims'))).toEqual([expect.objectContaining({ rule: 'format' })]);
  });

  it('the wrong schema names the path', async () => {
    const pack = samplePack('bad') as unknown as { claims: Record<string, unknown>[] };
    pack.claims[0]!.date = 'last week';
    const errors = await rejected('schema.json', json(pack));
    expect(errors).toContainEqual(expect.objectContaining({ path: '$.claims[0].date', rule: 'schema' }));
  });

  it('unknown keys', async () => {
    const errors = await rejected('unknown.json', json({ ...samplePack('unk'), extra: true }));
    expect(errors).toContainEqual(expect.objectContaining({ path: '$.extra', rule: 'schema' }));
  });

  it('http and javascript: links', async () => {
    const http = samplePack('http');
    http.sources[0]!.url = 'http://example.org/a';
    expect(await rejected('http.json', json(http))).toContainEqual(expect.objectContaining({ path: '$.sources[0].url', rule: 'https-only' }));
    const js = samplePack('js');
    js.sources[0]!.url = 'javascript:alert(1)';
    expect(await rejected('js.json', json(js))).toContainEqual(expect.objectContaining({ path: '$.sources[0].url', rule: 'unsafe-url' }));
    const data = samplePack('data');
    data.claims[0]!.statement = 'see data:text/html;base64,PHNjcmlwdD4=';
    expect(await rejected('data.json', json(data))).toContainEqual(expect.objectContaining({ path: '$.claims[0].statement', rule: 'unsafe-url' }));
  });

  it('markup such as <img onerror>', async () => {
    const pack = samplePack('img');
    pack.responses[0]!.quote = '<img src=x onerror="alert(1)">';
    expect(await rejected('img.json', json(pack))).toEqual([
      expect.objectContaining({ path: '$.responses[0].quote', rule: 'markup' }),
    ]);
  });

  it('duplicate ids inside the pack', async () => {
    const pack = samplePack('dup');
    pack.sources.push({ ...pack.sources[0]! });
    expect(await rejected('dup.json', json(pack))).toContainEqual(expect.objectContaining({ path: '$.sources[1].id', rule: 'unique-id' }));
  });

  it('ids colliding with another pack or the bundled set', async () => {
    const same = await rejected('again.json', json(samplePack('first', 'Another title')));
    expect(same).toContainEqual(expect.objectContaining({ path: '$.id', rule: 'unique-id', message: 'id "first-pack" is already used by the pack "First pack"' }));
    expect(same).toContainEqual(expect.objectContaining({ path: '$.claims[0].id', rule: 'unique-id' }));
    const bundledId = { ...samplePack('other'), id: BUNDLED_DATASET.id };
    expect(await rejected('bundled.json', json(bundledId))).toEqual([
      expect.objectContaining({ path: '$.id', rule: 'unique-id', message: expect.stringContaining('the bundled set') }),
    ]);
  });
});

describe('export', () => {
  it('export, remove, import gives the same pack', async () => {
    await importFirst();
    const before = (await packsItem.getValue())[0]!;
    const file = (await exportPack('first-pack'))!;
    expect(file.fileName).toBe('first-pack.json');
    await removePack('first-pack');
    const again = await importPack(file.fileName, file.text, NOW);
    expect(again).toEqual({ ok: true, pack: before });
    expect(await packsItem.getValue()).toEqual([before]);
  });

  it('imports the ClaimReview JSON-LD that claims:export writes, to the same dataset', async () => {
    const dataset = samplePack('cr', 'From ClaimReview');
    const result = await importPack('cr.jsonld', json(toClaimReview(dataset)), NOW);
    expect(result).toMatchObject({ ok: true, pack: { id: 'cr-pack', title: 'From ClaimReview', dataset } });
  });

  it('holds ClaimReview files to the same rules, with paths in the dataset', async () => {
    const dataset = samplePack('crbad');
    dataset.sources[0]!.url = 'javascript:alert(1)';
    const result = await importPack('bad.jsonld', json(toClaimReview(dataset)), NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContainEqual(expect.objectContaining({ file: 'bad.jsonld', path: '$.sources[0].url', rule: 'unsafe-url' }));
    expect(await listPacks()).toEqual([]);
  });

  it('exports the bundled set in the same format', () => {
    expect(JSON.parse(exportBundled().text)).toEqual(BUNDLED_DATASET);
  });
});

describe('a full storage area', () => {
  it('reports the failed write and keeps the earlier packs', async () => {
    await importFirst();
    const before = await packsItem.getValue();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await importPack('big.json', json(samplePack('big')), NOW);
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'big.json', path: '$', rule: 'storage', message: 'could not be stored: QUOTA_BYTES quota exceeded' }],
    });
    set.mockRestore();
    expect(await packsItem.getValue()).toEqual(before);
  });
});

describe('a damaged stored value', () => {
  it('is skipped for matching, and kept when other packs change', async () => {
    await fakeBrowser.storage.local.set({ packs: [{ id: 'broken', dataset: 'nope' }] });
    expect(await listPacks()).toEqual([]);
    await importPack('ok.json', json(samplePack('ok')), NOW);
    expect((await loadActiveDatasets()).map((d) => d.id)).toEqual([BUNDLED_DATASET.id, 'ok-pack']);
    expect((await packsItem.getValue())[0]).toEqual({ id: 'broken', dataset: 'nope' });
  });
});
