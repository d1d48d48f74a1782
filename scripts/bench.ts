/**
 * `npm run bench`: prints one JSON report of the core's speed on this machine.
 *  (a) the page gate and mention scan over 1 MB without any mention, against the floor (a plain
 *      indexOf loop for one name), and over 1 MB with mentions;
 *  (b) the whole pipeline (mentions, gate, sentences, matching) on a 5,000-word on-topic article,
 *      against the bundled claims and 1k and 10k synthetic claims;
 *  (c) one popup-style Fuse query over 10k claims;
 *  (d) the first stage's quick test on the text of Readability's 130 real saved pages, and on 1 MB
 *      without a name that says "intelligence" and "replacing", against a bare indexOf loop;
 *  (e) hostile text: findMentions on one long line, and on 1 MB and 5 MB of one repeated name.
 * Times are medians of repeated runs, in milliseconds. Nothing here asserts: benchmarks only print.
 */
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { isAboutTopic, topicScore } from '../src/core/gate';
import { createMatcher } from '../src/core/matcher';
import { scanText } from '../src/core/scan';
import { findMentions, mayMention } from '../src/core/mentions';
import { NAMES } from '../src/core/names';
import { fillerText, rng, syntheticDataset } from '../tests/support/synthetic-claims';
import { BUNDLED_DATASET } from '../src/data/bundled';
import { loadLabelled } from '../tests/eval/evaluate';
import { readabilityPages } from '../tests/readability-pages';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs f repeatedly (after warm-up) and returns the median time in ms. */
function time(f: () => unknown, runs = 21, warmup = 5): number {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += Number(Boolean(f()));
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += Number(Boolean(f()));
    ts.push(performance.now() - t0);
  }
  if (sink < 0) console.error(sink);
  return round(median(ts));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function machine() {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let nproc = cpus().length;
  try {
    nproc = Number(execSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    // cpus() is the fallback
  }
  // The machine may be shared: the load average says how far to trust the times.
  return { nproc, cpu: model, node: process.version, loadAverage1m: round(loadavg()[0]!), date: new Date().toISOString() };
}

// (a) ------------------------------------------------------------------------------------------------
const MB = 1_000_000;
const plain = fillerText(MB);
if (findMentions(plain).length !== 0) throw new Error('filler text must hold no mention');
const floor = time(() => {
  let n = 0;
  for (let i = plain.indexOf('Karabakh'); i !== -1; i = plain.indexOf('Karabakh', i + 1)) n++;
  return n + 1;
});
// A second reference: the same loop once per spelling in the names table, as written (no case or
// spelling variants), which is what "every name" costs done naively.
const spellings = [...new Set(NAMES.map((n) => n.spelling))];
const floorAllSpellings = time(() => {
  let n = 0;
  for (const s of spellings) if (plain.indexOf(s) !== -1) n++;
  return n + 1;
});
const gateNoMention = time(() => isAboutTopic(plain));
const mentionsNoMention = time(() => findMentions(plain));

const names = ['Nagorno-Karabakh', 'Stepanakert', 'Karabakh', 'Şuşa', 'Нагорный Карабах', 'Ganja', 'Artsakh', 'Agdam'];
const withMentionsParts: string[] = [];
for (let i = 0, k = 0; i < plain.length; i += 2000, k++) withMentionsParts.push(plain.slice(i, i + 2000), ` ${names[k % names.length]} `);
const withMentions = withMentionsParts.join('');
const mentionCount = findMentions(withMentions).length;
const mentionsWith = time(() => findMentions(withMentions), 11);
const gateWith = time(() => topicScore(withMentions), 11);

// (b) ------------------------------------------------------------------------------------------------
function article(words: number): string {
  const next = rng(3);
  const rows = loadLabelled();
  const filler = fillerText(200_000, 11).split(/(?<=\.)\s+/);
  const out: string[] = ['Nagorno-Karabakh: the week in review'];
  let count = 5;
  let p = 0;
  while (count < words) {
    // Every fourth sentence is a labelled one (claim wordings and near misses), the rest filler.
    const s = next() < 0.25 ? rows[Math.floor(next() * rows.length)]!.sentence : filler[p++ % filler.length]!;
    out.push(s);
    count += s.split(/\s+/).length;
    if (next() < 0.2) out.push('\n');
  }
  return out.join(' ');
}
const text5k = article(5000);
const wordCount = text5k.split(/\s+/).filter(Boolean).length;

function pipeline(label: string, datasets: Parameters<typeof createMatcher>[0]) {
  const t0 = performance.now();
  const matcher = createMatcher(datasets);
  const build = round(performance.now() - t0);
  const claims = datasets.reduce((n, d) => n + d.claims.length, 0);
  const scan = scanText(text5k, matcher);
  return {
    label,
    claims,
    buildMs: build,
    scanMs: time(() => scanText(text5k, matcher), 11, 3),
    matches: scan.matches.length,
  };
}
const bundled = pipeline('bundled', [BUNDLED_DATASET]);
const k1 = pipeline('bundled + 1k synthetic', [BUNDLED_DATASET, syntheticDataset(1000)]);
const k10 = pipeline('bundled + 10k synthetic', [BUNDLED_DATASET, syntheticDataset(10000)]);

// (c) ------------------------------------------------------------------------------------------------
const tenK = syntheticDataset(10000, 5);
const records = tenK.claims.map((c) => ({ id: c.id, statement: c.statement, phrasings: c.phrasings }));
const f0 = performance.now();
const fuse = new Fuse(records, { keys: ['statement', 'phrasings'], threshold: 0.35, ignoreLocation: true, includeScore: true });
const fuseBuild = round(performance.now() - f0);
const query = 'ceasefire violated Stepanakert';
const fuseQuery = time(() => fuse.search(query, { limit: 20 }), 5, 1);
// Fuse's token search (TF-IDF over words) is the cheaper mode for multi-word queries.
const t0 = performance.now();
const fuseTokens = new Fuse(records, { keys: ['statement', 'phrasings'], useTokenSearch: true, threshold: 0.35, includeScore: true });
const fuseTokensBuild = round(performance.now() - t0);
const fuseTokensQuery = time(() => fuseTokens.search(query, { limit: 20 }), 5, 1);

// (d) ------------------------------------------------------------------------------------------------
const pages = readabilityPages();
const pagesChars = pages.reduce((n, p) => n + p.text.length, 0);
const passing = pages.filter((p) => mayMention(p.text)).map((p) => p.name);
const quickAllPages = time(() => pages.filter((p) => mayMention(p.text)).length + 1, 11, 3);
const floorAllPages = time(() => {
  let n = 0;
  for (const p of pages) if (p.text.indexOf('Karabakh') !== -1) n++;
  return n + 1;
}, 11, 3);
// A page that names no place but is full of words that start or hold a name's letters.
const trickyWords = ['intelligence', 'replacing', 'placing', 'Karachi', 'Stepanov', 'Susan', 'GANJA_X'];
const trickyParts: string[] = [];
for (let i = 0, k = 0; i < plain.length; i += 400, k++) trickyParts.push(plain.slice(i, i + 400), ` ${trickyWords[k % trickyWords.length]} `);
const tricky = trickyParts.join('').slice(0, MB);
const quickTricky = time(() => mayMention(tricky));
const quickPlain = time(() => mayMention(plain));

// (e) ------------------------------------------------------------------------------------------------
// One line of prose with a name every 2,000 characters (no "\n" anywhere), and one line of a name alone.
const line512 = withMentions.slice(0, 512 * 1024).replace(/\n/g, ' ');
const repeated = (chars: number) => 'Karabakh '.repeat(Math.ceil(chars / 9)).slice(0, chars);
const hostile = [
  { text: 'one 512 KB line, a name every 2,000 characters', chars: line512.length, ms: time(() => findMentions(line512), 5, 1), mentions: findMentions(line512).length },
  ...[512 * 1024, MB, 5 * MB].map((chars) => {
    const text = repeated(chars);
    return { text: `${Math.round(chars / 1024)} KB of "Karabakh " on one line`, chars, ms: time(() => findMentions(text), 3, 1), mentions: findMentions(text).length };
  }),
];

const report = {
  machine: machine(),
  a_noMention1MB: {
    chars: plain.length,
    floorIndexOfMs: floor,
    gateMs: gateNoMention,
    findMentionsMs: mentionsNoMention,
    gateVsFloor: round(gateNoMention / floor),
    target: 'gate within 1.2x floor',
    floorAllSpellingsIndexOfMs: floorAllSpellings,
    spellings: spellings.length,
    gateVsAllSpellingsFloor: round(gateNoMention / floorAllSpellings),
  },
  a_withMentions1MB: { chars: withMentions.length, mentions: mentionCount, findMentionsMs: mentionsWith, topicScoreMs: gateWith },
  b_pipeline5000Words: {
    words: wordCount,
    runs: [bundled, k1, k10],
    growth1kTo10k: round(k10.scanMs / k1.scanMs),
    target: '1k claims < 20 ms; sublinear growth (10x claims, far less than 10x time)',
  },
  d_firstStage: {
    readability: {
      pages: pages.length,
      chars: pagesChars,
      passing: passing.length,
      passingPages: passing,
      quickTestAllPagesMs: quickAllPages,
      floorIndexOfAllPagesMs: floorAllPages,
      quickVsFloor: round(quickAllPages / floorAllPages),
    },
    noName1MB: {
      plainMs: quickPlain,
      trickyWordsMs: quickTricky,
      trickyWords,
      trickyPasses: mayMention(tricky),
      floorIndexOfMs: floor,
      trickyVsFloor: round(quickTricky / floor),
    },
  },
  e_hostile: hostile.map((h) => ({ ...h, msPerMB: round(h.ms / (h.chars / MB)) })),
  c_popupFuse10k: {
    claims: records.length,
    query,
    bitap: { options: 'keys statement+phrasings, threshold 0.35, ignoreLocation', buildIndexMs: fuseBuild, queryMs: fuseQuery },
    tokenSearch: { options: 'useTokenSearch, threshold 0.35', buildIndexMs: fuseTokensBuild, queryMs: fuseTokensQuery },
  },
};
const json = JSON.stringify(report, null, 2);
console.log(json);
// Kept for the README's table (.bench/ is not committed).
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/core.json', json + '\n');
