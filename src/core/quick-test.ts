/**
 * The quick test every page pays for: may this text name the region or one of its places? False
 * means it certainly names none; true means "read it properly". It needs neither folding nor the
 * names table, only the patterns generated from it (quick-pattern.ts), so a page without any name
 * costs one native regex pass and the content script's first stage loads nothing else.
 */
import { QUICK_PATTERN } from './quick-pattern';

/**
 * Characters that folding drops or merges and that could hide inside a name ("Kara\u00ADbakh",
 * decomposed "S\u030Cus\u030Ca"). A text with any of them cannot be judged by the raw patterns.
 */
// eslint-disable-next-line no-misleading-character-class -- a class of invisible and combining marks, on purpose
export const HIDDEN = /[\u00ad\u200b-\u200f\u2060\ufeff\u0640\u064b-\u065f\u0670\u0300-\u036f]/;

/**
 * Every character past plain ASCII, except the punctuation news text is full of (no-break space,
 * dashes, quotes, ellipsis): a superset of the hidden characters and of the names' own letters
 * outside ASCII, as three ranges the engine tests cheaply.
 */
export const NOT_PLAIN = '[\\u00ad\\u00c0-\\u200f\\u2060-\\uffff]';

/** A page with more non-ASCII letters than this is in another script: test it with the whole pattern. */
const MAX_LOCAL_CHECKS = 64;
/** The longest fragment of the full pattern, in UTF-16 units. */
const FRAGMENT = 6;

let compiled: { first: RegExp; wide: RegExp; full: RegExp } | undefined;

function patterns(): NonNullable<typeof compiled> {
  compiled ??= {
    // One pass finds the first ASCII fragment of a name (any case) or the first character that
    // needs a closer look; most English pages have neither, or a few accented letters.
    first: new RegExp(`${NOT_PLAIN}|${QUICK_PATTERN.ascii}`, 'gi'),
    wide: new RegExp(QUICK_PATTERN.wide),
    full: new RegExp(QUICK_PATTERN.full),
  };
  return compiled;
}

export function mayMention(text: string): boolean {
  const { first, wide, full } = patterns();
  let checks = 0;
  first.lastIndex = 0;
  for (let m = first.exec(text); m; m = first.exec(text)) {
    // ASCII fragments are three letters or more; a single character is one to look at.
    if (m[0].length > 1) return true;
    const c = m[0];
    if (HIDDEN.test(c)) return true;
    if (!wide.test(c)) continue;
    if (++checks > MAX_LOCAL_CHECKS) return full.test(text);
    // A fragment that holds this letter starts at most FRAGMENT - 1 units before it.
    const p = m.index;
    if (full.test(text.slice(Math.max(0, p - FRAGMENT + 1), p + FRAGMENT))) return true;
  }
  return false;
}
