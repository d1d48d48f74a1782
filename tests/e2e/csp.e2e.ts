/**
 * The extension pages' content security policy (wxt.config.ts) in the built manifests and in Chromium:
 * the policy forbids every connection and every remote or inline script, and the browser enforces it:
 * a fetch, an image, a beacon and a websocket from the options page and the popup to the fixture
 * server on 127.0.0.1 are refused, and nothing reaches the server, while the same fetch from a web
 * page does (so the probe would be seen). The popup and the options page run and style themselves
 * without a single violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, launchChromium, type ChromiumSession } from './harness';

type Directives = Map<string, string[]>;

function policyOf(build: string): Directives {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  const policy: string = manifest.content_security_policy?.extension_pages ?? '';
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe.each([
  ['chrome', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('the %s build’s extension_pages policy', (_name, build) => {
  const policy = policyOf(build);

  it('allows no connection and falls back to nothing', () => {
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('names no origin, scheme or wildcard anywhere, and allows no inline or eval’d code', () => {
    for (const [directive, sources] of policy) {
      for (const source of sources) expect(["'self'", "'none'"], `${directive} ${source}`).toContain(source);
    }
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });
});

interface Violation {
  directive: string;
  blocked: string;
}
type WithViolations = { __kcViolations: Violation[] };

describe('the browser enforces it (Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
    // Before any script of any page: record every CSP violation the page reports.
    await session.context.addInitScript(() => {
      const seen: Violation[] = [];
      (window as unknown as WithViolations).__kcViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  const violations = (page: Page) => page.evaluate(() => (window as unknown as WithViolations).__kcViolations);
  const probeUrl = (name: string) => `http://127.0.0.1:${session.server.port}/csp-probe-${name}`;
  const probeRequests = () => session.server.requests.filter((r) => r.path.startsWith('/csp-probe'));

  it('a web page’s fetch to the fixture server arrives (the probe is seen when it is allowed)', async () => {
    const page = await session.openPage('localhost-plain');
    const status = await page.evaluate(() => fetch('/csp-probe-control').then((r) => r.status));
    expect(status).toBe(404);
    expect(probeRequests().map((r) => r.path)).toEqual(['/csp-probe-control']);
    await page.close();
  });

  it('the background service worker’s fetch is refused too, and none arrives', async () => {
    const before = probeRequests().length;
    const outcome = await session.serviceWorker.evaluate((url) => fetch(url).then(() => 'answered', (e: Error) => `refused: ${e.name}`), probeUrl('worker'));
    expect(outcome).toBe('refused: TypeError');
    // A fetch that reached the server would settle only after its answer, and the server logs a
    // request before it answers: the log is complete for this fetch once the fetch has settled.
    expect(probeRequests().length).toBe(before);
  });

  for (const path of ['options.html', 'popup.html']) {
    it(`${path}: runs with no violation, then every kind of connection is refused and none arrives`, async () => {
      const before = probeRequests().length;
      const page = await session.openExtensionPage(path);
      await page.locator('h1, #kc-search-input').first().waitFor();
      // The page rendered and styled itself without breaking the policy.
      expect(await violations(page)).toEqual([]);
      expect(await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length)).toBeGreaterThan(0);

      const outcome = await page.evaluate(async (base) => {
        const fetched = await fetch(`${base}-fetch`).then(
          () => 'answered',
          (e: Error) => `refused: ${e.name}`,
        );
        const image = await new Promise<string>((done) => {
          const img = new Image();
          img.onload = () => done('loaded');
          img.onerror = () => done('refused');
          img.src = `${base}-image`;
        });
        // Its answer only says it was queued; the violation and the server's log say what happened.
        navigator.sendBeacon(`${base}-beacon`, 'x');
        const socket = await new Promise<string>((done) => {
          try {
            const ws = new WebSocket(base.replace('http:', 'ws:') + '-socket');
            ws.onopen = () => done('open');
            ws.onerror = () => done('refused');
          } catch (e) {
            done(`refused: ${(e as Error).name}`);
          }
        });
        return { fetched, image, socket };
      }, probeUrl(path));
      expect(outcome).toEqual({ fetched: 'refused: TypeError', image: 'refused', socket: expect.stringMatching(/^refused/) });
      await expect
        .poll(async () => (await violations(page)).map((v) => `${v.directive} ${new URL(v.blocked).pathname}`).sort())
        .toEqual([`connect-src /csp-probe-${path}-beacon`, `connect-src /csp-probe-${path}-fetch`, `connect-src /csp-probe-${path}-socket`, `img-src /csp-probe-${path}-image`]);
      // The fetch, the image and the socket settled, each after any answer the server (which logs
      // first) would have given; the beacon's refusal is the violation above. Nothing arrived.
      expect(probeRequests().length).toBe(before);
      await page.close();
    });
  }
});
