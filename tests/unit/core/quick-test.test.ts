import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from '@/src/core/mentions';
import { NAMES } from '@/src/core/names';
import { QUICK_PATTERN } from '@/src/core/quick-pattern';
import { mayMention, NOT_PLAIN } from '@/src/core/quick-test';
import { fillerText } from '@/src/core/testing/synthetic-claims';
import { loadLabelled } from '../../eval/evaluate';

/** Letters that folding maps to ASCII: a page full of them takes the quick test's slower path. */
const ACCENTED = 'Le café était fermé à Noël; élèves et propriétaires ont réagi. ';

describe('the quick test (mayMention)', () => {
  it('looks at every character the full pattern holds beyond ASCII', () => {
    const notPlain = new RegExp(NOT_PLAIN);
    const missed = [...new Set(QUICK_PATTERN.full)].filter((c) => c > '\x7f' && !notPlain.test(c));
    expect(missed).toEqual([]);
  });

  it('never says "no" to a text in which the mention finder finds a name', () => {
    const contexts = [
      (s: string) => `In ${s} today.`,
      (s: string) => `IN ${s.toUpperCase()} TODAY.`,
      // textContent glues blocks together: a name may follow a letter with no space between.
      (s: string) => `Analysis${s} talks`,
      (s: string) => `${ACCENTED.repeat(3)}${s}.`,
      // More accented letters than the local checks allow: the whole pattern decides.
      (s: string) => `${ACCENTED.repeat(40)}${s}.`,
      (s: string) => `${fillerText(20_000)} ${s}`,
    ];
    for (const { spelling } of NAMES) {
      for (const context of contexts) {
        const text = context(spelling);
        if (findMentions(text).length > 0) expect(mayMention(text), text.slice(-60)).toBe(true);
      }
    }
  });

  it('agrees with the mention finder on every sentence of the evaluation sets', () => {
    for (const file of ['sentences.tsv', 'heldout.tsv', 'heldout2.tsv', 'heldout3.tsv']) {
      for (const { sentence } of loadLabelled(join(import.meta.dirname, '../../eval', file))) {
        if (findMentions(sentence).length > 0) expect(mayMention(sentence), sentence).toBe(true);
      }
    }
  });

  it('says "no" to long texts without a name, accented or not', () => {
    expect(mayMention(fillerText(200_000))).toBe(false);
    expect(mayMention(ACCENTED.repeat(500))).toBe(false);
    expect(mayMention('Рынки выросли в Москве и Казани. '.repeat(200))).toBe(false);
  });

  it('says "maybe" where folding could hide a name', () => {
    expect(mayMention('Kara\u00ADbakh')).toBe(true);
    expect(mayMention('S\u030Cus\u030Ca')).toBe(true);
  });
});
