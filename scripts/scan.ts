/**
 * The scanner for curators and tests.
 *   npm run --silent scan -- FILE              one JSON object for the page (.html or .txt)
 *   npm run --silent scan -- --sentences FILE  one JSON object per line, each line a sentence of an on-topic page
 * Errors: one line on stderr, exit code 1 (2 for wrong usage).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createMatcher } from '../src/core/matcher';
import { scanText } from '../src/core/scan';
import { findMentions } from '../src/core/mentions';
import { htmlToText } from '../src/core/html-text';
import { BUNDLED_DATASET } from '../src/data/bundled';
import type { ClaimMatch, ClaimMatcher, Mention } from '../src/core/types';

function fail(message: string, code = 1): never {
  process.stderr.write(`scan: ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(code);
}

function readInput(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  // NUL, or many bytes that are not UTF-8 (each read as U+FFFD) or control characters: not text.
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const odd = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (text.includes('\u0000') || odd > Math.max(8, text.length / 100)) fail(`${file} is not a text file`);
  if (/\.html?$/i.test(extname(file))) text = htmlToText(text);
  if (text.trim() === '') fail(`${file} is empty`);
  return text;
}

const mentionJson = (m: Mention) => ({ text: m.text, start: m.start, end: m.end });

function matchJson(matcher: ClaimMatcher, m: ClaimMatch) {
  const json = { claimId: m.claimId, claim: matcher.claim(m.claimId)?.statement ?? '', sentence: m.sentence, score: m.score, terms: m.terms };
  return m.via ? { ...json, via: m.via } : json;
}

/** --sentences takes sentences: a longer line is a page, or not text at all. */
const MAX_SENTENCE = 2000;

function main(argv: string[]): void {
  const args = argv.filter((a) => a !== '--sentences');
  const sentences = argv.includes('--sentences');
  const unknown = args.filter((a) => a.startsWith('--'));
  if (unknown.length > 0) fail(`unknown option ${unknown[0]}; usage: scan [--sentences] FILE`, 2);
  if (args.length !== 1) fail('usage: scan [--sentences] FILE', 2);
  const text = readInput(args[0]!);
  const matcher = createMatcher([BUNDLED_DATASET]);
  if (sentences) {
    const out: string[] = [];
    const lines = text.split(/\r?\n/);
    const long = lines.findIndex((l) => l.trim().length > MAX_SENTENCE);
    if (long >= 0) fail(`line ${long + 1} has ${lines[long]!.trim().length} characters; --sentences takes one sentence per line (at most ${MAX_SENTENCE}); scan the file without --sentences`);
    for (const line of lines) {
      if (line.trim() === '') continue;
      const sentence = line.trim();
      out.push(JSON.stringify({
        sentence,
        mentions: findMentions(sentence).map(mentionJson),
        matches: matcher.matchSentence(sentence).map((m) => matchJson(matcher, m)),
      }));
    }
    process.stdout.write(out.join('\n') + '\n');
    return;
  }
  const result = scanText(text, matcher);
  process.stdout.write(
    JSON.stringify({ topic: result.topic, mentions: result.mentions.map(mentionJson), matches: result.matches.map((m) => matchJson(matcher, m)) }, null, 2) + '\n',
  );
}

main(process.argv.slice(2));
