/**
 * How many of Mozilla Readability's 130 real saved pages (news, blogs, wikis; none about the region)
 * make the first stage load the second: each page is served alone on a news hostname (its scripts
 * off, every other request refused), and Chromium's debugger says whether the second stage's file
 * was run in it.
 *
 * The pages come from the texts committed under tests/fixtures/readability (when present), else from
 * a snapshot of mozilla/readability (READABILITY_GIT, a git directory), read here and never committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from '../../tests/e2e/harness';

export interface RealPage {
  name: string;
  html: string;
}

const SNAPSHOT = process.env.READABILITY_GIT ?? '/work/.mirror/mozilla+readability/repo';

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

async function committedTexts(): Promise<RealPage[] | null> {
  const module = join(ROOT, 'tests/readability-pages.ts');
  if (!existsSync(module)) return null;
  const { readabilityPages } = (await import(module)) as { readabilityPages(): { name: string; text: string }[] };
  // The first stage reads the body's text; a page made of that text alone reads the same.
  return readabilityPages().map((p) => ({
    name: p.name,
    html: `<!doctype html><meta charset="utf-8"><title>${escapeText(p.name)}</title><body><div style="white-space: pre-wrap">${escapeText(p.text)}</div>`,
  }));
}

function snapshotPages(): RealPage[] | null {
  if (!existsSync(SNAPSHOT)) return null;
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', SNAPSHOT, ...args], { maxBuffer: 64 << 20 });
  const names = git('ls-tree', '--name-only', 'HEAD:test/test-pages').toString().trim().split('\n');
  return names.map((name) => ({ name, html: git('show', `HEAD:test/test-pages/${name}/source.html`).toString('utf8') }));
}

export async function realPages(): Promise<{ source: string; pages: RealPage[] } | null> {
  const committed = await committedTexts();
  if (committed) return { source: 'tests/fixtures/readability (texts)', pages: committed };
  const snap = snapshotPages();
  return snap ? { source: `${SNAPSHOT} (source.html)`, pages: snap } : null;
}

/**
 * Opens each page on `host` and reports which of them ran the second stage's file. `pageState` asks
 * the page for its state: the first stage answers it only once a second stage it started is running,
 * so by then the file has been run if it ever will.
 */
export async function secondStageLoads(
  context: BrowserContext,
  pages: readonly RealPage[],
  host: string,
  port: string,
  pageState: () => Promise<unknown>,
): Promise<{ loaded: string[]; unanswered: string[] }> {
  const loaded: string[] = [];
  const unanswered: string[] = [];
  for (const real of pages) {
    const page = await context.newPage();
    const url = `http://${host}:${port}/readability/${encodeURIComponent(real.name)}/`;
    await page.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }, body: real.html })
        : route.abort(),
    );
    const cdp = await context.newCDPSession(page);
    let ran = false;
    cdp.on('Debugger.scriptParsed', (e) => {
      if (/\/content-scripts\/annotator\.js$/.test(e.url)) ran = true;
    });
    await cdp.send('Debugger.enable');
    await page.bringToFront();
    await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    let answered = false;
    while (Date.now() < deadline) {
      if (await pageState()) {
        answered = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!answered) unanswered.push(real.name);
    if (ran) loaded.push(real.name);
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
  return { loaded, unanswered };
}
