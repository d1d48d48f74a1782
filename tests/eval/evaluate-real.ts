/**
 * Measures claim matching on the real-sentence corpus (tests/eval/real/, see its README): each page's
 * sentences are replayed in order through the same code the content script runs (matchInOrder in
 * src/core/scan.ts), as on a page about the topic, so an answer that names no claim can match through
 * the sentences before it. Shared by `npm run eval` (the tables) and the evaluation test (floors).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher } from '../../src/core/matcher';
import { matchInOrder } from '../../src/core/scan';
import { runToEnd } from '../../src/core/steps';
import type { ClaimMatcher, Sentence } from '../../src/core/types';
import type { Dataset } from '../../src/data/schema';
import { parseRealCorpus, REAL_CORPUS_DIR, realCorpusFiles, type RealRow } from './real-corpus';

export type Half = 'tune' | 'test' | 'all';

export interface RealOutcome extends RealRow {
  lang: string;
  /** The claim shown first for the sentence, or null. */
  predicted: string | null;
  via: 'sentence' | 'context' | null;
  score: number;
  terms: string[];
  /** Right claim first, or nothing for a negative. */
  correct: boolean;
}

export interface Tally {
  /** Rows labelled with a claim. */
  positives: number;
  /** ...whose first match is one of their claims. */
  right: number;
  /** ...whose first match is another claim. */
  wrong: number;
  negatives: number;
  /** Negatives that matched a claim. */
  falseMatches: number;
  precision: number;
  recall: number;
}

/** One claim's figures: shown first where right (tp), shown first where wrong (fp), missed (fn). */
export interface ClaimTally {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface RealReport {
  outcomes: RealOutcome[];
  overall: Tally;
  byLang: Map<string, Tally>;
  byClaim: Map<string, ClaimTally>;
  /** Rows that report an answer, by answer id. */
  byAnswer: Map<string, Tally>;
  /** 'alone' rows name their claim; 'page' rows match only through their page. */
  byContext: Map<string, Tally>;
}

export function loadReal(half: Half, langs?: readonly string[]): (RealRow & { lang: string })[] {
  const rows: (RealRow & { lang: string })[] = [];
  for (const file of realCorpusFiles()) {
    const lang = file.replace(/\.tsv$/, '');
    if (langs && !langs.includes(lang)) continue;
    for (const row of parseRealCorpus(readFileSync(join(REAL_CORPUS_DIR, file), 'utf8'))) {
      if (half === 'all' || row.half === half) rows.push({ ...row, lang });
    }
  }
  return rows;
}

function tally(outcomes: readonly RealOutcome[]): Tally {
  let positives = 0, right = 0, wrong = 0, negatives = 0, falseMatches = 0;
  for (const o of outcomes) {
    if (o.claims.length === 0) {
      negatives++;
      if (o.predicted) falseMatches++;
    } else {
      positives++;
      if (o.correct) right++;
      else if (o.predicted) wrong++;
    }
  }
  const shown = right + wrong + falseMatches;
  return { positives, right, wrong, negatives, falseMatches, precision: shown === 0 ? 1 : right / shown, recall: positives === 0 ? 1 : right / positives };
}

function byClaimOf(outcomes: readonly RealOutcome[]): Map<string, ClaimTally> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (id: string) => counts.get(id) ?? counts.set(id, { tp: 0, fp: 0, fn: 0 }).get(id)!;
  for (const o of outcomes) {
    if (o.predicted && o.correct) get(o.predicted).tp++;
    if (o.predicted && !o.correct) get(o.predicted).fp++;
    if (!o.correct) for (const c of o.claims) get(c).fn++;
  }
  return new Map(
    [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, c]) => [id, { ...c, precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) }]),
  );
}

function groupBy(outcomes: readonly RealOutcome[], keys: (o: RealOutcome) => string[]): Map<string, Tally> {
  const groups = new Map<string, RealOutcome[]>();
  for (const o of outcomes) {
    for (const k of keys(o)) {
      const list = groups.get(k);
      if (list) list.push(o);
      else groups.set(k, [o]);
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, tally(list)]));
}

/** Replays one page's rows as consecutive sentences of one text. */
function replay(matcher: ClaimMatcher, rows: readonly (RealRow & { lang: string })[]): RealOutcome[] {
  let at = 0;
  const sentences: Sentence[] = rows.map((r) => {
    const s = { start: at, end: at + r.sentence.length, text: r.sentence };
    at = s.end + 1;
    return s;
  });
  const matches = runToEnd(matchInOrder(sentences, matcher, rows[0]?.date || undefined));
  return rows.map((row, i) => {
    const m = matches.find((x) => x.start === sentences[i]!.start);
    const predicted = m?.claimId ?? null;
    return {
      ...row,
      predicted,
      via: m ? (m.via ?? 'sentence') : null,
      score: m?.score ?? 0,
      terms: m?.terms ?? [],
      correct: predicted === null ? row.claims.length === 0 : row.claims.includes(predicted),
    };
  });
}

export function evaluateReal(datasets: readonly Dataset[], options: { half: Half; langs?: readonly string[]; sensitivity?: number }): RealReport {
  const matcher = createMatcher(datasets, { sensitivity: options.sensitivity });
  const pages = new Map<string, (RealRow & { lang: string })[]>();
  for (const row of loadReal(options.half, options.langs)) {
    const key = `${row.lang}\t${row.article}`;
    const list = pages.get(key);
    if (list) list.push(row);
    else pages.set(key, [row]);
  }
  const outcomes = [...pages.values()].flatMap((rows) => replay(matcher, rows.sort((a, b) => a.seq - b.seq)));
  return {
    outcomes,
    overall: tally(outcomes),
    byLang: groupBy(outcomes, (o) => [o.lang]),
    byClaim: byClaimOf(outcomes),
    byAnswer: groupBy(outcomes, (o) => (o.answer ? [o.answer] : [])),
    byContext: groupBy(outcomes, (o) => (o.claims.length > 0 ? [o.context] : [])),
  };
}
