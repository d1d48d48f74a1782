/**
 * When the page says it was published: the matcher uses it as part of a claim's frame (a page cannot
 * report a claim made after it; "on Friday" in a page from 2022 is not a 2020 event). Read from the
 * metadata news sites publish for search engines and social cards, in order of how reliable it is;
 * null when the page says nothing usable. Read only, never written.
 */

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];

/** JSON-LD blocks larger than this are not parsed: a date is never that far in. */
const MAX_JSON_LD = 64 * 1024;

/** A YYYY-MM-DD day from an ISO-like date string, if it is a real one. */
export function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return y >= 1990 && y <= 2100 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    const found = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(text);
    const day = isoDay(found?.[1]);
    if (day) return day;
  }
  return null;
}

export function pageDate(doc: Document = document): string | null {
  for (const selector of META) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  return fromJsonLd(doc) ?? isoDay(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
}
