// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ClaimView } from '@/src/ui/claim-view';
import type { Dataset } from '@/src/data/schema';
import { stubI18n } from './i18n-stub';

const dataset: Dataset = {
  version: 1,
  id: 'test',
  title: 'Test',
  claims: [
    {
      id: 'pakistani-troops',
      statement: 'Pakistani troops fought alongside Azerbaijan in 2020.',
      claimants: [{ name: 'Times Now', role: 'published the report' }],
      date: '2020-10',
      sourceIds: ['times-now', 'no-url'],
      phrasings: ['Pakistani soldiers fighting for Azerbaijan'],
      tags: [],
    },
  ],
  responses: [
    {
      id: 'fo-denial',
      claimId: 'pakistani-troops',
      kind: 'denial',
      speaker: { name: 'Zahid Hafeez Chaudhri', role: 'spokesman', organisation: 'Foreign Office of Pakistan' },
      quote: 'speculative and baseless',
      date: '2020-10-02',
      sourceId: 'aa',
    },
  ],
  sources: [
    { id: 'times-now', publisher: 'Times Now', headline: 'Pakistan sends troops', date: '2020-09-30', url: 'https://example.org/times' },
    { id: 'no-url', publisher: 'Blog', headline: 'Unverified copy', date: '2020' },
    { id: 'aa', publisher: 'Anadolu Agency', headline: 'Pakistan rejects reports', date: '2020-10-02', url: 'https://example.org/aa' },
  ],
  context: [],
};

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

  it('never labels the claim true or false', () => {
    expect(mount().textContent).not.toMatch(/\b(false|fake|debunked|true)\b/i);
  });
});
