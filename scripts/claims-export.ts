/**
 * `npm run --silent claims:export [--page=URL] [--author=NAME] [FILE]`: prints a dataset (the bundled
 * one by default) as schema.org ClaimReview JSON-LD on stdout, one @graph. `--page` is the web page
 * the reviews are published on (each review's url becomes PAGE#claim-id; without it, a URN that
 * Google's tools do not accept, see src/data/claimreview/to-claimreview.ts); `--author` names their
 * publisher. A dataset that fails validation is not exported: its errors go to stderr and the exit code is 1, so
 * a broken file never becomes a published pack.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { toClaimReview } from '../src/data/claimreview/to-claimreview';
import { formatDataError, validateDatasetText } from '../src/data/validate';

const args = process.argv.slice(2).filter((a) => a !== '--');
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const page = flag('page');
if (page !== undefined && !/^https:\/\/[^\s#]+$/.test(page)) {
  console.error(`--page: ${page} is not an https URL without a fragment`);
  process.exit(1);
}
const file = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(import.meta.dirname, '../src/data/claims.json'));
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
process.stdout.write(JSON.stringify(toClaimReview(result.dataset, { page, author: flag('author') }), null, 2) + '\n');
