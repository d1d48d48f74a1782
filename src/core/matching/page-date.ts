/** What a page's date allows: a claim it may report, and when "on Friday" is another event. */
import type { ClaimFrame } from './index';
import type { SentenceInfo } from './sentence';

/** First and last day a dataset date (YYYY, YYYY-MM or YYYY-MM-DD) may stand for, as YYYY-MM-DD. */
export function dateSpan(date: string): { first: string; last: string } {
  if (date.length >= 10) return { first: date.slice(0, 10), last: date.slice(0, 10) };
  if (date.length === 7) return { first: `${date}-01`, last: `${date}-31` };
  return { first: `${date.slice(0, 4)}-01-01`, last: `${date.slice(0, 4)}-12-31` };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Words that set a sentence on the days around its page's date: "on Friday", "yesterday", "today". */
const DAY_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'понедельник', 'вторник', 'среду', 'среда', 'четверг', 'пятницу', 'пятница', 'субботу', 'суббота', 'воскресенье', 'сегодня', 'вчера',
  'pazartesi', 'sali', 'carsamba', 'persembe', 'cuma', 'cumartesi', 'pazar', 'bugun', 'dun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'aujourd', 'hier',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'heute', 'gestern',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'hoy', 'ayer',
]);

/**
 * Whether the page's date allows the claim: a page cannot report a claim made after it (a week's
 * slack for dates the dataset knows only roughly), and a sentence that sets its event "on Friday" or
 * "yesterday" on a page published months after the claim reports a later event of the same kind
 * (the 2022 border clashes' mutual accusations are not the October 2020 ones).
 */
export function fitsPageDate(frame: ClaimFrame, sentence: SentenceInfo, pageDate: string | undefined): boolean {
  if (!pageDate || !/^\d{4}(-\d\d){0,2}$/.test(pageDate)) return true;
  const span = dateSpan(frame.claim.date);
  const page = dateSpan(pageDate);
  if (page.last < addDays(span.first, -7)) return false;
  if (page.first > addDays(span.last, 90) && sentence.words().some((w) => DAY_WORDS.has(w))) return false;
  return true;
}
