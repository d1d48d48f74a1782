/**
 * `npm run gen:bundled-index`: writes src/core/matching/bundled-index.ts, the claim index of the
 * bundled dataset as JSON text, so that a page loads the matcher's index instead of building it. Run
 * it after changing the bundled claims or the matcher's reading of them (lexicon, terms, index); a
 * unit test (tests/unit/core/index-json.test.ts) fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledIndexModule } from '../src/core/matching/bundled-index-source';

const out = join(import.meta.dirname, '../src/core/matching/bundled-index.ts');
writeFileSync(out, bundledIndexModule());
console.log(`wrote ${out}`);
