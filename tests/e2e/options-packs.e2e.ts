/**
 * Claim packs through the options page in Chromium: malformed files are each refused with a message
 * that names the file, the JSON path and the rule, and leave the packs already there untouched; a valid
 * pack's claim is highlighted on a page that repeats it and found by the popup search; export, then
 * import, gives the same pack.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness';
import { importErrorsFor, openOptions, packFile, packJson, storedLocal, withoutIsolates } from './options-support';
import { waitForHighlights } from './waiting';

type Json = Record<string, unknown>;

function pack(prefix: string, title: string, statement: string): Json {
  return packJson(prefix, title, [statement]);
}

/** A valid pack with one hostile change. */
function changed(prefix: string, change: (p: Json) => void): string {
  const p = pack(prefix, 'Hostile', 'A report.');
  change(p);
  return JSON.stringify(p);
}

const CLAIM = 'A convoy of grain lorries crossed the Lachin corridor every night in the winter of 2021.';
/** Covers about half of the claim: the matcher marks it only at high sensitivity. */
const PARAPHRASE = 'Grain lorries crossed the Lachin corridor in 2021.';
const FIRST = pack('first', 'First pack', 'Engineers rebuilt the Hakari bridge twice during the spring of 2021.');
const VALID = pack('grain', 'Grain convoys', CLAIM);

const file = packFile;

