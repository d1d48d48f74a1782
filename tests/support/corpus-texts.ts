/**
 * Real text to compare two implementations on: every sentence of tests/eval/real/*.tsv, each
 * article's sentences joined into one paragraph in their order (as they stood on the page), and the
 * seed documents in tests/seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRealCorpus, REAL_CORPUS_DIR, realCorpusFiles, type RealRow } from '../eval/real-corpus';

const SEEDS_DIR = join(import.meta.dirname, '../seeds');

export function corpusRows(): RealRow[] {
  return realCorpusFiles().flatMap((f) => parseRealCorpus(readFileSync(join(REAL_CORPUS_DIR, f), 'utf8')));
}

export function corpusParagraphs(rows: readonly RealRow[] = corpusRows()): string[] {
  const byArticle = new Map<string, RealRow[]>();
  for (const r of rows) {
    const key = `${r.url}\u0000${r.article}`;
    const list = byArticle.get(key);
    if (list) list.push(r);
    else byArticle.set(key, [r]);
  }
  return [...byArticle.values()].map((list) => list.sort((a, b) => a.seq - b.seq).map((r) => r.sentence).join(' '));
}

export function seedTexts(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
}
