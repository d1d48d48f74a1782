#!/usr/bin/env node
// Serves the fixture pages on 127.0.0.1 for a look by hand: `npm run fixtures` (PORT=8080 to pick one).
// Pages are under /<case>/; news hostnames only resolve here in a browser started with host mapping
// (`npm start` does that), so by hand use http://localhost:PORT/<case>/ — the content script only runs
// on the news hostnames, so use `npm start` to see it annotate.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const PAGES = resolve(import.meta.dirname, '../tests/fixtures/pages');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let rel = decodeURIComponent(url.pathname);
  if (rel === '/') rel = '/demo/';
  if (rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(PAGES, rel));
  const ok = file.startsWith(PAGES + sep) && (await stat(file).catch(() => null))?.isFile();
  console.log(`${ok ? 200 : 404} ${req.headers.host}${url.pathname}`);
  if (!ok) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(await readFile(file));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`Fixture pages at http://localhost:${server.address().port}/ (Ctrl-C to stop)`);
});
