/**
 * The real-sentence corpus (tests/eval/real/<lang>.tsv, format in tests/eval/real/README.md): a parser,
 * and a form checker that lists every way a file breaks the format. Pure text in, rows or problems out,
 * so the unit test can run it on the committed files and on deliberately broken copies of them.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REAL_CORPUS_DIR = fileURLToPath(new URL('./real/', import.meta.url));

export const COLUMNS = ['half', 'claim', 'answer', 'context', 'article', 'seq', 'outlet', 'date', 'url', 'sentence', 'note'] as const;
export const LANGUAGES = ['en', 'ru', 'tr', 'az', 'hy', 'ur', 'ar', 'fa', 'fr', 'de', 'es', 'hi'] as const;
export const MIN_ROWS = 25;

export interface RealRow {
  line: number;
  half: 'tune' | 'test';
  /** Empty for `none`. */
  claims: string[];
  answer: string;
  context: 'alone' | 'page';
  article: string;
  seq: number;
  outlet: string;
  date: string;
  url: string;
  sentence: string;
  note: string;
}

/** What the checker needs from the dataset: its claim ids, and each response's claim. */
export interface KnownIds {
  claims: ReadonlySet<string>;
  responseClaim: ReadonlyMap<string, string>;
}

export function realCorpusFiles(dir = REAL_CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
}

/** Rows of a corpus file; comment lines, blank lines and the header are skipped. No checking here. */
export function parseRealCorpus(text: string): RealRow[] {
  const rows: RealRow[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#') || line === COLUMNS.join('\t')) return;
    const c = line.split('\t');
    rows.push({
      line: i + 1,
      half: c[0] as RealRow['half'],
      claims: c[1] === 'none' ? [] : (c[1] ?? '').split('|'),
      answer: c[2] ?? '',
      context: c[3] as RealRow['context'],
      article: c[4] ?? '',
      seq: Number(c[5]),
      outlet: c[6] ?? '',
      date: c[7] ?? '',
      url: c[8] ?? '',
      sentence: c[9] ?? '',
      note: c[10] ?? '',
    });
  });
  return rows;
}

