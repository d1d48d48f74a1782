import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import type { Dataset } from '@/src/data/schema';
import { resolveClaim } from '@/src/ui/claim-view';
import { citation } from '@/src/ui/claim-view/citation';
import { stubI18n } from '../../../support/i18n-stub';

beforeEach(stubI18n);

const agdam = () => resolveClaim([BUNDLED_DATASET], 'pakistan-troops-agdam-2020')!;
const FO = { type: 'answer', responseId: 'resp-fo-denies-agdam-reports' } as const;
const URL = 'https://dailytimes.com.pk/673667/pakistan-army-not-fighting-alongside-azerbaijani-troops-against-armenia';

describe('citation of an answer', () => {
  it('as plain text: the verbatim words, who (name, role, organisation), kind and date, outlet with host, headline, date, link', () => {
    expect(citation(agdam(), FO, 'text', 'en')).toBe(
      [
        '“speculative and baseless” … “Such reports are irresponsible”',
        "— Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office (Rejection, October 2, 2020)",
        // The dataset rebuilt this source's headline from its URL, so it is not cited as the page's.
        `Daily Times (Pakistan) (dailytimes.com.pk), October 2, 2020. ${URL}`,
      ].join('\n'),
    );
  });

  it('as Markdown: each passage a quoted paragraph, the outlet a link', () => {
    expect(citation(agdam(), FO, 'markdown', 'en')).toBe(
      [
        '> speculative and baseless',
        '>',
        '> Such reports are irresponsible',
        '',
        "— Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office (Rejection, October 2, 2020)",
        `[Daily Times (Pakistan) (dailytimes.com.pk)](${URL}), October 2, 2020`,
      ].join('\n'),
    );
  });

  it('as CSL-JSON: a newspaper article a reference manager can import, with the answer in its note', () => {
    const [item, ...rest] = JSON.parse(citation(agdam(), FO, 'csl', 'en')) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(item).toEqual({
      id: 'src-dailytimes-2020-10-02',
      type: 'article-newspaper',
      // No headline of the page's own is known: the outlet stands in.
      title: 'Daily Times (Pakistan)',
      'container-title': 'Daily Times (Pakistan)',
      issued: { 'date-parts': [[2020, 10, 2]] },
      URL,
      note: "Rejected by Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office, October 2, 2020: “speculative and baseless” … “Such reports are irresponsible”",
    });
  });

  it('escapes Markdown in the data and keeps a link whole', () => {
    const ds: Dataset = {
      ...BUNDLED_DATASET,
      sources: BUNDLED_DATASET.sources.map((s) =>
        s.id === 'src-dailytimes-2020-10-02'
          ? { ...s, headline: 'A [bracketed] *headline*', headlineFromUrl: undefined, url: 'https://example.org/a_(b)' }
          : s,
      ),
    };
    const md = citation(resolveClaim([ds], 'pakistan-troops-agdam-2020')!, FO, 'markdown', 'en');
    expect(md).toContain('[A \\[bracketed\\] \\*headline\\*](https://example.org/a_%28b%29)');
  });

  it('refuses an answer the claim does not have', () => {
    expect(() => citation(agdam(), { type: 'answer', responseId: 'nope' }, 'text', 'en')).toThrow(/No answer nope/);
  });
});

describe('citation of a claim', () => {
  it('says the statement is our summary, not a quote, and lists the answers and where it was reported', () => {
    const text = citation(agdam(), { type: 'claim' }, 'text', 'en');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Claim, as summarised by Karabakh Context \(not a quote\): Times Now India and a few other outlets reported/);
    expect(lines[1]).toMatch(
      /^Claimed by Times Now India \(published the report\); A few other media outlets \(published the report\), week of September 28, 2020 \(The Daily Times wrote/,
    );
    expect(lines).toContain('Answers:');
    expect(text).toContain(
      `• Rejected by Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office, October 2, 2020: “speculative and baseless” … “Such reports are irresponsible” (Daily Times (Pakistan), ${URL})`,
    );
    // An outlet's report of what was said is cited as the outlet's words.
    expect(text).toMatch(/• Rejected by Foreign Office spokesperson, Spokesperson, Pakistan's Foreign Office, October 2020: “Earlier this month, .*”, in the words of The Nation \(thenation\.org\.uk\) \(The Nation/);
    // Background remarks are not answers.
    expect(text).not.toContain('Ilham Aliyev');
    expect(lines).toContain('Reported in:');
    expect(text).toContain('• The Nation (thenation.org.uk), “Islamabad denies charges, Imran Khan says Pakistan stands with Azerbaijan”, October 23, 2020.');
  });

  it('as CSL-JSON: one item per source, each noting what it carried', () => {
    const items = JSON.parse(citation(agdam(), { type: 'claim' }, 'csl', 'en')) as { id: string; note: string; URL?: string }[];
    expect(items.map((i) => i.id)).toEqual(['src-dailytimes-2020-10-02', 'src-nation-2020-10-23']);
    expect(items[0]!.note).toMatch(/^Claim, as summarised by Karabakh Context \(not a quote\): /);
    expect(items[0]!.note).toContain('“speculative and baseless”');
    expect(items.every((i) => i.URL?.startsWith('https://'))).toBe(true);
  });
});
