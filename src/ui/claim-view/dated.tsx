/**
 * A date as the dataset gives it, with what is known of it: `dateQualifier` says how to read a date
 * the source does not pin down ("week of 28 September 2020", "before 2 October 2020", "about
 * October 2020"), `dateNote` what the source says of it. Shown the same way in the card, the popup,
 * the timeline and citations.
 */
import { t, type MessageKey } from '@/src/i18n/t';
import { formatIsoDate, type DateStyle } from './format-date';

export type DateQualifier = 'before' | 'week-of' | 'approx';

export interface Dated {
  date: string;
  dateQualifier?: DateQualifier;
  dateNote?: string;
}

const QUALIFIER_KEY: Readonly<Record<DateQualifier, MessageKey>> = {
  before: 'dateBefore',
  'week-of': 'dateWeekOf',
  approx: 'dateAbout',
};

/** The date in the reader's language, qualified when the source gives no exact day. */
export function dateText(d: Dated, lang: string, style: DateStyle = 'long'): string {
  const base = formatIsoDate(d.date, lang, style);
  return d.dateQualifier ? t(QUALIFIER_KEY[d.dateQualifier], base) : base;
}

/** Whether a reader should be told the date is not an exact day (a qualifier, a note, or no day). */
export function isInexact(d: Dated): boolean {
  return d.dateQualifier !== undefined || !/^\d{4}-\d{2}-\d{2}$/.test(d.date);
}

/** Oldest first; a bounded date ("before 2 Oct") sorts just ahead of the day it bounds. */
export function compareDated(a: Dated, b: Dated): number {
  return a.date.localeCompare(b.date) || qualifierRank(a) - qualifierRank(b);
}

function qualifierRank(d: Dated): number {
  return d.dateQualifier === 'before' ? 0 : 1;
}

export function DateText(props: { value: Dated; lang: string; style?: DateStyle }) {
  const { value, lang } = props;
  return (
    <time dateTime={value.date} title={value.dateNote}>
      {dateText(value, lang, props.style)}
    </time>
  );
}
