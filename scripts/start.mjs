#!/usr/bin/env node
// `npm start`: build the Chrome extension, serve the demo pages, and open Chromium (headed, a
// profile kept in the temp folder between runs) with the extension loaded on the demo page.
// Every hostname resolves to this machine in that browser, so the demo's news pages are served
// locally under their real hostnames and the extension runs as shipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (noDisplay) {
  console.error(
    'npm start opens a browser window, but this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n' +
      'Run the browser tests instead, which use headless Chromium and Firefox:\n' +
      '  npm test           (everything: typecheck, lint, unit tests, builds, web-ext lint, browser tests)\n' +
      '  npm run test:e2e   (only the browser tests; screenshots land in tests/artifacts/screenshots/)',
  );
  process.exit(1);
}

console.log('Building the Chrome extension…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const harness = await tsImport('../tests/e2e/harness/index.ts', import.meta.url);
harness.ensureGeneratedFixtures();
const server = await harness.startFixtureServer();
const profile = join(tmpdir(), 'karabakh-context-profile');
mkdirSync(profile, { recursive: true });

let session;
try {
  session = await harness.launchChromium({ server, headless: false, userDataDir: profile });
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
  await server.close();
  process.exit(1);
}
const demo = server.urlFor('demo');
const [first] = session.context.pages();
const page = first ?? (await session.context.newPage());
await page.goto(demo);
console.log(`\nChromium is open on ${demo} with the extension loaded (id ${session.extensionId}).`);
console.log(`Profile: ${profile}. Close the browser window or press Ctrl-C to stop.`);

const stop = async () => {
  await session.close();
  process.exit(0);
};
session.context.on('close', async () => {
  await server.close();
  process.exit(0);
});
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
