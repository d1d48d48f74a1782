/**
 * A date as the dataset gives it, with what is known of it: `dateQualifier` says how to read a date
 * the source does not pin down ("week of 28 September 2020", "before 2 October 2020", "about
 * October 2020"), `dateNote` what the source says of it. Shown the same way in the card, the popup,
 * the timeline and citations.
 */
import type { DateQualifier } from '@/src/data/schema';
import { t, type MessageKey } from '@/src/i18n/t';
import { formatIsoDate, type DateStyle } from './format-date';

export interface Dated {
  date: string;
  dateQualifier?: DateQualifier;
  dateNote?: string;
}

const QUALIFIER_KEY: Readonly<Record<DateQualifier, MessageKey>> = {
  before: 'cardDateBefore',
  'week-of': 'cardDateWeekOf',
  approx: 'cardDateApprox',
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

/**
 * A date as shown: an exact one as a machine-readable <time>; one the source only bounds ("before 2
 * October 2020", "week of 28 September 2020") as text, since no <time> value says that. With
 * `withNote`, what the source says of the date follows in parentheses; otherwise it is the tooltip.
 */
export function DateText(props: { value: Dated; lang: string; style?: DateStyle; withNote?: boolean }) {
  const { value, lang } = props;
  const shown = dateText(value, lang, props.style);
  const note = props.withNote && value.dateNote;
  return (
    <>
      {value.dateQualifier ? (
        <span class="kc-date" data-date={value.date} title={note ? undefined : value.dateNote}>
          {shown}
        </span>
      ) : (
        <time dateTime={value.date} title={note ? undefined : value.dateNote}>
          {shown}
        </time>
      )}
      {note ? (
        <span class="kc-date-note">
          {' '}
          (<bdi>{note}</bdi>)
        </span>
      ) : null}
    </>
  );
}
