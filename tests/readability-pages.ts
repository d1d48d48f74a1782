/**
 * The texts of Mozilla Readability's 130 real saved pages (news, blogs, wikis; none about the region),
 * as the content script's first stage reads them. See tests/fixtures/readability/README.md for their origin and licence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export interface ReadabilityPage {
  /** The page's folder in readability's test/test-pages/. */
  name: string;
  /** `(document.body ?? document.documentElement).textContent` of its source.html. */
  text: string;
}

let pages: ReadabilityPage[] | undefined;

export function readabilityPages(): ReadabilityPage[] {
  pages ??= (
    JSON.parse(brotliDecompressSync(readFileSync(join(import.meta.dirname, 'fixtures/readability/pages.json.br'))).toString('utf8')) as {
      pages: ReadabilityPage[];
    }
  ).pages;
  return pages;
}
