/**
 * The one static server for tests/fixtures/pages/<case>/, bound to 127.0.0.1 (a random port unless
 * asked for one): the browser tests, `npm start`, the browser benchmarks and `npm run fixtures`
 * (scripts/serve-fixtures.mjs) all use it.
 *
 * The browsers resolve every hostname to 127.0.0.1 (see browsers.ts), so a page can be served as
 * http://www.dawn.com:PORT/<case>/ and the extension sees the hostname it ships for. Every request is
 * logged, so a test can show that nothing but the fixture pages and their assets was fetched.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect as tcpConnect, type Socket } from 'node:net';
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
  /**
   * The same pages over https (a self-signed certificate in ./tls, test-only, which the harness tells
   * both browsers to accept): a secure context, where navigator.clipboard exists.
   */
  httpsPort: number;
  /** Every request the server received, in order. */
  requests: LoggedRequest[];
  /** http://<case's hostname>:PORT/<case>/ (or another hostname, for the same case). */
  urlFor(caseName: string, hostname?: string): string;
  /** https://<case's hostname>:HTTPS_PORT/<case>/. */
  httpsUrlFor(caseName: string, hostname?: string): string;
  /** True for http(s) URLs on this server's ports; the network guard allows only these. */
  isFixtureUrl(url: string): boolean;
  /**
   * Logged requests that were not for a fixture page or its assets (nor the browser's favicon probe):
   * proxied requests to other hosts, CONNECTs, paths outside any case.
   */
  unexpectedRequests(): LoggedRequest[];
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

export interface FixtureServerOptions {
  /** Never print requests, even with KC_FIXTURE_LOG set (the benchmarks). */
  quiet?: boolean;
  /** Print every request (`npm run fixtures`); otherwise only with KC_FIXTURE_LOG set. */
  log?: boolean;
  /** The http port (the https one stays random); 0 or absent: any free port. */
  port?: number;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? '';
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    const entry: LoggedRequest = { method: req.method ?? 'GET', host, path: url.pathname, status: 0, at: Date.now() };
    requests.push(entry);
    if (!options.quiet && (options.log || process.env.KC_FIXTURE_LOG)) res.on('finish', () => console.log(`[fixtures] ${entry.status} ${host}${entry.path}`));
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
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  const tls = join(import.meta.dirname, 'tls');
  const secure = createHttpsServer(
    { cert: readFileSync(join(tls, 'fixture-cert.pem')), key: readFileSync(join(tls, 'fixture-key.pem')) },
    (req, res) => void handle(req, res),
  );
  const listen = (s: Server, at = 0) =>
    new Promise<number>((ok, fail) => {
      s.once('error', fail);
      s.listen(at, '127.0.0.1', () => ok((s.address() as AddressInfo).port));
    });
  const port = await listen(server, options.port);
  const httpsPort = await listen(secure);
  // A browser using this server as its proxy (Firefox here) sends https requests as CONNECT: a tunnel
  // to our own https side is opened (and logged); anything else is logged and refused, since nothing
  // may leave the machine.
  const tunnels = new Set<Socket>();
  server.on('connect', (req, socket: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const ours = target.endsWith(`:${httpsPort}`);
    requests.push({ method: 'CONNECT', host: target, path: '', status: ours ? 200 : 403, at: Date.now() });
    if (!ours) return socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = tcpConnect(httpsPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    for (const s of [socket, upstream]) {
      tunnels.add(s);
      s.on('error', () => s.destroy());
      s.on('close', () => tunnels.delete(s));
    }
  });
  return {
    port,
    requests,
    httpsPort,
    urlFor(caseName, hostname) {
      const host = hostname ?? readMeta(caseName).hostname;
      return `http://${host}:${port}/${caseName}/`;
    },
    httpsUrlFor(caseName, hostname) {
      const host = hostname ?? readMeta(caseName).hostname;
      return `https://${host}:${httpsPort}/${caseName}/`;
    },
    isFixtureUrl(raw) {
      try {
        const u = new URL(raw);
        return (u.protocol === 'http:' && u.port === String(port)) || (u.protocol === 'https:' && u.port === String(httpsPort));
      } catch {
        return false;
      }
    },
    unexpectedRequests() {
      const cases = listCases();
      return requests.filter(
        (r) =>
          !(
            (r.method === 'CONNECT' && r.status === 200) ||
            ((r.method === 'GET' || r.method === 'HEAD') &&
            (r.host.endsWith(`:${port}`) || r.host.endsWith(`:${httpsPort}`)) &&
            (r.path === '/favicon.ico' || cases.some((c) => r.path.startsWith(`/${c}/`))))
          ),
      );
    },
    close: async () => {
      for (const s of tunnels) s.destroy();
      await Promise.all(
        [server, secure].map(
          (s) =>
            new Promise<void>((ok) => {
              s.closeAllConnections();
              s.close(() => ok());
            }),
        ),
      );
    },
  };
}
