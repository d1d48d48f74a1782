/**
 * `npm run validate:data -- [--stats] [FILE ...]`: checks dataset files and claim packs (the bundled
 * dataset by default) exactly as the options page's import does, and prints each error as
 * `FILE: $.path: rule: message`; at most about a hundred per file, then how many more. Exit code 1 on
 * any error, so CI and curators notice. Warnings (a look-alike link host) are printed and do not fail.
 * The bundled file is also held to the verified-URL list in tests/seeds/sources.md; other files (claim
 * packs) are not, since a pack's author vouches for its own links. `--stats` adds, per file, the time
 * the check took and the process's peak memory so far.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describeMore } from '../src/data/errors';
import { sizeError } from '../src/data/parse';
import { formatDataError, type DataError } from '../src/data/validate';
import { verifiedUrlsFromSourcesMd } from '../src/data/verified-urls';
import { checkPackText } from '../src/packs/check';
import type { CheckResult } from '../src/packs/types';

const root = resolve(import.meta.dirname, '..');
const bundled = resolve(root, 'src/data/claims.json');
const args = process.argv.slice(2).filter((a) => a !== '--');
const stats = args.includes('--stats');
const files = args.filter((a) => a !== '--stats');
const targets = files.length > 0 ? files.map((f) => resolve(f)) : [bundled];

function failure(error: DataError): CheckResult {
  return { ok: false, errors: [error] };
}

function check(path: string, name: string): CheckResult {
  let text: string;
  try {
    // The size cap before the file is read, as the options page checks a File's size before its text.
    const tooBig = sizeError(name, statSync(path).size);
    if (tooBig) return failure(tooBig);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return failure({ file: name, path: '$', rule: 'json', message: `cannot read file: ${(e as Error).message}` });
  }
  const verifiedUrls =
    path === bundled ? verifiedUrlsFromSourcesMd(readFileSync(resolve(root, 'tests/seeds/sources.md'), 'utf8')) : undefined;
  return checkPackText(name, text, { verifiedUrls });
}

let failed = false;
for (const path of targets) {
  const name = relative(process.cwd(), path) || path;
  const started = performance.now();
  const result = check(path, name);
  const ms = performance.now() - started;
  if (result.ok) {
    console.log(`${name}: ok`);
    for (const w of result.warnings ?? []) console.log(`${formatDataError(w)} (warning)`);
  } else {
    failed = true;
    for (const e of result.errors) console.error(formatDataError(e));
    if (result.more) console.error(`${name}: ${describeMore(result.more)}`);
  }
  if (stats) {
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(`${name}: checked in ${ms.toFixed(0)} ms; peak memory of this process so far ${peak.toFixed(0)} MB`);
  }
}
process.exit(failed ? 1 : 0);
