/**
 * Hostile and concurrent claim-pack imports through the options page in Chromium (issue #15):
 * - each hostile pack (3,000-deep nesting, a 160k-character data: string, 300k empty claims, a 5 MB
 *   file, a file of tens of thousands of errors), chosen alone, shows its path-named error among at most
 *   about a hundred and changes nothing; dropped all at once with a valid pack, every one is reported
 *   and the valid one is imported;
 * - two options tabs importing at once both land, and the same pack from both is imported once and
 *   refused once, truthfully;
 * - a stored pack that fails to load is listed with its error, and pack titles are isolated;
 * - a failed storage write is shown.
 * Nothing here is timed: `npm run bench:packs` prints how long each hostile pack takes here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MAX_REPORTED_ERRORS } from '@/src/data/errors';
import { HOSTILE_PACKS } from '../packs/hostile';
import { launchChromium, type ChromiumSession } from './harness';
import { importErrorsFor, openOptions, packFile, packJson, storedLocal, withoutIsolates } from './options-support';

type Json = Record<string, unknown>;

/** A valid pack of `claims` claims, each answered, whose ids all start with `prefix`. */
function validPack(prefix: string, title: string, claims = 1): Json {
  const statements = Array.from({ length: claims }, (_, i) => `Outlets reported that convoy ${i} of the ${prefix} series crossed the Lachin corridor in 2021.`);
  return packJson(prefix, title, statements);
}

const file = packFile;
const storedIds = async (session: ChromiumSession) => (((await storedLocal(session, 'packs')) ?? []) as Json[]).map((p) => p.id);

