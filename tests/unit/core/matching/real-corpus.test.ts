import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { checkRealCorpus, COLUMNS, LANGUAGES, MIN_ROWS, parseRealCorpus, REAL_CORPUS_DIR, realCorpusFiles } from '../../../eval/real-corpus';
import { verifiedUrls } from '../../data/seeds';

const known = {
  claims: new Set(BUNDLED_DATASET.claims.map((c) => c.id)),
  responseClaim: new Map(BUNDLED_DATASET.responses.map((r) => [r.id, r.claimId])),
};
const seeds = verifiedUrls();
const files = realCorpusFiles();
const read = (file: string) => readFileSync(join(REAL_CORPUS_DIR, file), 'utf8');
const check = (text: string) => checkRealCorpus(text, known, seeds);

describe('real-sentence corpus files', () => {
  it('has a file per language it claims, named <lang>.tsv, English among them', () => {
    expect(files).toContain('en.tsv');
    for (const file of files) expect(LANGUAGES as readonly string[], file).toContain(file.replace(/\.tsv$/, ''));
  });

  it.each(files)('%s is well formed: header, columns, labels, halves, no duplicates, no seed pages', (file) => {
    expect(check(read(file))).toEqual([]);
  });

  it.each(files)('%s has both halves, positives and negatives, and enough rows', (file) => {
    const rows = parseRealCorpus(read(file));
    expect(rows.length).toBeGreaterThanOrEqual(MIN_ROWS);
    expect(new Set(rows.map((r) => r.half))).toEqual(new Set(['tune', 'test']));
    expect(rows.some((r) => r.claims.length === 0)).toBe(true);
    expect(rows.some((r) => r.claims.length > 0)).toBe(true);
  });
});

