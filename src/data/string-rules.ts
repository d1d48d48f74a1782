/**
 * The rules every string in a dataset or pack is held to, whatever field it is in (and even when the
 * file's shape is wrong, since a hostile file is the case that matters): no script or data URL, no
 * markup, and no character that hides or reorders text. Each is one linear pass over the string: a
 * pattern that backtracks would let a long string stall the reader's options page.
 */

// javascript:/vbscript: are never legitimate in this data, wherever they appear.
const SCRIPT_URL = /(?:java|vb)script:/i;
// "data:" is ordinary prose ("the data: ..."), so only its URL form (data:mime;... or data:,...) counts.
// One optional whitespace run, and the media type's own letters, so no part can be matched two ways.
const DATA_URL = /\bdata:\s*(?:[a-z]+\/[a-z0-9.+-]+\s*)?[;,]/i;
// Browsers drop whitespace and control characters inside a URL scheme ("java\tscript:"), so do we.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const URL_NOISE = /[\u0000-\u0020]+/g;
// A tag or comment opener; "<" before a space or a digit ("fewer than < 100") is prose.
const MARKUP = /<\s*[a-z!/?]/i;

export function scriptOrDataUrl(text: string): 'script' | 'data' | undefined {
  // Every URL scheme ends in a colon; most text has none, and is spared the copy below.
  if (!text.includes(':')) return undefined;
  if (SCRIPT_URL.test(text.replace(URL_NOISE, ''))) return 'script';
  return DATA_URL.test(text) ? 'data' : undefined;
}

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/**
 * Control characters (tab, line feed and carriage return are whitespace and allowed), NUL, half of a
 * surrogate pair, and the bidi embeddings, overrides and isolates, which can make a quote read
 * backwards or a link's text lie about where it goes. Marks that only set a direction (U+200E, U+200F,
 * U+061C) are allowed: Arabic, Persian and Urdu text needs them.
 */
const UNSAFE_CHAR =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// One character class: text with none of these (nearly all text) is done in one quick pass.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const MAYBE_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

const CHAR_NAMES: Record<number, string> = {
  0x0000: 'NUL',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

/** What is wrong with the first unsafe character, e.g. "U+202E (right-to-left override) at character 12", or undefined. */
export function unsafeCharacter(text: string): string | undefined {
  if (!MAYBE_UNSAFE.test(text)) return undefined;
  const m = UNSAFE_CHAR.exec(text);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHAR_NAMES[code] ?? (code >= 0xd800 && code <= 0xdfff ? 'half of a surrogate pair' : 'a control character');
  return `${hex} (${name}) at character ${m.index + 1}`;
}
