/**
 * Letters that a reader cannot tell apart across scripts. "Kаrabakh" with a Cyrillic "а", or
 * "Кarabakh" with a Cyrillic capital К, reads as the region's name; so does "Кaрабах" with Latin "a"s.
 * The name patterns (name-forms.ts) and the quick test's classes (quick-pattern-sources.ts) accept a
 * look-alike in a letter's place. Folding itself keeps the scripts apart, so a Russian word is never
 * read as an English one ("сор" is not "cop") outside a name.
 *
 * Case matters: a capital К looks like K, a small к does not look like k; folding lowers both, so
 * the name patterns accept either and the mention finder then checks the page's own characters
 * (isLookalike).
 */

/** Pairs of a Latin letter and a Cyrillic or Greek letter that looks the same, as written. */
const PAIRS: readonly string[] = [
  'aа', 'AА', 'aα', 'AΑ', 'BВ', 'BΒ', 'cс', 'CС', 'cϲ', 'CϹ', 'dԁ', 'eе', 'EЕ', 'EΕ', 'gɡ', 'hһ', 'HН',
  'HΗ', 'iі', 'IІ', 'iι', 'IΙ', 'IӀ', 'lӏ', 'jј', 'JЈ', 'KК', 'KΚ', 'kκ', 'MМ', 'MΜ', 'NΝ', 'nη', 'oо',
  'OО', 'oο', 'OΟ', 'pр', 'PР', 'pρ', 'PΡ', 'qԛ', 'QԚ', 'sѕ', 'SЅ', 'TТ', 'TΤ', 'vν', 'wԝ', 'WԜ', 'xх',
  'XХ', 'xχ', 'XΧ', 'yу', 'YУ', 'YΥ', 'yү', 'YҮ', 'ZΖ',
];

const lower = (c: string) => c.toLowerCase();

let folded: Map<string, string> | undefined;
let raw: Map<string, string> | undefined;
let members: Set<string> | undefined;

function tables(): void {
  if (folded && raw && members) return;
  folded = new Map();
  raw = new Map();
  members = new Set();
  const add = (map: Map<string, string>, key: string, value: string) => {
    if (!(map.get(key) ?? '').includes(value)) map.set(key, (map.get(key) ?? '') + value);
  };
  for (const [latin, other] of PAIRS.map((p) => [...p] as [string, string])) {
    add(folded, lower(latin), lower(other));
    add(folded, lower(other), lower(latin));
    add(raw, lower(latin), other);
    add(raw, lower(other), latin);
    members.add(latin);
    members.add(other);
  }
}

/** The letters that look like `c` in either case, lower case as folding leaves them; '' for most letters. */
export function lookalikesOf(c: string): string {
  tables();
  return folded!.get(c) ?? '';
}

/** The characters, as a page writes them, that look like the folded letter `c`; '' for most letters. */
export function rawLookalikesOf(c: string): string {
  tables();
  return raw!.get(c) ?? '';
}

/** Whether a page's character is one that looks like a letter of another script. */
export function isLookalike(ch: string): boolean {
  tables();
  return members!.has(ch);
}
