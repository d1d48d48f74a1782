/**
 * The project's conventions, checked rather than hoped for (cf. refined-github's build/features.test.ts):
 * the layers and who may import whom, thin entrypoints, one writer of highlights, nothing sent
 * anywhere, small files and functions, no export nothing uses, browser tests that wait on state, and
 * unit tests filed as src/ is. Each failure names the offending file (and line or name).
 * The core's freedom from DOM globals is also checked by the compiler: tsconfig.core.json compiles
 * src/core and src/data without DOM or extension types (part of `npm run typecheck`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { extensionPagesCsp } from '../../wxt.config';
import { longFunctions, repositoryProgram, sourceFiles, unusedExports } from '../support/code-shape';

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

const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 100;

/**
 * Every module a file imports, re-exports or loads with import(), with where it resolves to: a
 * repository path without extension (src/page/card/CardHost, src/core for an index) or a package name.
 */
function importsOf(file: string): { spec: string; target: string }[] {
  const statements = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;
  const specs = [...code(file).matchAll(statements)].map((m) => (m[1] ?? m[2] ?? m[3])!);
  return specs.map((spec) => {
    if (!spec.startsWith('.') && !spec.startsWith('@/')) return { spec, target: spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]! };
    const abs = spec.startsWith('@/') ? join(root, spec.slice(2)) : join(file, '..', spec);
    return { spec, target: rel(abs).replace(/\.(ts|tsx|js|mjs)$/, '').replace(/\/index$/, '') };
  });
}

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

  it('keeps the core pure: src/core imports only the core, the data model and fuse.js, and no browser API', () => {
    const offenders: string[] = [];
    for (const file of filesUnder(join(root, 'src', 'core'))) {
      for (const { spec, target } of importsOf(file)) {
        const ok = target.startsWith('src/core/') || target.startsWith('src/data/') || target === 'fuse.js';
        if (!ok) offenders.push(`${rel(file)} imports ${spec}`);
      }
      if (/\b(browser|chrome)\s*\.\s*(runtime|storage|tabs|i18n|action|scripting|permissions)\b/.test(code(file))) offenders.push(`${rel(file)} calls a browser API`);
    }
    expect(offenders).toEqual([]);
  });

  it.each([
    ['src/ui', 'src/page', 'the shared views never reach into the annotator'],
    ['src/data', 'src/ui', 'the dataset knows nothing of how it is shown'],
    ['src', 'entrypoints', 'src/ never imports an entrypoint: entrypoints call into src/'],
  ])('%s never imports %s (%s)', (from, forbidden) => {
    // The reader of imports works: src/ui imports the data model, src/data valibot, src/ the core.
    expect(filesUnder(join(root, from)).flatMap(importsOf).map((i) => i.target)).toEqual(expect.arrayContaining([from === 'src/data' ? 'valibot' : 'src/data/schema']));
    const offenders = filesUnder(join(root, from)).flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target === forbidden || target.startsWith(`${forbidden}/`))
        .map(({ spec }) => `${rel(file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it(`keeps every file in src/ at most ${MAX_FILE_LINES} lines`, () => {
    const offenders = sourceFiles('src')
      .map((file) => ({ file, lines: readFileSync(join(root, file), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_FILE_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(offenders).toEqual([]);
  });

  it(`keeps every function in src/ and entrypoints/ at most ${MAX_FUNCTION_LINES} lines`, () => {
    const offenders = longFunctions([...sourceFiles('src'), ...sourceFiles('entrypoints')], MAX_FUNCTION_LINES).map(
      (f) => `${f.file}:${f.line} ${f.name}: ${f.lines} lines`,
    );
    expect(offenders).toEqual([]);
  });

  // A TypeScript program over the whole repository: about 10 s alone, several times that on a busy
  // machine (measured 41 s with four other builds running), hence its own timeout.
  it('exports nothing that nothing uses (src/ and entrypoints/; tests and scripts count as users)', { timeout: 240_000 }, () => {
    const offenders = unusedExports(repositoryProgram(), ['src', 'entrypoints']).map((u) => `${u.file}: ${u.name}`);
    expect(offenders).toEqual([]);
  });

  it('lets no browser test sleep: tests/e2e waits on state (waitFor, expect.poll, the page\'s own events)', () => {
    const sleeps = [
      /\bwaitForTimeout\s*\(/,
      // setTimeout(resolve, ms): a promise that resolves after a fixed time
      /\bsetTimeout\s*\(\s*[\w$]+\s*,/,
      /\b(sleep|settle|delay|pause)\s*\(\s*\d/,
      /\b(const|function)\s+(sleep|settle|delay|pause)\b/,
      // "nothing changed for N ms": a fixed wait by another name
      /Date\.now\(\)\s*-\s*[\w.]+\s*>=?\s*\d/,
    ];
    const offenders = filesUnder(join(root, 'tests', 'e2e')).flatMap((file) =>
      code(file)
        .split('\n')
        .flatMap((line, i) => (sleeps.some((re) => re.test(line)) ? [`${rel(file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('files unit tests as src/ is: every folder under tests/unit names a folder of src/', () => {
    const folders = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name !== 'fixtures')
        .flatMap((d) => [`${dir}/${d.name}`, ...folders(`${dir}/${d.name}`)]);
    const offenders = folders('tests/unit')
      .map((f) => f.slice('tests/unit/'.length))
      .filter((f) => !existsSync(join(root, 'src', f)) || !statSync(join(root, 'src', f)).isDirectory())
      .map((f) => `tests/unit/${f} (no src/${f})`);
    expect(offenders).toEqual([]);
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
