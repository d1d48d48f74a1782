#!/usr/bin/env node
// Serves the fixture pages on 127.0.0.1 for a look by hand: `npm run fixtures` (PORT=8080 to pick one).
// The same server as the browser tests' (tests/e2e/harness/fixture-server.ts), so a page looks here
// as it does to them. Pages are under /<case>/; news hostnames only resolve here in a browser started
// with host mapping (`npm start` does that), so by hand use http://localhost:PORT/<case>/ — the content
// script only runs on the news hostnames, so use `npm start` to see it annotate.
import { tsImport } from 'tsx/esm/api';

const { ensureGeneratedFixtures, startFixtureServer } = await tsImport('../tests/e2e/harness/fixture-server.ts', import.meta.url).then(
  async (server) => ({ ...server, ...(await tsImport('../tests/e2e/harness/generated-fixtures.ts', import.meta.url)) }),
);
ensureGeneratedFixtures();
const server = await startFixtureServer({ log: true, port: Number(process.env.PORT ?? 0) });
console.log(`Fixture pages at http://localhost:${server.port}/ and https://localhost:${server.httpsPort}/ (self-signed; Ctrl-C to stop)`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
