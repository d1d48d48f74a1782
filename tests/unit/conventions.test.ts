/**
 * The project's conventions, checked rather than hoped for (cf. refined-github's build/features.test.ts).
 * The core's freedom from DOM and browser APIs is checked by the compiler instead: tsconfig.core.json
 * compiles src/core and src/data without DOM or extension types (part of `npm run typecheck`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { extensionPagesCsp } from '../../wxt.config';

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string, ext = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

const product = [...filesUnder(join(root, 'src')), ...filesUnder(join(root, 'entrypoints'))];
const rel = (p: string) => relative(root, p);
const code = (p: string) =>
  readFileSync(p, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('conventions', () => {
  it('keeps entrypoints thin: imports, a define call, a mount — the logic lives in src/', () => {
    // An entrypoint is a file WXT builds: a top-level file or a folder's index. Beside a content
    // script's index sits its stage glue (start, hand-off, run), wiring src/ together for that stage.
    const entrypoints = filesUnder(join(root, 'entrypoints')).filter((f) => /\/entrypoints\/([^/]+|[^/]+\/(index|main)\.[a-z]+)$/.test(f));
    expect(entrypoints.length).toBeGreaterThanOrEqual(4);
    for (const file of entrypoints) {
      const lines = code(file).split('\n').filter((l) => l.trim() !== '');
      expect(lines.length, `${rel(file)} has ${lines.length} lines of code`).toBeLessThanOrEqual(20);
      expect(code(file), `${rel(file)} declares its own functions`).not.toMatch(/^\s*(export\s+)?(async\s+)?function\s/m);
    }
  });

  it('has one writer of highlights: only src/page/highlighter.ts touches CSS.highlights', () => {
    const writers = product.filter((f) => /\bCSS\s*\.\s*highlights\b|\bnew Highlight\(/.test(code(f)));
    expect(writers.map(rel)).toEqual(['src/page/highlighter.ts']);
  });

  it('sends nothing anywhere: no network API in the product', () => {
    const network = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource)\b/;
    const offenders = product.filter((f) => network.test(code(f)));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('never reads the steering folder at run time or in tests', () => {
    const all = [...product, ...filesUnder(join(root, 'tests', 'unit')), ...filesUnder(join(root, 'tests', 'e2e')), ...filesUnder(join(root, 'scripts'), /\.(ts|mjs|js)$/)];
    const offenders = all.filter((f) => /\.\.\/shared\/|\/work\/shared/.test(readFileSync(f, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('keeps the core free of browser modules: src/core imports only the core, the data model and fuse.js', () => {
    for (const file of filesUnder(join(root, 'src', 'core'))) {
      const specifiers = [...code(file).matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      for (const s of specifiers) {
        expect(s, `${rel(file)} imports ${s}`).toMatch(/^(\.{1,2}\/|@\/src\/(core|data)\/|fuse\.js$)/);
      }
    }
  });

  it('keeps the first stage light: what every news page loads statically holds no matcher, card, settings or claims', () => {
    // Static, value imports only: `import type` is erased, and import() is the second stage's door.
    const importsOf = (file: string): string[] =>
      [...code(file).matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)].map((m) => (m[1] ?? m[2])!);
    const resolve = (from: string, spec: string): string | null => {
      const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : spec.startsWith('.') ? join(from, '..', spec) : null;
      if (!base) return spec; // a package
      for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
        try {
          if (statSync(candidate).isFile()) return candidate;
        } catch {
          // not this one
        }
      }
      return base;
    };
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!/\.(ts|tsx)$/.test(file)) return;
      for (const spec of importsOf(file)) {
        const next = resolve(file, spec);
        if (next) walk(next);
      }
    };
    walk(join(root, 'entrypoints/news.content/index.ts'));
    const loaded = [...seen].map((f) => (f.startsWith(root) ? rel(f) : f));
    const heavy = /src\/core\/(matcher|lexicon|terms|names|mentions|sentences)|src\/page\/(annotat|live|card)|entrypoints\/annotator\.content|src\/settings|src\/packs|src\/data|^preact|^fuse\.js|^valibot/;
    expect(loaded.filter((f) => heavy.test(f))).toEqual([]);
    expect(loaded).toContain('entrypoints/news.content/start.ts');
    expect(loaded).toContain('src/core/quick-test.ts');
  });

  it('gives extension pages a CSP that forbids every connection and all but our own code (tests/e2e/csp.e2e.ts checks the built manifests and the browser)', async () => {
    const manifestOf = config.manifest as (env: { browser: string; command: 'build' | 'serve'; mode: string; manifestVersion: 3 }) => Record<string, unknown>;
    for (const browser of ['chrome', 'firefox']) {
      const manifest = await manifestOf({ browser, command: 'build', mode: 'production', manifestVersion: 3 });
      const policy = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
      expect(policy, browser).toBe(extensionPagesCsp('build'));
      const directives = policy.split(';').map((d) => d.trim().split(/\s+/));
      expect(directives.find(([name]) => name === 'connect-src'), browser).toEqual(['connect-src', "'none'"]);
      expect(directives.find(([name]) => name === 'default-src'), browser).toEqual(['default-src', "'none'"]);
      for (const [name, ...sources] of directives) for (const source of sources) expect(["'self'", "'none'"], `${browser} ${name}`).toContain(source);
    }
  });
});
