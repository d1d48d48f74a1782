/**
 * Dates in the dataset are ISO calendar dates (YYYY-MM-DD), or a month or a year when the source gives
 * no day. The pattern alone would let 2020-13-45 through, and `new Date` would quietly turn it into
 * February 14, 2021, so the month and the day are checked against the calendar.
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (2021-02-29 is not one). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const year = Number(y);
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(year, month);
}