describe('the corpus checker on broken copies of a real file', () => {
  const base = read(files.includes('en.tsv') ? 'en.tsv' : files[0]!);
  const lines = base.split('\n');
  const header = lines.indexOf(COLUMNS.join('\t'));
  const firstRow = header + 1;
  const col = (name: (typeof COLUMNS)[number]) => COLUMNS.indexOf(name);
  type Column = (typeof COLUMNS)[number];
  /** The text with some fields of one row replaced. */
  const edit = (text: string, row: number, changes: Partial<Record<Column, string>>) =>
    text
      .split('\n')
      .map((l, i) => (i === row ? l.split('\t').map((c, j) => changes[COLUMNS[j]!] ?? c).join('\t') : l))
      .join('\n');
  const withFields = (changes: Partial<Record<Column, string>>, row = firstRow) => edit(base, row, changes);
  const withField = (name: Column, value: string, row = firstRow) => withFields({ [name]: value }, row);
  const cells = (row: number) => lines[row]!.split('\t');
  const problemsOf = (text: string) => check(text).join('\n');

  it('accepts the unbroken file', () => {
    expect(check(base)).toEqual([]);
  });

  it('reports a wrong header line and a missing header comment', () => {
    expect(problemsOf(lines.map((l, i) => (i === header ? l.replace('sentence', 'text') : l)).join('\n'))).toMatch(/header line/);
    expect(problemsOf(lines.filter((l) => !l.startsWith('#')).join('\n'))).toMatch(/no header comment|never tuned on/);
  });

  it('reports a row with a column missing or a tab inside the sentence', () => {
    expect(problemsOf(lines.map((l, i) => (i === firstRow ? l.split('\t').slice(0, -1).join('\t') : l)).join('\n'))).toMatch(
      new RegExp(`line ${firstRow + 1}: 10 columns`),
    );
    const sentence = cells(firstRow)[col('sentence')]!;
    expect(problemsOf(withField('sentence', sentence.replace(' ', '\t')))).toMatch(/12 columns/);
  });

  it('reports bad labels: half, unknown claim, unknown response, a response of another claim, a bad party slug, an answer on a negative', () => {
    expect(problemsOf(withField('half', 'train'))).toMatch(/half "train"/);
    expect(problemsOf(withField('claim', 'pakistan-troops-2020'))).toMatch(/unknown claim "pakistan-troops-2020"/);
    expect(problemsOf(withField('answer', 'resp-no-such-answer'))).toMatch(/unknown response/);
    expect(problemsOf(withFields({ claim: 'outbreak-blame-2020', answer: 'resp-eu-michel-halt' }))).toMatch(
      /answers azerbaijan-anti-terrorist-operation-2023, not outbreak-blame-2020/,
    );
    expect(problemsOf(withField('answer', 'party:Aliyev says no'))).toMatch(/party answer/);
    const negative = lines.findIndex((l, i) => i > header && l.split('\t')[col('claim')] === 'none');
    expect(problemsOf(withField('answer', 'party:someone', negative))).toMatch(/an answer on a sentence labelled none/);
    expect(problemsOf(withField('context', 'page', negative))).toMatch(/a negative with context page/);
    expect(problemsOf(withField('note', 'restatement', negative))).toMatch(/does not fit claim none/);
    expect(problemsOf(withField('note', 'positive'))).toMatch(/does not start with restatement, answer or negative/);
  });

  it('reports a bad context, seq, date, url and an empty sentence', () => {
    expect(problemsOf(withField('context', 'quote'))).toMatch(/context "quote"/);
    expect(problemsOf(withField('seq', 'one'))).toMatch(/seq "one"/);
    expect(problemsOf(withField('date', '17/10/2020'))).toMatch(/date "17\/10\/2020"/);
    expect(problemsOf(withField('url', 'ftp://example.com/a'))).toMatch(/not an http\(s\) URL/);
    expect(problemsOf(withField('url', 'dawn.com/news/1'))).toMatch(/not an http\(s\) URL/);
    expect(problemsOf(withField('sentence', ' '))).toMatch(/empty sentence/);
  });

  it('reports seq going backwards within an article', () => {
    const second = lines.findIndex((l, i) => i > firstRow && l.split('\t')[col('article')] === cells(firstRow)[col('article')]);
    expect(second).toBeGreaterThan(firstRow);
    expect(problemsOf(withField('seq', '99'))).toMatch(/does not follow 99/);
  });

  it('reports a duplicate sentence', () => {
    const other = lines.findIndex((l, i) => i > firstRow + 3 && l !== '' && !l.startsWith('#'));
    expect(problemsOf(withField('sentence', cells(firstRow)[col('sentence')]!, other))).toMatch(/again/);
  });

  it('reports an outlet split over both halves, by name and by domain', () => {
    const row = lines.findIndex((l, i) => i > firstRow && l.split('\t')[col('article')] === cells(firstRow)[col('article')]);
    const flipped = cells(row)[col('half')] === 'tune' ? 'test' : 'tune';
    const broken = problemsOf(withField('half', flipped, row));
    expect(broken).toMatch(/outlet .* is in both halves/);
    expect(broken).toMatch(/domain .* is in both halves/);
  });

  it("reports a sentence from a seed document's own page, with or without its slug, www or query", () => {
    const article = cells(firstRow)[col('article')];
    // Every row of the first article moves to the page, so that only the seed rule can object.
    const rowsOfArticle = lines.flatMap((l, i) => (i > header && l.split('\t')[col('article')] === article ? [i] : []));
    const onPage = (url: string) => rowsOfArticle.reduce((text, row) => edit(text, row, { url }), base);
    expect(seeds.size).toBe(5);
    for (const seed of seeds) {
      expect(problemsOf(onPage(seed.replace(/^https:\/\/(www\.)?/, 'http://www.'))), seed).toMatch(/is a seed document's page/);
    }
    expect(problemsOf(onPage('https://arabnews.pk/node/2401576?ref=1'))).toMatch(/is a seed document's page/);
    expect(problemsOf(onPage('https://www.arabnews.pk/node/2401577/pakistan'))).toBe('');
    expect(problemsOf(onPage('https://example.org/node/2401576/pakistan'))).toBe('');
  });

  it(`reports a file with fewer than ${MIN_ROWS} rows`, () => {
    expect(problemsOf(lines.slice(0, firstRow + 5).join('\n'))).toMatch(new RegExp(`fewer than ${MIN_ROWS}`));
  });
});
