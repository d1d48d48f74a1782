/**
 * The pages the browser bench measures that are not fixture folders: made here from fixture text, so
 * nothing large is committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from '../../tests/e2e/harness';

/**
 * The region's 11 main names as a reader would give them to a marking tool: the region's two usual
 * English names and its own, the capital's two, and the places the conflict's reporting names most.
 */
export const MAIN_NAMES = ['Nagorno-Karabakh', 'Karabakh', 'Artsakh', 'Stepanakert', 'Khankendi', 'Shusha', 'Shushi', 'Agdam', 'Lachin', 'Khojaly', 'Kalbajar'];

/** Words that hold a name's letters without naming it: an ordinary page says them. */
const LOOKALIKE = [
  'Intelligence officials said the replacement programme was placing new demands on the budget.',
  'The agency’s intelligence unit is replacing its ageing computers and placing orders abroad.',
];

const paragraphsOf = (html: string) => html.match(/<p>[^<]*<\/p>/g) ?? [];

/**
 * About 1 MB of ordinary news that names no place, made from the no-mention fixture's paragraphs,
 * with a paragraph in ten saying "intelligence", "replacing" and "placing".
 */
export function noName1mb(): string {
  const plain = readFileSync(join(PAGES_DIR, 'no-mention/index.html'), 'utf8');
  const paras = paragraphsOf(plain);
  const filler: string[] = [];
  for (let n = 0, i = 0; n < 1_000_000; i++) {
    const p = i % 10 === 9 ? `<p>${LOOKALIKE[i % LOOKALIKE.length]}</p>` : paras[i % paras.length]!;
    filler.push(i % 8 === 0 ? `<h2>Section ${i}</h2>${p}` : p);
    n += p.length;
  }
  return plain.replace(/<\/article>/, `${filler.join('\n')}</article>`);
}
