/**
 * The scanner for curators and tests.
 *   npm run --silent scan -- FILE              one JSON object for the page (.html or .txt)
 *   npm run --silent scan -- --sentences FILE  one JSON object per line, each line a sentence of an on-topic page
 * Errors: one line on stderr, exit code 1 (2 for wrong usage).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createMatcher, type ClaimMatcher } from '../src/core/matcher';
import { findMentions } from '../src/core/mentions';
import { htmlToText } from '../src/core/html-text';
import { BUNDLED_DATASET } from '../src/data/bundled';
import type { ClaimMatch, Mention } from '../src/core/types';

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
  if (text.includes('\u0000')) fail(`${file} is not a text file`);
  if (/\.html?$/i.test(extname(file))) text = htmlToText(text);
  if (text.trim() === '') fail(`${file} is empty`);
  return text;
}

const mentionJson = (m: Mention) => ({ text: m.text, start: m.start, end: m.end });

function matchJson(matcher: ClaimMatcher, m: ClaimMatch) {
  return { claimId: m.claimId, claim: matcher.claim(m.claimId)?.statement ?? '', sentence: m.sentence, score: m.score, terms: m.terms };
}

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
    for (const line of text.split(/\r?\n/)) {
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
  const result = matcher.scan(text);
  process.stdout.write(
    JSON.stringify({ topic: result.topic, mentions: result.mentions.map(mentionJson), matches: result.matches.map((m) => matchJson(matcher, m)) }, null, 2) + '\n',
  );
}

main(process.argv.slice(2));
