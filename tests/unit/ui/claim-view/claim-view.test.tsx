// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ClaimView } from '@/src/ui/claim-view';
import type { Dataset } from '@/src/data/schema';
import { dataset } from '../../../support/claim-fixture';
import { stubI18n } from '../../../support/i18n-stub';

function mount(props: Partial<Parameters<typeof ClaimView>[0]> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<ClaimView claimId="pakistani-troops" datasets={[dataset]} {...props} />, root);
  return root;
}

describe('ClaimView', () => {
  beforeEach(stubI18n);

  it('shows the claim, who carried it, and the denial verbatim with speaker and date', () => {
    const root = mount();
    expect(root.querySelector('h2')?.textContent).toBe('Pakistani troops fought alongside Azerbaijan in 2020.');
    expect(root.textContent).toContain('Times Now');
    const quote = root.querySelector('blockquote');
    expect(quote?.textContent).toBe('speculative and baseless');
    expect(quote?.getAttribute('cite')).toBe('https://example.org/aa');
    const speaker = root.querySelector('.kc-speaker')?.textContent ?? '';
    expect(speaker).toContain('Denial');
    expect(speaker).toContain('Zahid Hafeez Chaudhri');
    expect(speaker).toContain('Foreign Office of Pakistan');
    expect(speaker).toContain('October 2, 2020');
  });

  it('links sources in a new tab without opener or referrer, and does not link a source without URL', () => {
    const root = mount();
    const links = [...root.querySelectorAll('a')];
    const inLists = [...root.querySelectorAll('.kc-answers a, .kc-sources a')];
    expect(inLists.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/aa', 'https://example.org/times']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(root.textContent).toContain('Unverified copy');
    expect([...root.querySelectorAll('a')].some((a) => a.textContent?.includes('Unverified copy'))).toBe(false);
  });

  it('keeps the source date at its precision (a year stays a year)', () => {
    const root = mount();
    expect(root.textContent).toContain('Blog, 2020');
    expect(root.querySelector('.kc-claimed-by time')?.textContent).toBe('October 2020');
  });

  it('lists why it matched and offers the details button only when asked', () => {
    let opened = '';
    const root = mount({ matchTerms: ['Pakistani', 'troops'], onOpenDetails: (id) => (opened = id) });
    expect([...root.querySelectorAll('.kc-terms li')].map((li) => li.textContent)).toEqual(['Pakistani', 'troops']);
    const button = root.querySelector('button');
    expect(button?.textContent).toBe('Open in the toolbar popup');
    button?.click();
    expect(opened).toBe('pakistani-troops');
    expect(mount().querySelector('button')).toBeNull();
  });

  it('says so when the claim is not in any dataset', () => {
    const root = mount({ claimId: 'gone' });
    expect(root.textContent).toBe('This claim is no longer in your claim packs.');
  });

  it('puts the answer before background given earlier, and shows what is known of a vague date', () => {
    const withContext: Dataset = {
      ...dataset,
      claims: [{ ...dataset.claims[0]!, dateNote: 'the week before 2 October 2020' }],
      responses: [
        {
          id: 'aliyev-context',
          claimId: 'pakistani-troops',
          kind: 'context',
          speaker: { name: 'Ilham Aliyev' },
          quote: 'Azerbaijan did not need external help',
          date: '2020-09-30',
          sourceId: 'aa',
        },
        ...dataset.responses,
      ],
    };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimView claimId="pakistani-troops" datasets={[withContext]} />, root);
    expect([...root.querySelectorAll('.kc-speaker-name')].map((e) => e.textContent)).toEqual([
      'Zahid Hafeez Chaudhri',
      'Ilham Aliyev',
    ]);
    expect(root.querySelector('.kc-claimed-by')?.textContent).toContain('(the week before 2 October 2020)');
  });

  it("says what bounds a date the source gives no day for, marks no bounded date as a precise one, and gives a claimant's title", () => {
    const bounded: Dataset = {
      ...dataset,
      claims: [
        {
          ...dataset.claims[0]!,
          claimants: [{ name: 'Nikol Pashinyan', title: 'Armenian Prime Minister', role: 'made the claim' }],
          date: '2020-10-17',
          dateQualifier: 'before',
        },
      ],
      responses: [{ ...dataset.responses[0]!, date: '2020-09-28', dateQualifier: 'week-of', dateNote: '“this week”' }],
    };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimView claimId="pakistani-troops" datasets={[bounded]} />, root);
    expect(root.querySelector('.kc-claimed-by')?.textContent).toContain('before October 17, 2020');
    expect(root.querySelector('.kc-claimed-by')?.textContent).toContain('Nikol Pashinyan, Armenian Prime Minister (made the claim)');
    expect(root.querySelector('.kc-claimed-by time')).toBeNull();
    expect(root.querySelector('.kc-speaker')?.textContent).toContain('week of September 28, 2020 (“this week”)');
  });

  it("shows reported speech as the outlet's words, not the speaker's", () => {
    const reported: Dataset = {
      ...dataset,
      responses: [{ ...dataset.responses[0]!, quote: 'The spokesman said the reports were baseless.', reported: true }],
    };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimView claimId="pakistani-troops" datasets={[reported]} />, root);
    const label = root.querySelector('.kc-reported');
    expect(label?.textContent).toBe('As Anadolu Agency reported it, not in the speaker’s own words:');
    expect(label?.nextElementSibling?.tagName).toBe('BLOCKQUOTE');
    expect(mount().querySelector('.kc-reported')).toBeNull();
  });

  it('never shows a headline rebuilt from a URL as the page\'s headline: the publisher names the link', () => {
    const rebuilt: Dataset = {
      ...dataset,
      sources: dataset.sources.map((x) => (x.id === 'times-now' ? { ...x, headlineFromUrl: true } : x)),
    };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimView claimId="pakistani-troops" datasets={[rebuilt]} />, root);
    expect(root.textContent).not.toContain('Pakistan sends troops');
    const link = [...root.querySelectorAll('a')].find((a) => a.getAttribute('href') === 'https://example.org/times');
    expect(link?.textContent).toBe('Times Now (opens in a new tab)');
    // The link says where it goes beside the outlet's name (#15 item 4).
    expect(link?.closest('.kc-source')?.textContent).toBe('Times Now (opens in a new tab) (example.org), September 30, 2020');
  });

  it('never labels the claim true or false', () => {
    expect(mount().textContent).not.toMatch(/\b(false|fake|debunked|true)\b/i);
  });
});
