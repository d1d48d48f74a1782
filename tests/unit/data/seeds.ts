/** Reads the seed documents and sources.md copied into tests/seeds, so data tests never reach outside the repo. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { verifiedUrlsFromSourcesMd } from '@/src/data/verified-urls';

const seedsDir = resolve(import.meta.dirname, '../../seeds');

export function seedText(document: string): string {
  return readFileSync(resolve(seedsDir, document), 'utf8');
}

export function verifiedUrls(): Set<string> {
  return verifiedUrlsFromSourcesMd(readFileSync(resolve(seedsDir, 'sources.md'), 'utf8'));
}

/** The only differences a quote may have from its source: whitespace and typographic quote marks. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export const TTP_ARTICLE_START = 'Pakistan says nine militants killed in security operations in northwest';
