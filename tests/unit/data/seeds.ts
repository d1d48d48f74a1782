/** Reads the seed documents and sources.md copied into tests/seeds, so data tests never reach outside the repo. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { verifiedUrlsFromSourcesMd } from '@/src/data/verified-urls';

const seedsDir = resolve(import.meta.dirname, '../../seeds');

export function seedText(document: string): string {
  return readFileSync(resolve(seedsDir, document), 'utf8');
}

export function verifiedUrls(): Set<string> {
  return verifiedUrlsFromSourcesMd(sourcesMd());
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

/** The passages a document puts in quotation marks (“…” or ‘…’), normalised like quotes. */
export function quotedSpans(text: string): string[] {
  return [...text.matchAll(/“([^”]*)”|‘([^’]*)’/g)].map((m) => normaliseForQuote(m[1] ?? m[2] ?? ''));
}

/** True when `passage` lies inside one of the document's quotation marks: the speaker's own words there. */
export function isQuotedIn(passage: string, document: string): boolean {
  const p = normaliseForQuote(passage);
  return quotedSpans(document).some((span) => span.includes(p));
}

/** What our own text puts in quotation marks: “…”, "…", or ‘…’ and '…' used as quotes, not apostrophes. */
export function quotedFragments(text: string): string[] {
  const double = [...text.matchAll(/“([^”]*)”|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
  const single = [...text.matchAll(/(?:^|[\s([{])[‘']([^‘’']*)[’'](?=$|[\s.,;:!?)\]}])/g)].map((m) => m[1] ?? '');
  return [...double, ...single];
}

export interface SourcesMdRow {
  file: string;
  publisher: string;
  headline: string;
  /** The table marks the headline as rebuilt from the URL's words. */
  headlineFromUrl: boolean;
}

/** The rows of sources.md's table, one per seed document. */
export function sourcesMdRows(): SourcesMdRow[] {
  return sourcesMd()
    .split('\n')
    .filter((line) => /^\|\s*\d{3}_/.test(line))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      const headline = cells[3] ?? '';
      const fromUrl = /\(from the URL/.test(headline);
      return { file: cells[1]!, publisher: cells[2]!, headline: headline.replace(/\s*\(from the URL[^)]*\)\s*$/, ''), headlineFromUrl: fromUrl };
    });
}

export function sourcesMd(): string {
  return readFileSync(resolve(seedsDir, 'sources.md'), 'utf8');
}
