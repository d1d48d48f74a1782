/**
 * `npm run --silent claims:export [FILE]`: prints a dataset (the bundled one by default) as schema.org
 * ClaimReview-style JSON-LD on stdout. A dataset that fails validation is not exported: its errors go
 * to stderr and the exit code is 1, so a broken file never becomes a published pack.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { toClaimReview } from '../src/data/claimreview';
import { formatDataError, validateDatasetText } from '../src/data/validate';

const file = resolve(process.argv.slice(2).find((a) => a !== '--') ?? resolve(import.meta.dirname, '../src/data/claims.json'));
const name = relative(process.cwd(), file) || file;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`${name}: $: json: cannot read file: ${(e as Error).message}`);
  process.exit(1);
}
const result = validateDatasetText(text, name);
if (!result.ok) {
  for (const e of result.errors) console.error(formatDataError(e));
  process.exit(1);
}
process.stdout.write(JSON.stringify(toClaimReview(result.dataset), null, 2) + '\n');
