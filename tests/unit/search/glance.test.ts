import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { NAMES as ALL_NAMES } from '@/src/core/names';
import type { ClaimResponse, Source } from '@/src/data/schema';
import { buildSearchIndex, type MarkedText } from '@/src/search';
import { answerLines, shortestQuote } from '@/src/search/glance';

const marked = (m: MarkedText) => m.marks.map(([s, e]) => m.text.slice(s, e));

describe('answers at a glance', () => {
  it('the results for "troops agdam pakistan" carry the Foreign Office\'s answer, once, with the query\'s words marked', () => {
    const index = buildSearchIndex([BUNDLED_DATASET], ALL_NAMES);
    const [first] = index.search('troops agdam pakistan').claims;
    expect(first?.claimId).toBe('pakistan-troops-agdam-2020');
    // Two outlets carried the same rejection (one dated "earlier this month"); background (Aliyev) is not an answer.
    expect(first!.answers.map((a) => a.line)).toEqual([
      {
        responseId: 'resp-fo-denies-agdam-reports',
        kind: 'rejection',
        who: "Pakistan's Foreign Office (Zahid Hafeez Chaudri)",
        date: '2020-10-02',
        quote: 'speculative and baseless',
      },
    ]);
    expect(marked(first!.answers[0]!.who)).toEqual(['Pakistan']);
    expect(marked(index.search('baseless pakistan').claims[0]!.answers[0]!.quote)).toEqual(['baseless']);
  });

  it("shows an outlet's report of an answer as the outlet's words, not the speaker's", () => {
    const index = buildSearchIndex([BUNDLED_DATASET], ALL_NAMES);
    const hit = index.search('earlier this month spokesperson').claims[0]!.hits.find((h) => h.kind === 'quote');
    expect(hit?.by).toBe('The Nation (thenation.org.uk)');
  });

  it('takes the shortest passage, verbatim, and cuts a long one at a word with an ellipsis', () => {
    expect(shortestQuote(['Such reports are irresponsible', 'speculative and baseless'])).toEqual({ text: 'speculative and baseless', quoted: false });
    // Quotation marks stored around a passage are not doubled by the line's own.
    expect(shortestQuote('“We did not.”').text).toBe('We did not.');
    const long = 'word '.repeat(60).trim();
    const cut = shortestQuote(long).text;
    expect(cut.endsWith(' …')).toBe(true);
    expect(long.startsWith(cut.slice(0, -2))).toBe(true);
  });

  it("in an outlet's report of the answer, may take the speaker's words it quotes; in the speaker's own words, never a phrase they quote", () => {
    const sentence = 'The FO spokesperson had rejected “speculative and baseless” media reports claiming the army was fighting.';
    expect(shortestQuote(sentence, true)).toEqual({ text: 'speculative and baseless', quoted: true });
    expect(shortestQuote('Reports of “Pakistani troops” in Karabakh are baseless and unfounded.', false).text).toBe(
      'Reports of “Pakistani troops” in Karabakh are baseless and unfounded.',
    );
  });

  it("says whose words they are when the line shows an outlet's sentence", () => {
    const sources = new Map<string, Source>([['s', { id: 's', publisher: 'The Outlet', headline: 'h', date: '2020-10-03' }]]);
    const reported = {
      id: 'r',
      claimId: 'c',
      kind: 'rejection',
      speaker: { name: 'Ministry' },
      quote: 'The ministry rejected the reports on Friday.',
      date: '2020-10-02',
      sourceId: 's',
      reported: true,
    } as ClaimResponse;
    expect(answerLines([reported], sources)[0]).toMatchObject({ reportedBy: 'The Outlet', who: 'Ministry' });
  });
});
