/**
 * The first stage on real pages: the text of Mozilla Readability's 130 saved pages (news, blogs,
 * wikis, none about the region; tests/fixtures/readability), as the content script reads it. A page
 * that passes the quick test loads the whole second stage, so ordinary words must not pass it; and
 * a name put into any of those pages must.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, mayMention } from '@/src/core/mentions';
import { NAMES } from '@/src/core/names';
import { readabilityPages } from '../../readability-pages';

const pages = readabilityPages();

describe("the quick test on Readability's 130 real pages", () => {
  it('has all 130 pages to judge', () => {
    expect(pages).toHaveLength(130);
    expect(pages.reduce((n, p) => n + p.text.length, 0)).toBeGreaterThan(10_000_000);
  });

  it('lets at most 3 of them through, and only pages that hold something name-like', () => {
    const passing = pages.filter((p) => mayMention(p.text));
    expect(passing.length).toBeLessThanOrEqual(3);
    // Whatever passes must hold a name as the mention finder sees it, not a word that starts like one.
    for (const p of passing) expect(findMentions(p.text).length, p.name).toBeGreaterThan(0);
  });

  it('lets every page through once it names the region, wherever the name is', () => {
    const missed: string[] = [];
    pages.forEach((p, i) => {
      const { spelling } = NAMES[i % NAMES.length]!;
      const at = p.text.indexOf(' ', Math.floor(p.text.length * ((i % 7) / 7)));
      const text = at < 0 ? `${p.text} ${spelling}` : `${p.text.slice(0, at)} ${spelling},${p.text.slice(at)}`;
      if (!mayMention(text)) missed.push(`${p.name}: ${spelling}`);
    });
    expect(missed).toEqual([]);
  });
});