describe('hostile and concurrent pack imports on the options page (Chromium)', () => {
  let session: ChromiumSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchChromium();
    options = await openOptions(session);
    await options.locator('#pack-file').setInputFiles([file('first.json', JSON.stringify(validPack('first', 'First pack')))]);
    await options.locator('li.pack', { has: options.getByRole('heading', { name: 'First pack' }) }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  describe('each hostile pack, chosen alone, is refused with a path-named error and changes nothing', () => {
    let before: unknown;
    beforeAll(async () => {
      before = await storedLocal(session, 'packs');
    });

    for (const hostile of HOSTILE_PACKS) {
      it(`${hostile.name} (${hostile.what}): ${hostile.expect.rule} at ${hostile.expect.path}`, async () => {
        await options.locator('#pack-file').setInputFiles([file(hostile.name, hostile.text())]);
        const { errors, more } = await importErrorsFor(options, hostile.name);
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS);
        const hit = errors.find((e) => e.rule === hostile.expect.rule && e.path === hostile.expect.path);
        expect(hit, JSON.stringify(errors.slice(0, 3))).toBeDefined();
        // The line names the file, the path and the rule.
        expect(withoutIsolates(hit!.text)).toContain(`${hostile.name}, ${hostile.expect.path}: `);
        expect(hit!.text).toContain(`(${hostile.expect.rule})`);
        if (hostile.name === 'many-errors.json') expect(more).toBe('And at least 9,900 more errors; checking stopped there.');
        expect(await storedLocal(session, 'packs')).toEqual(before);
        expect(await options.locator('li.pack').count()).toBe(1);
      });
    }
  });

  it('dropped all at once with a valid pack: every hostile one is reported and the valid one imported', async () => {
    const files = [...HOSTILE_PACKS.map((h) => ({ name: h.name, text: h.text() })), { name: 'dropped.json', text: JSON.stringify(validPack('dropped', 'Dropped pack')) }];
    const zone = options.locator('.drop-zone');
    const transfer = await options.evaluateHandle(() => new DataTransfer());
    for (const f of files) {
      await options.evaluate(([data, name, text]) => (data as DataTransfer).items.add(new File([text as string], name as string, { type: 'application/json' })), [transfer, f.name, f.text] as const);
    }
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await options.locator('li.pack', { has: options.getByRole('heading', { name: 'Dropped pack' }) }).waitFor();
    for (const hostile of HOSTILE_PACKS) {
      const { errors } = await importErrorsFor(options, hostile.name);
      expect(errors.some((e) => e.rule === hostile.expect.rule && e.path === hostile.expect.path), hostile.name).toBe(true);
    }
    expect(await storedIds(session)).toEqual(['first-pack', 'dropped-pack']);
  });

  describe('two options tabs importing at once', () => {
    let other: Page;
    beforeAll(async () => {
      other = await openOptions(session);
    });
    afterAll(async () => {
      await other.close();
      // The later tests need only the small packs; the big ones would slow every storage read.
      await session.serviceWorker.evaluate(async () => {
        const { chrome } = self as unknown as { chrome: { storage: { local: { get(k: string): Promise<Json>; set(v: Json): Promise<void> } } } };
        const { packs } = (await chrome.storage.local.get('packs')) as { packs: Json[] };
        await chrome.storage.local.set({ packs: packs.filter((p) => p.id === 'first-pack' || p.id === 'dropped-pack') });
      });
    });

    it('both land, round after round', async () => {
      for (const round of [1, 2, 3]) {
        // Big enough that each import takes a while, so the two overlap.
        const a = validPack(`tab-a-${round}`, `Tab A ${round}`, 300);
        const b = validPack(`tab-b-${round}`, `Tab B ${round}`, 300);
        await Promise.all([
          options.locator('#pack-file').setInputFiles([file(`a-${round}.json`, JSON.stringify(a))]),
          other.locator('#pack-file').setInputFiles([file(`b-${round}.json`, JSON.stringify(b))]),
        ]);
        await expect.poll(async () => (await storedIds(session)).filter((id) => String(id).endsWith(`-${round}-pack`)).sort(), { timeout: 20_000 }).toEqual([`tab-a-${round}-pack`, `tab-b-${round}-pack`]);
        await expect.poll(async () => withoutIsolates(await options.locator('p.status').textContent())).toBe(`Imported “Tab A ${round}” from a-${round}.json.`);
        await expect.poll(async () => withoutIsolates(await other.locator('p.status').textContent())).toBe(`Imported “Tab B ${round}” from b-${round}.json.`);
      }
    });

    it('the same pack from both: imported once, and the other tab says which pack has its ids', async () => {
      const same = JSON.stringify(validPack('same', 'Same pack', 300));
      const before = (await storedIds(session)).length;
      await Promise.all([
        options.locator('#pack-file').setInputFiles([file('same-a.json', same)]),
        other.locator('#pack-file').setInputFiles([file('same-b.json', same)]),
      ]);
      await expect.poll(async () => (await storedIds(session)).filter((id) => id === 'same-pack').length, { timeout: 20_000 }).toBe(1);
      // One tab reports the import; the other refuses, naming the pack that holds the id.
      const refusal = async () => {
        for (const [page, name] of [[options, 'same-a.json'], [other, 'same-b.json']] as const) {
          const has = await page.locator('.import-errors > div').evaluateAll((ds, n) => ds.some((d) => (d as HTMLElement).dataset.file === n), name);
          if (has) return { page, name };
        }
        return undefined;
      };
      await expect.poll(async () => (await refusal())?.name, { timeout: 20_000 }).toBeDefined();
      const { page, name } = (await refusal())!;
      const { errors } = await importErrorsFor(page, name);
      expect(errors[0]).toMatchObject({ rule: 'unique-id', path: '$.id' });
      expect(withoutIsolates(errors[0]!.text)).toContain('id "same-pack" is already used by the pack "Same pack"');
      expect((await storedIds(session)).length).toBe(before + 1);
    });
  });

  it('a stored pack that fails to load is listed with its error and a remove button; titles are isolated', async () => {
    await session.serviceWorker.evaluate(async () => {
      const { chrome } = self as unknown as { chrome: { storage: { local: { get(k: string): Promise<Json>; set(v: Json): Promise<void> } } } };
      const { packs } = (await chrome.storage.local.get('packs')) as { packs: Json[] };
      const copy = structuredClone(packs.find((p) => p.id === 'first-pack')!);
      const dataset = copy.dataset as Json;
      copy.id = dataset.id = 'when-pack';
      copy.title = dataset.title = 'عنوان the pack';
      copy.importedAt = 'yesterday';
      for (const key of ['claims', 'responses', 'sources'] as const) for (const item of dataset[key] as Json[]) item.id = `when-${item.id}`;
      for (const r of dataset.responses as Json[]) r.claimId = `when-${r.claimId}`;
      (dataset.claims as Json[])[0]!.sourceIds = [`when-${((dataset.claims as Json[])[0]!.sourceIds as string[])[0]}`];
      for (const r of dataset.responses as Json[]) r.sourceId = `when-${r.sourceId}`;
      await chrome.storage.local.set({ packs: [...packs, copy] });
    });
    const damaged = options.locator('li.pack.damaged');
    await damaged.waitFor();
    expect(await damaged.locator('h3 bdi').textContent()).toBe('عنوان the pack');
    expect(await damaged.locator('li[data-rule="stored"]').getAttribute('data-path')).toBe('$.importedAt');
    expect(await options.locator('li.pack:not(.damaged) h3 bdi').first().textContent()).toBe('First pack');
    // It is never active: the list offers no switch for it.
    expect(await damaged.getByRole('checkbox').count()).toBe(0);

    await damaged.getByRole('button', { name: 'Remove “عنوان the pack”' }).click();
    await options.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => storedIds(session)).not.toContain('when-pack');
    expect(await options.locator('li.pack.damaged').count()).toBe(0);
  });

  it('a failed storage write is shown, and the stored packs stay as they were', async () => {
    const before = await storedLocal(session, 'packs');
    await options.evaluate(() => {
      const area = (globalThis as unknown as { chrome: { storage: { local: { set: unknown } } } }).chrome.storage.local;
      area.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    const toggle = options.locator('li.pack', { has: options.getByRole('heading', { name: 'First pack' }) }).getByRole('checkbox');
    await toggle.click();
    await expect.poll(() => options.locator('p.status').textContent()).toBe('Could not save the change: QUOTA_BYTES quota exceeded');
    // The switch goes back to what is stored.
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await options.locator('#pack-file').setInputFiles([file('late.json', JSON.stringify(validPack('late', 'Late pack')))]);
    const { errors } = await importErrorsFor(options, 'late.json');
    expect(errors).toEqual([expect.objectContaining({ rule: 'storage', path: '$' })]);
    expect(await storedLocal(session, 'packs')).toEqual(before);
  });
});
