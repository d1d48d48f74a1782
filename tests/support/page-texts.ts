/**
 * Text for pages the browser tests and the browser bench build at run time: the paragraphs of the
 * generated 1 MB article (tests/fixtures/pages/large-article, about one in four about the region).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LARGE_ARTICLE = join(import.meta.dirname, '../fixtures/pages/large-article/index.html');

const decode = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/** `count` paragraphs of the 1 MB article, in its order (its generator must have run). */
export function articleParagraphs(count: number): string[] {
  const texts = (readFileSync(LARGE_ARTICLE, 'utf8').match(/<p>[^<]*<\/p>/g) ?? []).map((p) => decode(p.slice(3, -4)));
  if (texts.length === 0) throw new Error(`no paragraphs in ${LARGE_ARTICLE}: run its generator first`);
  return Array.from({ length: count }, (_, i) => texts[i % texts.length]!);
}
