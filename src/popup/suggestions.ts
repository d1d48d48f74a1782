/**
 * Searches the empty popup offers. They are the data's own words, so they are not translated; only
 * the ones that find something in the reader's current datasets are shown, and the places' names in
 * other scripts show that any spelling works.
 */
import type { SearchIndex } from '@/src/search';

export const SUGGESTED_SEARCHES: readonly string[] = [
  'Pakistani troops',
  'Foreign Office',
  // Armenia's term, so in its quotation marks: the popup never uses a side's term as its own.
  '“ethnic cleansing”',
  'Khankendi',
  'Нагорный Карабах',
  'Արցախ',
  'ceasefire',
  'Aliyev',
];

export function suggestions(index: SearchIndex, max = 6): string[] {
  return SUGGESTED_SEARCHES.filter((q) => {
    const r = index.search(q, { limit: 1 });
    return r.claims.length > 0 && !r.partial;
  }).slice(0, max);
}
