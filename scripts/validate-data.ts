/**
 * `npm run validate:data -- [FILE ...]`: checks dataset files (the bundled one by default) and prints
 * each error as `FILE: $.path: rule: message`. Exit code 1 on any error, so CI and curators notice.
 * The bundled file is also held to the verified-URL list in tests/seeds/sources.md; other files (claim
 * packs) are not, since a pack's author vouches for its own links.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatDataError, validateDatasetText, type DataError } from '../src/data/validate';
import { verifiedUrlsFromSourcesMd } from '../src/data/verified-urls';

const root = resolve(import.meta.dirname, '..');
const bundled = resolve(root, 'src/data/claims.json');
const files = process.argv.slice(2).filter((a) => a !== '--');
const targets = files.length > 0 ? files.map((f) => resolve(f)) : [bundled];

function check(path: string): DataError[] {
  const name = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return [{ file: name, path: '$', rule: 'json', message: `cannot read file: ${(e as Error).message}` }];
  }
  const verifiedUrls =
    path === bundled ? verifiedUrlsFromSourcesMd(readFileSync(resolve(root, 'tests/seeds/sources.md'), 'utf8')) : undefined;
  const result = validateDatasetText(text, name, { verifiedUrls });
  if (result.ok) console.log(`${name}: ok`);
  return result.ok ? [] : result.errors;
}

let failed = false;
for (const path of targets) {
  const errors = check(path);
  for (const e of errors) console.error(formatDataError(e));
  if (errors.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