/** example.co.uk for www.news.example.co.uk; the split is by this key. */
export function registrableDomain(url: string): string {
  const labels = new URL(url).hostname.toLowerCase().split('.');
  const secondLevel = /^(com|co|org|net|gov|edu|ac|gen|web)$/;
  const n = labels.length >= 3 && secondLevel.test(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** host + path without www, scheme, query or trailing slash, for comparing a row's page with a seed's. */
const pageKey = (url: string): string => {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
};

/**
 * The same page: equal keys, or one a path prefix of the other when the shorter one already names an
 * article (a numeric id such as dawn.com/news/1585565 or two path segments), since sites add slugs.
 */
const samePage = (a: string, b: string): boolean => {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const path = short.slice(short.indexOf('/') + 1);
  return short.includes('/') && long.startsWith(`${short}/`) && (/\d{4,}/.test(path) || path.split('/').length >= 2);
};

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NOTE = /^(restatement|answer|negative:[a-z0-9][a-z0-9-]*)(\s|$)/;

/**
 * Every form problem of one corpus file, as "line N: what" strings (empty when the file is well formed).
 * `seedUrls` are the seed documents' own pages, which no sentence may come from.
 */
export function checkRealCorpus(text: string, known: KnownIds, seedUrls: Iterable<string>): string[] {
  const problems: string[] = [];
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const firstData = lines.findIndex((l) => l !== '' && !l.startsWith('#'));
  if (firstData < 1 || !lines.slice(0, firstData).some((l) => l.startsWith('#'))) problems.push('no header comment on top');
  if (!lines.slice(0, Math.max(firstData, 0)).some((l) => /never tuned on/i.test(l))) {
    problems.push('the header comment does not say the test half is never tuned on');
  }
  if (firstData < 0 || lines[firstData] !== COLUMNS.join('\t')) {
    problems.push(`line ${firstData + 1}: the header line is not ${COLUMNS.join(' ')}`);
  }
  lines.forEach((line, i) => {
    if (i > firstData && line !== '' && !line.startsWith('#') && line.split('\t').length !== COLUMNS.length) {
      problems.push(`line ${i + 1}: ${line.split('\t').length} columns, not ${COLUMNS.length}`);
    }
  });

  const seeds = [...seedUrls].map(pageKey);
  const rows = parseRealCorpus(text).filter((r) => lines[r.line - 1]!.split('\t').length === COLUMNS.length);
  if (rows.length < MIN_ROWS) problems.push(`${rows.length} rows, fewer than ${MIN_ROWS}`);

  const bad = (r: RealRow, what: string) => problems.push(`line ${r.line}: ${what}`);
  for (const r of rows) {
    if (r.half !== 'tune' && r.half !== 'test') bad(r, `half "${r.half}" is neither tune nor test`);
    const claimCell = lines[r.line - 1]!.split('\t')[1]!;
    if (claimCell !== 'none') {
      for (const id of r.claims) if (!known.claims.has(id)) bad(r, `unknown claim "${id}"`);
      if (new Set(r.claims).size !== r.claims.length) bad(r, `claim "${claimCell}" names a claim twice`);
    }
    if (r.answer !== '') {
      if (r.claims.length === 0) bad(r, 'an answer on a sentence labelled none');
      if (r.answer.startsWith('party:')) {
        if (!SLUG.test(r.answer.slice('party:'.length))) bad(r, `party answer "${r.answer}" is not party:<lowercase-slug>`);
      } else if (!known.responseClaim.has(r.answer)) {
        bad(r, `unknown response "${r.answer}"`);
      } else if (!r.claims.includes(known.responseClaim.get(r.answer)!)) {
        bad(r, `response "${r.answer}" answers ${known.responseClaim.get(r.answer)}, not ${claimCell}`);
      }
    }
    if (r.context !== 'alone' && r.context !== 'page') bad(r, `context "${r.context}" is neither alone nor page`);
    if (r.claims.length === 0 && r.context === 'page') bad(r, 'a negative with context page');
    if (!/^\S+$/.test(r.article)) bad(r, `article id "${r.article}" is empty or has spaces`);
    if (!Number.isInteger(r.seq) || r.seq < 1) bad(r, `seq "${lines[r.line - 1]!.split('\t')[5]}" is not a positive integer`);
    if (r.outlet.trim() === '') bad(r, 'no outlet');
    if (r.date !== '' && !DATE.test(r.date)) bad(r, `date "${r.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    let url: URL | null = null;
    try {
      url = new URL(r.url);
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol)) bad(r, `url "${r.url}" is not an http(s) URL`);
    else if (seeds.some((s) => samePage(s, pageKey(r.url)))) bad(r, `url ${r.url} is a seed document's page`);
    if (r.sentence.trim() === '') bad(r, 'empty sentence');
    else if (r.sentence !== r.sentence.trim()) bad(r, 'the sentence has leading or trailing spaces');
    if (!NOTE.test(r.note)) bad(r, `note "${r.note}" does not start with restatement, answer or negative:<topic>`);
    else if ((r.claims.length === 0) !== r.note.startsWith('negative:')) bad(r, `note "${r.note}" does not fit claim ${claimCell}`);
  }

  const seen = new Map<string, number>();
  for (const r of rows) {
    const first = seen.get(r.sentence);
    if (first !== undefined) bad(r, `the sentence of line ${first} again`);
    else seen.set(r.sentence, r.line);
  }

  const byArticle = new Map<string, RealRow[]>();
  for (const r of rows) byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), r]);
  for (const [article, group] of byArticle) {
    for (let i = 1; i < group.length; i++) {
      if (!(group[i]!.seq > group[i - 1]!.seq)) bad(group[i]!, `seq ${group[i]!.seq} of article ${article} does not follow ${group[i - 1]!.seq}`);
    }
    for (const field of ['url', 'outlet', 'date'] as const) {
      if (new Set(group.map((r) => r[field])).size > 1) bad(group[0]!, `article ${article} has several ${field}s`);
    }
  }

  const halvesBy = (key: (r: RealRow) => string, what: string) => {
    const halves = new Map<string, Set<string>>();
    for (const r of rows) halves.set(key(r), (halves.get(key(r)) ?? new Set()).add(r.half));
    for (const [k, hs] of halves) if (hs.size > 1) problems.push(`${what} ${k} is in both halves`);
  };
  halvesBy((r) => r.outlet, 'outlet');
  halvesBy((r) => {
    try {
      return registrableDomain(r.url);
    } catch {
      return r.url;
    }
  }, 'domain');
  return problems;
}
