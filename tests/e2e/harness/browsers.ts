/**
 * Real browsers with the built extension loaded: Debian's Chromium through playwright-core and
 * Firefox ESR through puppeteer-core.
 *
 * Host mapping: the content script only runs on the shipped news-site list, so fixture pages are
 * served under real news hostnames (http://www.dawn.com:PORT/case/). Both browsers resolve every
 * hostname to 127.0.0.1 — Chromium by `--host-resolver-rules=MAP * 127.0.0.1`, Firefox by the pref
 * `network.dns.forceResolve` plus the fixture server as its http and https proxy — so nothing can leave
 * the machine, and the extension runs exactly as shipped, on a URL that matches its manifest.
 *
 * Network guard: Chromium reports requests from pages, frames and the extension's service worker
 * (context 'request' events). Firefox reports page and frame requests only, so there the proxy is the
 * guard: every http(s) request of the browser, the add-on's background included, reaches the fixture
 * server, which logs it (https ones as CONNECT, refused).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'karabakh-context@karabakh-context.org';

export interface NetworkEntry {
  url: string;
  /** Where the browser reported it from: a page, a frame, the extension's service worker. */
  source: string;
  resourceType: string;
}

interface SessionBase<P> {
  browserName: 'chromium' | 'firefox';
  server: FixtureServer;
  /** Every request the browser reported, from pages, frames and (Chromium) the service worker. */
  network: NetworkEntry[];
  /** Requests that went anywhere but the fixture server or the extension's own package. */
  externalRequests(): NetworkEntry[];
  /**
   * Opens tests/fixtures/pages/<case>/ under the case's news hostname and waits for `load`; over
   * https (a secure context, as real news sites are) when asked.
   */
  openPage(caseName: string, options?: { hostname?: string; https?: boolean }): Promise<P>;
  close(): Promise<void>;
}

export interface ChromiumSession extends SessionBase<PwPage> {
  browserName: 'chromium';
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** chrome-extension://ID/<path>, e.g. 'popup.html' or 'options.html'. */
  openExtensionPage(path: string): Promise<PwPage>;
}

export interface FirefoxSession extends SessionBase<PpPage> {
  browserName: 'firefox';
  browser: PpBrowser;
  /** The add-on id Firefox reports after install (the gecko id). */
  extensionId: string;
  /** The moz-extension:// host, fixed through the pref extensions.webextensions.uuids. */
  extensionUuid: string;
  /**
   * moz-extension://UUID/<path> in a new tab, e.g. 'popup.html?tab=3'. Firefox lets a WebDriver
   * client navigate there only with -remote-allow-system-access (set below); the page is the
   * extension's own, exactly as shipped.
   */
  openExtensionPage(path: string): Promise<PpPage>;
}

export interface LaunchOptions {
  /** Share a fixture server between sessions; by default each session starts (and closes) its own. */
  server?: FixtureServer;
  /** Headed, for `npm start`; tests always run headless. */
  headless?: boolean;
  /** Chromium only: keep this profile directory instead of a throwaway one. */
  userDataDir?: string;
  /**
   * The browser's interface language (BCP 47, e.g. 'ar'), which picks the extension's messages.
   * Chromium: --lang and LANGUAGE. Firefox: the pref intl.locale.requested, which takes effect only
   * with that language's language pack installed (Debian: firefox-esr-l10n-<lang>; .ci/run installs
   * the ones the tests use).
   */
  lang?: string;
}

/** Firefox's language packs as Debian installs them; a locale test needs the one for its language. */
const FIREFOX_LANGPACKS = '/usr/lib/firefox-esr/browser/extensions';

function requireFirefoxLangpack(lang: string): void {
  if (lang.startsWith('en')) return;
  const pack = join(FIREFOX_LANGPACKS, `langpack-${lang}@firefox-esr.mozilla.org.xpi`);
  if (!existsSync(pack)) {
    throw new Error(
      `Firefox has no ${lang} language pack (${pack}), so it cannot run in ${lang}. ` +
        `Install it with \`apt-get install firefox-esr-l10n-${lang}\` (.ci/run does).`,
    );
  }
}

function browserBinary(envVar: string, fallback: string, pkg: string): string {
  const path = process.env[envVar] || fallback;
  if (!existsSync(path)) {
    throw new Error(
      `No ${pkg} binary at ${path}. Install one with \`apt-get install chromium firefox-esr\` ` +
        `or point ${envVar} to a ${pkg} executable. The browser tests never skip.`,
    );
  }
  return path;
}

export function chromiumPath(): string {
  return browserBinary('CHROMIUM_PATH', '/usr/bin/chromium', 'Chromium');
}
export function firefoxPath(): string {
  return browserBinary('FIREFOX_PATH', '/usr/bin/firefox-esr', 'Firefox');
}

function requireBuild(dir: string, command: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run \`${command}\` first (npm run test:e2e builds both).`);
  }
}

function isPackageUrl(url: string): boolean {
  return /^(chrome-extension|moz-extension|data|blob|about|chrome):/.test(url);
}

