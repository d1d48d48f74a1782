/**
 * Letters that look alike across scripts, as folding leaves them (lower case). "Kаrabakh" with a
 * Cyrillic "а", or "Кarabakh" with a Cyrillic capital К, reads as the region's name; so does
 * "Кaрабах" with Latin "a"s. The name patterns (mentions.ts) and the quick test (quick-pattern) accept
 * any member of a letter's group in its place. Folding itself keeps the letters apart, so a Russian
 * word is never read as an English one ("сор" is not "cop") outside a name.
 *
 * Each group: a Latin letter and the Cyrillic and Greek letters a reader cannot tell from it, in either
 * case (folding lowers "Н" to "н", which then stands for "H").
 */
const GROUPS: readonly string[] = [
  'aаα',
  'bвβ',
  'cсϲ',
  'dԁ',
  'eеε',
  'gɡ',
  'hнһη',
  'iіιӏ',
  'jј',
  'kкκ',
  'lӏ',
  'mмμ',
  'nνη',
  'oоο',
  'pрρ',
  'qԛ',
  'sѕ',
  'tтτ',
  'vν',
  'wԝ',
  'xхχ',
  'yуүυ',
  'zζ',
];

let table: Map<string, string> | undefined;

/** The letters that look like `c` (folded), `c` excluded; '' for most letters. */
export function lookalikesOf(c: string): string {
  if (!table) {
    table = new Map();
    for (const group of GROUPS) {
      for (const member of group) table.set(member, (table.get(member) ?? '') + group.replace(member, ''));
    }
  }
  return table.get(c) ?? '';
}
