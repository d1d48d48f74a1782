/**
 * Dates in the dataset are YYYY, YYYY-MM or YYYY-MM-DD (the source's precision). Show exactly that
 * precision in the reader's language; never invent a day.
 */
export type DateStyle = 'long' | 'short';

export function formatIsoDate(iso: string, locale: string, style: DateStyle = 'long'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const month = style === 'long' ? 'long' : 'short';
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' }
    : mo
      ? { year: 'numeric', month, timeZone: 'UTC' }
      : // A year alone still goes through Intl: some locales write years in their own digits.
        { year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return iso;
  }
}