// Chromium's built-in HSTS preload list upgrades these to https (no flag turns that off), so a plain
// http fixture cannot be served under them: bbc.com, bbc.co.uk, theguardian.com, nytimes.com, meduza.io.
const HSTS_HINT =
  'This hostname is probably on Chromium\'s HSTS preload list, which forces https; serve the fixture ' +
  'under another news hostname from src/sites.ts (meta.json "hostname").';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  // Every hostname resolves to this machine: fixture pages keep their news hostnames, nothing leaves.
  '--host-resolver-rules=MAP * 127.0.0.1',
  // Fixtures are plain http on a random port; do not let the browser try https first.
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,HttpsFirstModeV2ForTypicallySecureUsers',
  // The fixture server's https side has a self-signed certificate (tests/e2e/harness/tls); every
  // hostname resolves to this machine, so nothing else is reached with it.
  '--ignore-certificate-errors',
];

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const executablePath = chromiumPath();
  requireBuild(CHROME_BUILD, 'npx wxt build');
  const server = options.server ?? (await startFixtureServer());
  const ownServer = !options.server;
  const profile = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kc-chromium-'));
  const lang = options.lang;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` } } : {}),
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...(lang ? [`--lang=${lang}`] : []),
      ...CHROMIUM_ARGS,
    ],
  });
  const network: NetworkEntry[] = [];
  context.on('request', (req) => {
    let source = 'page';
    try {
      if (req.serviceWorker()) source = 'service-worker';
      else source = req.frame().parentFrame() ? 'frame' : 'page';
    } catch {
      source = 'unknown';
    }
    network.push({ url: req.url(), source, resourceType: req.resourceType() });
  });
  const serviceWorker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  // Playwright opens one blank tab with a persistent context; tests open their own.
  return {
    browserName: 'chromium',
    server,
    network,
    context,
    serviceWorker,
    extensionId,
    externalRequests: () => network.filter((r) => !server.isFixtureUrl(r.url) && !isPackageUrl(r.url)),
    async openPage(caseName, opts = {}) {
      const page = await context.newPage();
      const url = opts.https ? server.httpsUrlFor(caseName, opts.hostname) : server.urlFor(caseName, opts.hostname);
      await page.goto(url, { waitUntil: 'load' }).catch((err: Error) => {
        throw /SSL_PROTOCOL|interrupted/.test(err.message)
          ? new Error(`${err.message}\n${HSTS_HINT}`)
          : err;
      });
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close().catch(() => {});
      if (!options.userDataDir) rmSync(profile, { recursive: true, force: true });
      if (ownServer) await server.close();
    },
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const executablePath = firefoxPath();
  requireBuild(FIREFOX_BUILD, 'npx wxt build -b firefox');
  if (options.lang) requireFirefoxLangpack(options.lang);
  const server = options.server ?? (await startFixtureServer());
  const ownServer = !options.server;
  const extensionUuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
    // The fixture server's https side has a self-signed certificate (tests/e2e/harness/tls).
    acceptInsecureCerts: true,
    // Lets the client open the add-on's own pages (openExtensionPage); Firefox refuses otherwise.
    args: ['-remote-allow-system-access'],
    // Lets the services.settings.server pref below take effect in a release build.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      // Every hostname resolves to this machine (Firefox's counterpart of Chromium's MAP * rule).
      'network.dns.forceResolve': '127.0.0.1',
      'network.dns.disableIPv6': true,
      // Every http(s) request of the whole browser, the add-on's background included, goes through
      // the fixture server as a proxy, which logs it: Firefox reports no background requests otherwise.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own remote-settings sync would otherwise show up in that log; it is not ours.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // Plain http fixtures on a random port: no https-first, no HSTS preload upgrades.
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      'network.stricttransportsecurity.preloadlist': false,
      ...(options.lang ? { 'intl.locale.requested': options.lang } : {}),
      // A known moz-extension:// host for the add-on, so tests can recognise its URLs.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: extensionUuid }),
      // Quiet background services.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_BUILD);
  const network: NetworkEntry[] = [];
  const watch = (page: PpPage) => {
    page.on('request', (req) => {
      const frame = req.frame();
      network.push({
        url: req.url(),
        source: frame && frame.parentFrame() ? 'frame' : 'page',
        // BiDi requests do not report a resource type.
        resourceType: 'unknown',
      });
    });
  };
  return {
    browserName: 'firefox',
    server,
    network,
    browser,
    extensionId,
    extensionUuid,
    externalRequests: () => network.filter((r) => !server.isFixtureUrl(r.url) && !isPackageUrl(r.url)),
    async openPage(caseName, opts = {}) {
      const page = await browser.newPage();
      watch(page);
      const url = opts.https ? server.httpsUrlFor(caseName, opts.hostname) : server.urlFor(caseName, opts.hostname);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `moz-extension://${extensionUuid}/${path.replace(/^\//, '')}`;
      // The tab moves to the extension's process, and the WebDriver client loses the navigation
      // it started ("frame detached"); the page itself loads. Wait for it there instead.
      await page.goto(url, { timeout: 5_000 }).catch(() => undefined);
      await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 15_000, polling: 100 }, url);
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
      if (ownServer) await server.close();
    },
  };
}