describe('claim packs on the options page (Chromium)', () => {
  let session: ChromiumSession;
  let options: Page;

  async function importFiles(files: ReturnType<typeof file>[]) {
    await options.locator('#pack-file').setInputFiles(files);
  }

  /** The error items shown for a refused file, as { rule, path, text }. */
  async function errorsFor(name: string) {
    return (await importErrorsFor(options, name)).errors;
  }

  beforeAll(async () => {
    session = await launchChromium();
    options = await openOptions(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports a valid pack and lists it with its claim count', async () => {
    await importFiles([file('first.json', JSON.stringify(FIRST))]);
    const item = options.locator('li.pack', { has: options.getByRole('heading', { name: 'First pack' }) });
    await item.waitFor();
    expect(await item.textContent()).toContain('Claims: 1');
    await expect.poll(async () => withoutIsolates(await options.locator('p.status').textContent())).toBe('Imported “First pack” from first.json.');
  });

  describe('malformed packs are refused and change nothing', () => {
    let before: unknown;
    beforeAll(async () => {
      before = await storedLocal(session, 'packs');
      expect(before).toHaveLength(1);
    });
    const cases: { name: string; text: () => string; rule: string; path: string }[] = [
      { name: 'bad-json.json', text: () => '{ "version": 1,\n  "id": "x" "title": 1 }', rule: 'json', path: '$' },
      { name: 'wrong-schema.json', text: () => JSON.stringify({ ...pack('ws', 'Wrong', 'x'), claims: 'none' }), rule: 'schema', path: '$.claims' },
      { name: 'oversized.json', text: () => `{"pad":"${'x'.repeat(5 * 1024 * 1024 + 10)}"}`, rule: 'size', path: '$' },
      {
        name: 'img-onerror.json',
        text: () => changed('img', (p) => ((p.responses as Json[])[0]!.quote = '<img src=x onerror="document.title=\'pwned\'">')),
        rule: 'markup',
        path: '$.responses[0].quote',
      },
      {
        name: 'javascript-link.json',
        text: () => changed('js', (p) => ((p.sources as Json[])[0]!.url = 'javascript:alert(document.domain)')),
        rule: 'unsafe-url',
        path: '$.sources[0].url',
      },
      { name: 'collision.json', text: () => JSON.stringify(pack('first', 'Copy of first', 'Another statement.')), rule: 'unique-id', path: '$.id' },
    ];

    for (const c of cases) {
      it(`${c.name}: ${c.rule} at ${c.path}`, async () => {
        await importFiles([file(c.name, c.text())]);
        const errors = await errorsFor(c.name);
        const hit = errors.find((e) => e.rule === c.rule && e.path === c.path);
        expect(hit, JSON.stringify(errors)).toBeDefined();
        // The message names the file, the path and the rule.
        expect(hit!.text).toContain(c.name);
        expect(hit!.text).toContain(c.path);
        expect(hit!.text).toContain(`(${c.rule})`);
        expect(await storedLocal(session, 'packs')).toEqual(before);
        expect(await options.locator('li.pack').count()).toBe(1);
      });
    }

    it('hostile text and file names stay text', async () => {
      const name = '<img src=x onerror="document.title=\'pwned\'">.json';
      await importFiles([file(name, '{')]);
      await errorsFor(name);
      expect(await options.locator('img').count()).toBe(0);
      expect(await options.title()).toBe('Karabakh Context settings');
    });
  });

  it('export, remove, import gives the same pack', async () => {
    const stored = (await storedLocal(session, 'packs')) as Json[];
    const original = stored.find((p) => p.id === 'first-pack')!;
    const item = options.locator('li.pack', { has: options.getByRole('heading', { name: 'First pack' }) });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      item.getByRole('button', { name: 'Export “First pack”' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('first-pack.json');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toEqual(FIRST);

    await item.getByRole('button', { name: 'Remove “First pack”' }).click();
    // The title is isolated in the dialog's name (U+2068 … U+2069), as everywhere a pack's words appear.
    const dialog = options.getByRole('dialog', { name: /^Remove “\u2068First pack\u2069”\?$/ });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => storedLocal(session, 'packs')).toEqual([]);

    await importFiles([file('first-pack.json', text)]);
    await expect.poll(() => storedLocal(session, 'packs')).toHaveLength(1);
    const again = ((await storedLocal(session, 'packs')) as Json[])[0]!;
    expect({ ...again, importedAt: 'x' }).toEqual({ ...original, importedAt: 'x' });
  });

  it('imports a file dropped on the import area', async () => {
    const dropped = pack('dropped', 'Dropped pack', 'Volunteers repaired the Stepanakert water main in a single week of 2021.');
    await options.locator('.drop-zone').evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, JSON.stringify(dropped));
    await options.locator('li.pack', { has: options.getByRole('heading', { name: 'Dropped pack' }) }).waitFor();
    const stored = (await storedLocal(session, 'packs')) as Json[];
    expect(stored.find((p) => p.id === 'dropped-pack')?.dataset).toEqual(dropped);
  });

  it('exports the bundled set', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export the bundled claims' }).click(),
    ]);
    const bundled = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(bundled.claims.length).toBeGreaterThan(0);
    expect(await options.getByText(`Bundled claims: ${bundled.claims.length}`).count()).toBe(1);
  });

  describe('a valid pack takes part in matching and search', () => {
    let news: Page;
    beforeAll(async () => {
      await importFiles([file('grain.json', JSON.stringify(VALID))]);
      await options.locator('li.pack', { has: options.getByRole('heading', { name: 'Grain convoys' }) }).waitFor();
      // A news page (on a default site's hostname) that repeats the pack's claim word for word, and
      // further down (out of the claim sentence's page context) says it loosely.
      const url = 'http://www.dawn.com/world/kc-pack-check';
      await session.context.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><title>Nagorno-Karabakh winter</title></head><body><article>
            <h1>Supplies to Nagorno-Karabakh</h1>
            <p>Residents of Nagorno-Karabakh described the winter as the hardest since the war.</p>
            <p>${CLAIM}</p>
            <p>Officials in Stepanakert and Baku gave different accounts of the Karabakh route.</p>
            <p>Schools in the region reopened in March. Markets stayed open through the spring.</p>
            <p>${PARAPHRASE}</p>
          </article></body></html>`,
        }),
      );
      news = await session.context.newPage();
      await news.goto(url);
    });

    it('is highlighted on a page that repeats it', async () => {
      const claims = await waitForHighlights(news, 'kc-claim');
      expect(claims.join(' ')).toContain('grain lorries');
    });

    it('is no longer highlighted once disabled, and is again once enabled', async () => {
      const toggle = options.locator('li.pack', { has: options.getByRole('heading', { name: 'Grain convoys' }) }).getByRole('checkbox');
      await toggle.uncheck();
      await expect.poll(() => news.evaluate(() => [...(CSS.highlights.get('kc-claim') ?? [])].map(String).join(' '))).not.toContain('grain lorries');
      await toggle.check();
      await expect.poll(() => news.evaluate(() => [...(CSS.highlights.get('kc-claim') ?? [])].map(String).join(' '))).toContain('grain lorries');
    });

    it('sensitivity: a loose paraphrase is marked only when sensitivity is high', async () => {
      const claimText = () => news.evaluate(() => [...(CSS.highlights.get('kc-claim') ?? [])].map(String).join(' | '));
      expect(await claimText()).not.toContain(PARAPHRASE);
      await options.getByLabel('Matching sensitivity').fill('1');
      await expect.poll(claimText).toContain(PARAPHRASE);
      await options.getByLabel('Matching sensitivity').fill('0');
      await expect.poll(claimText).not.toContain(PARAPHRASE);
      expect(await claimText()).toContain(CLAIM.slice(0, -1));
      await options.getByLabel('Matching sensitivity').fill('0.5');
    });

    it('is found by the popup search', async () => {
      const popup = await session.openExtensionPage('popup.html');
      await popup.getByRole('combobox').fill('grain lorries Lachin');
      await expect.poll(() => popup.locator('body').textContent(), { timeout: 10_000 }).toContain(CLAIM);
      await popup.close();
    });
  });
});
