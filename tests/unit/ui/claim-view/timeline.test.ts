import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import type { Dataset } from '@/src/data/schema';
import { resolveClaim } from '@/src/ui/claim-view';
import { claimTimeline } from '@/src/ui/claim-view/timeline';
import { compareDated, dateText, isInexact } from '@/src/ui/claim-view/dated';
import { stubI18n } from '../../../support/i18n-stub';

beforeEach(stubI18n);

const summary = (ds: Dataset, claimId: string) =>
  claimTimeline(resolveClaim([ds], claimId)!).map((p) => [p.when.date, p.event.type, p.source?.id ?? null]);

describe('claim timeline', () => {
  it("puts the Agdam claim's first report, the Foreign Office's denial and The Nation's recall in order, each with its source", () => {
    expect(summary(BUNDLED_DATASET, 'pakistan-troops-agdam-2020')).toEqual([
      [expect.stringMatching(/^2020/), 'first-report', 'src-dailytimes-2020-10-02'],
      ['2020-10-02', 'answer', 'src-dailytimes-2020-10-02'],
      ['2020-10-23', 'recall', 'src-nation-2020-10-23'],
    ]);
  });

  const base: Dataset = {
    version: 1,
    id: 't',
    title: 'T',
    claims: [
      {
        id: 'c1',
        statement: 'Something was reported.',
        claimants: [{ name: 'Outlet A', role: 'published the report' }],
        date: '2020-09-28',
        sourceIds: ['late', 'first'],
        phrasings: ['something reported'],
        tags: [],
      },
    ],
    responses: [
      { id: 'bg', claimId: 'c1', kind: 'context', speaker: { name: 'X' }, quote: 'background words', date: '2020-09-29', sourceId: 'first' },
      { id: 'd1', claimId: 'c1', kind: 'denial', speaker: { name: 'Y', organisation: 'Ministry' }, quote: 'not so', date: '2020-10-01', sourceId: 'next-day' },
      { id: 'd2', claimId: 'c1', kind: 'denial', speaker: { name: 'Z', organisation: 'Ministry' }, quote: 'not so at all', date: '2020-10-01', sourceId: 'same-day' },
    ],
    sources: [
      { id: 'first', publisher: 'First', headline: 'h1', date: '2020-09-29', url: 'https://first.example/1' },
      { id: 'late', publisher: 'Late', headline: 'h2', date: '2020-11-05', url: 'https://late.example/2' },
      { id: 'next-day', publisher: 'Next', headline: 'h3', date: '2020-10-02' },
      { id: 'same-day', publisher: 'Same', headline: 'h4', date: '2020-10-01' },
    ],
    context: [],
  };

  it('links the first report to the earliest source, leaves background out, and shows a later report', () => {
    expect(summary(base, 'c1')).toEqual([
      ['2020-09-28', 'first-report', 'first'],
      // The same denial in another outlet the next day is the news of it, not a recall.
      ['2020-10-01', 'answer', 'same-day'],
      ['2020-11-05', 'reported-again', 'late'],
    ]);
  });

  it('makes a point of an outlet recalling an answer a week or more later', () => {
    const ds: Dataset = { ...base, sources: base.sources.map((s) => (s.id === 'next-day' ? { ...s, date: '2020-10-09' } : s)) };
    expect(summary(ds, 'c1')).toContainEqual(['2020-10-09', 'recall', 'next-day']);
  });

  it('orders a date bounded by "before" ahead of the day it bounds', () => {
    const ds: Dataset = {
      ...base,
      claims: [{ ...base.claims[0]!, date: '2020-10-01', dateQualifier: 'before' } as Dataset['claims'][number]],
    };
    const points = claimTimeline(resolveClaim([ds], 'c1')!);
    expect(points[0]!.event.type).toBe('first-report');
    expect(points[0]!.when).toMatchObject({ date: '2020-10-01', dateQualifier: 'before' });
    expect(points[1]!.event.type).toBe('answer');
  });
});

describe('dates as shown', () => {
  it('keeps the precision, and says what a qualifier means', () => {
    expect(dateText({ date: '2020-10-02' }, 'en')).toBe('October 2, 2020');
    expect(dateText({ date: '2020-10-02' }, 'en', 'short')).toBe('Oct 2, 2020');
    expect(dateText({ date: '2020-10' }, 'en')).toBe('October 2020');
    expect(dateText({ date: '2020' }, 'en')).toBe('2020');
    expect(dateText({ date: '2020-09-28', dateQualifier: 'week-of' }, 'en-GB')).toBe('week of 28 September 2020');
    expect(dateText({ date: '2020-10-02', dateQualifier: 'before' }, 'en')).toBe('before October 2, 2020');
    expect(dateText({ date: '2020-10', dateQualifier: 'approx' }, 'en')).toBe('about October 2020');
  });

  it('formats for the locale, digits included', () => {
    expect(dateText({ date: '2020-10-02' }, 'ru')).toBe('2 октября 2020 г.');
    expect(dateText({ date: '2020-10-02' }, 'ar-EG')).toMatch(/٢٠٢٠/);
  });

  it('knows an inexact date and sorts bounded dates first', () => {
    expect(isInexact({ date: '2020-10-02' })).toBe(false);
    expect(isInexact({ date: '2020-10' })).toBe(true);
    expect(isInexact({ date: '2020-10-02', dateQualifier: 'approx' })).toBe(true);
    expect(compareDated({ date: '2020-10-02', dateQualifier: 'before' }, { date: '2020-10-02' })).toBeLessThan(0);
  });
});
