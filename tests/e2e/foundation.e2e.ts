/**
 * The foundation, in real browsers with the built extension: fixture pages are served under their
 * news hostnames, the content script runs on a listed news site and not elsewhere, the popup and
 * options pages render, the built manifests say what we ship, and the extension fetches nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { request } from 'node:http';
import { isDefaultNewsHost } from '@/src/sites';
import {
  CHROME_BUILD,
  FIREFOX_BUILD,
  GECKO_ID,
  launchChromium,
  launchFirefox,
  listCases,
  readMeta,
  readHighlights,
  screenshot,
  startFixtureServer,
  type ChromiumSession,
  type FirefoxSession,
  type AnyPage,
} from './harness';
import { waitForHighlights } from './waiting';

const SEED = 'seed-000-dailytimes';

/** Every fixture case opens at plain http under its own hostname (no https upgrade, no HSTS). */
async function checkAllCasesServed(open: (name: string) => Promise<AnyPage>, port: number) {
  for (const name of listCases()) {
    const page = await open(name);
    expect(page.url(), name).toBe(`http://${readMeta(name).hostname}:${port}/${name}/`);
    await page.close();
  }
}

/** What the page itself sees of the seed article: the mention highlight covers the region's name. */
async function expectSeedMentions(page: AnyPage) {
  const mentions = await waitForHighlights(page, 'kc-mention');
  for (const text of readMeta(SEED).mentions ?? []) expect(mentions).toContain(text);
}

/**
 * What both browsers must show of the built extension on the fixture server: every case served under
 * its hostname, the seed page's mentions highlighted, and a page outside the news list left alone.
 */
function contentScriptTests(browserName: 'chromium' | 'firefox', session: () => ChromiumSession | FirefoxSession) {
  const open = (name: string): Promise<AnyPage> => session().openPage(name);

  test('every fixture page is served under its news hostname', async () => {
    await checkAllCasesServed(open, session().server.port);
  });

  test('the content script highlights mentions on a news-site fixture page', async () => {
    const page = await open(SEED);
    await expectSeedMentions(page);
    await screenshot(page, `${browserName}-seed-000`);
  });

  test('the content script leaves a page outside the news list alone', async () => {
    const page = await open('localhost-plain');
    // The seed page (same text, a listed host) gets its highlights within this time; this one must not.
    const control = await open(SEED);
    await waitForHighlights(control, 'kc-mention');
    expect(await readHighlights(page, 'kc-mention')).toBeNull();
    expect(await readHighlights(page, 'kc-claim')).toBeNull();
  });
}

describe('Fixture pages and server', () => {
  test('every case says where it is served and what a reader should see', () => {
    for (const name of listCases()) {
      const meta = readMeta(name);
      expect(meta.title, name).toBeTruthy();
      expect(meta.expected, name).toBeTruthy();
      expect(meta.hostname === 'localhost' || isDefaultNewsHost(meta.hostname), `${name}: ${meta.hostname}`).toBe(true);
    }
  });

  test('serves case files, refuses paths outside the fixtures, and logs every request', async () => {
    const server = await startFixtureServer();
    // Raw requests, so the path reaches the server as written (fetch would normalise "..").
    const get = (path: string, host: string) =>
      new Promise<number>((ok, fail) => {
        const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host } }, (res) => {
          res.resume();
          ok(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.end();
      });
    try {
      expect(await get('/no-mention/', 'www.dawn.com')).toBe(200);
      expect(await get('/no-mention/missing.css', 'www.dawn.com')).toBe(404);
      // An encoded "../" survives URL parsing and is decoded by the server: it must stay inside.
      expect(await get('/no-mention/..%2f..%2f..%2f..%2fpackage.json', 'www.dawn.com')).toBe(403);
      expect(server.requests.map((r) => [r.host, r.path, r.status])).toEqual([
        ['www.dawn.com', '/no-mention/', 200],
        ['www.dawn.com', '/no-mention/missing.css', 404],
        ['www.dawn.com', '/no-mention/..%2f..%2f..%2f..%2fpackage.json', 403],
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  contentScriptTests('chromium', () => s);

  for (const [file, heading] of [
    ['popup.html', 'popup'],
    ['options.html', 'options'],
  ] as const) {
    test(`the ${heading} page opens and renders`, async () => {
      const errors: string[] = [];
      const page: PwPage = await s.context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      // The popup opens at popup size; a tab would stretch it.
      if (heading === 'popup') await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${s.extensionId}/${file}`, { waitUntil: 'load' });
      // Rendered by Preact into #app: there is visible text, in the extension's locale.
      await page.waitForFunction(() => (document.getElementById('app')?.innerText.trim().length ?? 0) > 0);
      const text = await page.locator('#app').innerText();
      expect(text).not.toMatch(/__MSG_|undefined|\[object /);
      await screenshot(page, `chromium-${heading}`, true);
      expect(errors).toEqual([]);
    });
  }

  test('the extension requested nothing beyond the fixture server', () => {
    expect(s.network.length).toBeGreaterThan(0);
    expect(s.externalRequests()).toEqual([]);
    // And the server only ever saw fixture paths (plus the browser's own favicon probe).
    expect(s.server.unexpectedRequests()).toEqual([]);
  });
});

describe('Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the add-on installs under its gecko id', () => {
    expect(s.extensionId).toBe(GECKO_ID);
  });

  contentScriptTests('firefox', () => s);

  test('the extension requested nothing beyond the fixture server', () => {
    // Firefox reports page and frame requests (content scripts included) ...
    expect(s.network.length).toBeGreaterThan(0);
    expect(s.externalRequests()).toEqual([]);
    // ... and the fixture server is its proxy, so the add-on's background requests would be logged too.
    expect(s.server.unexpectedRequests()).toEqual([]);
  });
});

describe('Built manifests', () => {
  const chrome = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
  const firefox = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));

  test.each([
    ['chrome', chrome],
    ['firefox', firefox],
  ])('%s: MV3, least privilege, content script on the news list only', (_name, m) => {
    expect(m.manifest_version).toBe(3);
    expect(m.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage']);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    const matches: string[] = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches).toContain('*://*.dawn.com/*');
    expect(matches.every((p) => /^\*:\/\/\*\.[a-z0-9.-]+\/\*$/.test(p))).toBe(true);
    // Host permissions name exactly the sites the content script already runs on (the background
    // injects the second stage there): no site more, so the install warning is the same.
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...matches].sort());
    expect(m.content_scripts.map((c: { js: string[] }) => c.js)).toEqual([['content-scripts/news.js']]);
    for (const size of ['16', '32', '48', '128']) expect(m.icons?.[size]).toBe(`icon/${size}.png`);
  });

  // WXT's own content-script context announces each start to the page and can be stopped by it;
  // wxt.config.ts swaps in ours. Should a WXT upgrade route around the swap, it shows here.
  test.each([
    ['chrome', CHROME_BUILD],
    ['firefox', FIREFOX_BUILD],
  ])('%s: the content scripts say nothing to the page', (_name, dir) => {
    for (const file of ['news.js', 'annotator.js']) {
      const code = readFileSync(join(dir, 'content-scripts', file), 'utf8');
      expect(code, file).not.toContain('content-script-started');
      expect(code, file).not.toMatch(/\bpostMessage\b/);
      expect(code, file).toContain('A newer copy of this content script started');
    }
  });

  test('firefox: gecko id, strict_min_version 140, no data collected', () => {
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });
});
