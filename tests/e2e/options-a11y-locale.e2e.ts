/**
 * The options page in Chromium: no axe-core violations in either theme, operable by keyboard, and in
 * the browser's language (a second launch with the UI in Russian).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_ARGS, chromiumPath, launchChromium, ROOT, type ChromiumSession } from './harness';
import { openOptions } from './options-support';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `assets/public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // The extension page's CSP forbids inline scripts, so axe is evaluated through the DevTools protocol.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('options page accessibility (Chromium)', () => {
  let session: ChromiumSession;
  let options: Page;
  beforeAll(async () => {
    session = await launchChromium();
    options = await openOptions(session);
    // Something in every list, and an import error on show, so axe sees those parts too.
    await options.getByLabel('Site to add').fill('example.org');
    await options.getByRole('button', { name: 'Add site' }).click();
    // Added, but the content script waits for the reader to allow the site.
    await options.getByRole('button', { name: 'Allow the extension on example.org' }).waitFor();
    await options.getByLabel('Site to pause').fill('dawn.com');
    await options.getByRole('button', { name: 'Pause site' }).click();
    await options.locator('#pack-file').setInputFiles([{ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') }]);
    await options.locator('.import-errors [data-file="broken.json"]').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const theme of ['Light', 'Dark'] as const) {
    it(`axe finds no violations in the ${theme.toLowerCase()} theme`, async () => {
      await options.getByLabel(theme, { exact: true }).check();
      await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe(theme.toLowerCase());
      await options.locator('details.default-sites summary').click();
      expect(await axeViolations(options)).toEqual([]);
      await options.locator('details.default-sites summary').click();
    });
  }

  it('is operable by keyboard: Tab reaches a control, Space and arrows change settings, Escape closes the dialog', async () => {
    await options.getByLabel('Annotate news pages').focus();
    await options.keyboard.press('Space');
    await expect.poll(() => options.getByLabel('Annotate news pages').isChecked()).toBe(false);
    await options.keyboard.press('Space');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).id)).toBe('opt-mark-both');
    await options.keyboard.press('ArrowDown');
    await expect.poll(() => options.getByLabel('Mentions of the region only').isChecked()).toBe(true);
    // Focus is visible: the focused control draws an outline.
    const outline = await options.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    const reset = options.getByRole('button', { name: 'Reset settings to defaults' });
    await reset.focus();
    await options.keyboard.press('Enter');
    const dialog = options.getByRole('dialog');
    await dialog.waitFor();
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await options.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Reset settings to defaults');
    expect(await options.getByLabel('Mentions of the region only').isChecked()).toBe(true);
  });
});

describe('options page in Russian (Chromium with --lang=ru)', () => {
  const ru = messages('ru');
  let profile: string;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'kc-chromium-ru-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      locale: 'ru-RU',
      env: { ...process.env, LANGUAGE: 'ru', LANG: 'ru_RU.UTF-8' },
      args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--lang=ru', ...CHROMIUM_ARGS],
    });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('shows the Russian messages', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ru.optionsPageTitle!.message);
    expect(await page.title()).toBe(ru.optionsPageTitle!.message);
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^ru/);
    expect(await page.getByLabel(ru.optionsMarkMentions!.message).count()).toBe(1);
    expect(await page.getByRole('button', { name: ru.optionsResetButton!.message }).count()).toBe(1);
  });
});
