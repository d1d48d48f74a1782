import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/src/core/matcher';
import { findMentions } from '@/src/core/mentions';
import { MAX_SENTENCE_CHARS, pieces, scanSteps, scanText } from '@/src/core/scan';
import { runToEnd } from '@/src/core/steps';
import type { ClaimMatcher, Mention } from '@/src/core/types';
import { BUNDLED_DATASET } from '@/src/data/bundled';

const matcher = createMatcher([BUNDLED_DATASET]);

describe('pieces', () => {
  const joined = (text: string, size?: number) => {
    const parts = [...pieces(text, size)];
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const p of parts) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    return parts;
  };

  it('cuts long text at block boundaries and loses nothing', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i} about Karabakh.`).join('\n');
    const parts = joined(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts.slice(0, -1)) expect(p.text.endsWith('\n')).toBe(true);
  });

  it('cuts one long block after a sentence, else at a space, never inside a word', () => {
    const sentences = Array.from({ length: 400 }, (_, i) => `Sentence ${i} names Nagorno-Karabakh once.`).join(' ');
    for (const p of joined(sentences, 1000).slice(0, -1)) expect(p.text).toMatch(/\.\s$/);
    const words = Array.from({ length: 3000 }, () => 'Karabakh').join(' ');
    for (const p of joined(words, 1000).slice(0, -1)) expect(p.text).toMatch(/Karabakh $/);
  });

  it('finds every mention of one long line, whatever the cuts', () => {
    const line = Array.from({ length: 3000 }, () => 'Fighting in Nagorno-Karabakh resumed').join(' ');
    expect(scanText(line, matcher).mentions).toHaveLength(3000);
  });

  it('cuts a text without spaces where it must', () => {
    expect(joined('x'.repeat(5000), 1000)).toHaveLength(5);
  });
});

describe('scanText', () => {
  it('finds mentions and the claim sentence with offsets into the whole text', () => {
    const text =
      'Fighting resumed in Nagorno-Karabakh.\n' +
      'A report claimed the Pakistan Army was fighting alongside Azerbaijani forces against Armenia in Agdam.\n' +
      'Pakistan rejected the “speculative and baseless” reports.';
    const scan = scanText(text, matcher);
    expect(scan.topic).toBe(true);
    expect(scan.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Nagorno-Karabakh', 'Agdam']);
    expect(scan.matches.length).toBeGreaterThan(0);
    for (const m of scan.matches) {
      expect(m.claimId).toBe('pakistan-troops-agdam-2020');
      expect(text.slice(m.start, m.end)).toBe(m.sentence);
    }
  });

  it('matches nothing on a page that is not about the topic, unless told it is', () => {
    const off = 'Pakistan denies its troops fought alongside Azerbaijan against Armenia.';
    expect(scanText(off, matcher)).toEqual({ topic: false, mentions: [], matches: [] });
    expect(scanText(off, matcher, { assumeTopic: true }).matches).toHaveLength(1);
  });

  it('never asks for the matcher on a page that is not about the topic', () => {
    let asked = 0;
    // eslint-disable-next-line require-yield -- a source with nothing to wait for
    const source = function* () {
      asked++;
      return matcher;
    };
    runToEnd(scanSteps('Pakistani troops fought militants near the Afghan border.', source));
    expect(asked).toBe(0);
    runToEnd(scanSteps('Talks on Nagorno-Karabakh resumed.', source));
    expect(asked).toBe(1);
  });

  it('keeps the first mentions and claim sentences up to its limits, and says there were more', () => {
    const claim = 'Pakistan denies its troops fought alongside Azerbaijan against Armenia in Nagorno-Karabakh.';
    const text = Array.from({ length: 30 }, () => claim).join('\n');
    const all = scanText(text, matcher);
    expect(all.mentions).toHaveLength(30);
    expect(all.matches).toHaveLength(30);
    expect(all.more).toBeUndefined();
    const capped = scanText(text, matcher, { limits: { mentions: 10, matches: 4 } });
    expect(capped.mentions).toEqual(all.mentions.slice(0, 10));
    expect(capped.matches).toEqual(all.matches.slice(0, 4));
    expect(capped.more).toEqual({ mentions: true, matches: true });
    // Exactly at the limit is not "more".
    expect(scanText(text, matcher, { limits: { mentions: 30, matches: 30 } }).more).toBeUndefined();
  });

  it('does not read a run of thousands of characters without a sentence end as one sentence', () => {
    const claim = 'Pakistan denies its troops fought alongside Azerbaijan against Armenia in Nagorno-Karabakh';
    const run = `${claim} ${'and more words '.repeat(200)}`;
    expect(run.length).toBeGreaterThan(MAX_SENTENCE_CHARS);
    expect(scanText(run, matcher).matches).toEqual([]);
    expect(scanText(`${claim}.`, matcher).matches).toHaveLength(1);
  });

  it('stops looking for mentions at its limit on a page made of one name repeated', () => {
    const hostile = 'Karabakh '.repeat(200_000);
    let steps = 0;
    // eslint-disable-next-line require-yield -- a source with nothing to wait for
    const source = function* () {
      return matcher;
    };
    const run = scanSteps(hostile, source, { limits: { mentions: 5000, matches: 1000 } });
    let r = run.next();
    for (; !r.done; r = run.next()) steps++;
    expect(r.value.mentions).toHaveLength(5000);
    expect(r.value.more?.mentions).toBe(true);
    expect(steps).toBeGreaterThan(0);
  });

  it("hands each sentence the page's names at the sentence's own offsets, and none past the mention limit", () => {
    const text =
      'Nagorno-Karabakh was calm on Monday. Reports said Pakistani troops fought in Stepanakert and Shusha.\nThe ministry in Baku denied it, Karabakh officials said.';
    const seen: { sentence: string; mentions: readonly Mention[] | undefined }[] = [];
    const spy: ClaimMatcher = {
      matchSentence: (sentence, options) => {
        seen.push({ sentence, mentions: options?.mentions });
        return matcher.matchSentence(sentence, options);
      },
      claim: (id) => matcher.claim(id),
    };
    scanText(text, spy);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const { sentence, mentions } of seen) expect(mentions).toEqual(findMentions(sentence));
    expect(seen.map((s) => s.mentions?.length)).toEqual([1, 2, 1]);
    seen.length = 0;
    scanText(text, spy, { limits: { mentions: 2, matches: 10 } });
    expect(seen.every((s) => s.mentions === undefined)).toBe(true);
  });

  it('runs in many small steps on long text', () => {
    const steps = scanSteps('Shelling near Stepanakert was reported in Karabakh.\n'.repeat(3000), function* () {
      yield;
      return matcher;
    });
    let n = 0;
    while (!steps.next().done) n++;
    expect(n).toBeGreaterThan(3000);
  });
});

describe('page context', () => {
  const page = (...sentences: string[]) => scanText(sentences.join(' '), matcher, { assumeTopic: true }).matches;

  it('matches an answer that names no claim to the claim the sentence before it named, and says so', () => {
    const matches = page(
      'Pakistan rejected reports that its army was fighting alongside Azerbaijani forces in Nagorno-Karabakh.',
      '“The reports are speculative and baseless,” the spokesman said.',
    );
    expect(matches.map((m) => [m.claimId, m.via])).toEqual([
      ['pakistan-troops-agdam-2020', undefined],
      ['pakistan-troops-agdam-2020', 'context'],
    ]);
  });

  it('never turns a sentence about something else into a match, nor reaches past two sentences', () => {
    expect(page('Pakistan rejected reports that its army was fighting alongside Azerbaijani forces in Nagorno-Karabakh.', 'Nagorno-Karabakh said 103 of its servicemen were killed.')).toHaveLength(1);
    expect(
      page(
        'Pakistan rejected reports that its army was fighting alongside Azerbaijani forces in Nagorno-Karabakh.',
        'Markets in Baku were calm.',
        'Shops opened late in Stepanakert.',
        '“The reports are speculative and baseless,” the spokesman said.',
      ),
    ).toHaveLength(1);
  });

  it('is not used at the lowest sensitivities, where only restatements match', () => {
    const strict = createMatcher([BUNDLED_DATASET], { sensitivity: 0.1 });
    const text = 'Pakistan rejected reports that its army was fighting alongside Azerbaijani forces in Nagorno-Karabakh. “The reports are speculative and baseless,” the spokesman said.';
    expect(scanText(text, strict, { assumeTopic: true }).matches.filter((m) => m.via === 'context')).toEqual([]);
  });

  it('does not carry context through a page of the wrong date', () => {
    const text = 'Armenia and Azerbaijan accuse each other of breaches of the ceasefire in Karabakh on Friday.';
    expect(scanText(text, matcher, { assumeTopic: true, pageDate: '2020-10-12' }).matches).toHaveLength(1);
    expect(scanText(text, matcher, { assumeTopic: true, pageDate: '2022-09-16' }).matches).toHaveLength(0);
  });
});
