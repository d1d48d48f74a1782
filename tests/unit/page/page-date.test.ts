// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isoDay, pageDate } from '@/src/page/page-date';

const doc = (head: string, body = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('pageDate', () => {
  it('reads the published time news sites put in their metadata, the most reliable first', () => {
    expect(pageDate(doc('<meta property="article:published_time" content="2020-10-03T09:12:00+05:00"><meta name="date" content="2021-01-01">'))).toBe('2020-10-03');
    expect(pageDate(doc('<meta itemprop="datePublished" content="2023-09-19">'))).toBe('2023-09-19');
  });

  it('falls back to JSON-LD, then to a <time> element', () => {
    expect(pageDate(doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-17T10:00:00Z"}</script>'))).toBe('2020-10-17');
    expect(pageDate(doc('', '<article><time datetime="2022-09-13">13 Sep</time></article>'))).toBe('2022-09-13');
  });

  it('says nothing when the page says nothing usable', () => {
    expect(pageDate(doc(''))).toBeNull();
    expect(pageDate(doc('<meta property="article:published_time" content="yesterday">'))).toBeNull();
  });

  it('accepts only real calendar days', () => {
    expect(isoDay('2020-02-29')).toBe('2020-02-29');
    expect(isoDay('2021-02-29')).toBeNull();
    expect(isoDay('2020-13-45')).toBeNull();
  });
});
