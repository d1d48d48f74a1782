/**
 * A static server for tests/fixtures/pages/<case>/, bound to 127.0.0.1 on a random port.
 *
 * The browsers resolve every hostname to 127.0.0.1 (see browsers.ts), so a page can be served as
 * http://www.dawn.com:PORT/<case>/ and the extension sees the hostname it ships for. Every request is
 * logged, so a test can show that nothing but the fixture pages and their assets was fetched.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');

export interface FixtureMeta {
  title: string;
  /** The hostname the case is served under (a default news site, or localhost for "not on the list"). */
  hostname: string;
  /** What a reader should see on this page once the extension runs. */
  expected: string;
  /** Texts that must be highlighted as mentions (subset, in page order). */
  mentions?: string[];
  /** Generated at test time by this script in the case folder (git-ignored output). */
  generator?: string;
}

export interface LoggedRequest {
  method: string;
  host: string;
  path: string;
  status: number;
  at: number;
}

export interface FixtureServer {
  port: number;
  /** Every request the server received, in order. */
  requests: LoggedRequest[];
  /** http://<case's hostname>:PORT/<case>/ (or another hostname, for the same case). */
  urlFor(caseName: string, hostname?: string): string;
  /** Origins (scheme://host:port) the server has answered under; the network guard allows only these. */
  isFixtureUrl(url: string): boolean;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export function listCases(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'meta.json')))
    .map((d) => d.name)
    .sort();
}

export function readMeta(caseName: string): FixtureMeta {
  const file = join(PAGES_DIR, caseName, 'meta.json');
  if (!existsSync(file)) throw new Error(`No fixture case "${caseName}" (missing ${file})`);
  return JSON.parse(readFileSync(file, 'utf8')) as FixtureMeta;
}

export async function startFixtureServer(options: { quiet?: boolean } = {}): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const host = req.headers.host ?? '';
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    const entry: LoggedRequest = { method: req.method ?? 'GET', host, path: url.pathname, status: 0, at: Date.now() };
    requests.push(entry);
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      entry.status = status;
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'GET only');
      if (url.pathname === '/') {
        entry.status = 302;
        res.writeHead(302, { location: '/demo/' });
        return res.end();
      }
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(PAGES_DIR, rel));
      if (!file.startsWith(PAGES_DIR + sep)) return send(403, 'outside the fixture folder');
      const info = await stat(file).catch(() => null);
      if (!info) return send(404, `no fixture file ${rel}`);
      if (info.isDirectory()) {
        entry.status = 301;
        res.writeHead(301, { location: url.pathname + '/' });
        return res.end();
      }
      const body = await readFile(file);
      send(200, req.method === 'HEAD' ? '' : body, TYPES[extname(file)] ?? 'application/octet-stream');
    } catch (err) {
      send(500, String(err));
    }
    if (!options.quiet && process.env.KC_FIXTURE_LOG) console.log(`[fixtures] ${entry.status} ${host}${entry.path}`);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    urlFor(caseName, hostname) {
      const host = hostname ?? readMeta(caseName).hostname;
      return `http://${host}:${port}/${caseName}/`;
    },
    isFixtureUrl(raw) {
      try {
        const u = new URL(raw);
        return u.protocol === 'http:' && u.port === String(port);
      } catch {
        return false;
      }
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
