/**
 * A small HTML-to-text reader for Node-side tools (the scan CLI, the evaluation, benchmarks). The
 * extension itself reads the live DOM (src/page/text-map.ts); this reads a saved page by the same
 * rules (reading-rules.ts): skipped elements (scripts, code, forms, editable or hidden regions) give
 * nothing, block elements become "\n", inline elements join without spaces, and whitespace collapses
 * as a browser would render it.
 *
 * One pass over the markup with a stack of open elements, so its cost is linear in the input, and
 * nothing in it can be made to recurse: a hostile or broken file gives some text, never a hang.
 */
import { BLOCK_TAGS, isSkippedByAttributes, SKIPPED_TAGS } from './reading-rules';

/** Elements whose content is raw text up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', mdash: '\u2014',
  ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', middot: '\u00b7', bull: '\u2022', zwj: '\u200d', zwnj: '\u200c',
};

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Reads a tag's attributes into a lookup (names in lower case, the first of a repeated name wins). */
function attributesOf(source: string): (name: string) => string | null {
  const found = new Map<string, string>();
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const name = m[1]!.toLowerCase();
    if (!found.has(name)) found.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return (name) => found.get(name) ?? null;
}

const TAG_NAME = /^(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/;

export function htmlToText(html: string): string {
  const parts: string[] = [];
  /** Open elements, lower case; `skipFrom` is the depth where a skipped element opened (or -1). */
  const open: string[] = [];
  let skipFrom = -1;
  const text = (s: string) => {
    if (skipFrom < 0 && s) parts.push(s.replace(/[ \t\r\n\f]+/g, ' '));
  };
  const close = (depth: number) => {
    for (let i = open.length - 1; i >= depth; i--) if (BLOCK_TAGS.has(open[i]!)) parts.push('\n');
    open.length = depth;
    if (skipFrom >= depth) skipFrom = -1;
  };
  let pos = 0;
  /** The next ">" at or after the current "<", found once: a page of "<" without ">" stays linear. */
  let gt = -1;
  for (;;) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    text(html.slice(pos, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0) {
      pos = lt;
      break;
    }
    const source = html.slice(lt + 1, gt);
    const m = TAG_NAME.exec(source);
    if (!m) {
      // "<!doctype>", "<?xml?>": not text; "< 3" or "a<b" in prose: text.
      if (source[0] !== '!' && source[0] !== '?') text('<');
      pos = source[0] === '!' || source[0] === '?' ? gt + 1 : lt + 1;
      continue;
    }
    pos = gt + 1;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) close(at);
      else if (BLOCK_TAGS.has(name)) parts.push('\n');
      continue;
    }
    const attrs = source.slice(m[0].length);
    if (BLOCK_TAGS.has(name)) parts.push('\n');
    const skipped = SKIPPED_TAGS.has(name) || isSkippedByAttributes(attributesOf(attrs));
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
    if (RAW_TEXT.has(name)) {
      // Raw text ends only at its own end tag; inside it nothing is markup.
      const endTag = new RegExp(`</${name}\\s*>`, 'gi');
      endTag.lastIndex = pos;
      const end = endTag.exec(html);
      if (!skipped) text(html.slice(pos, end ? end.index : html.length));
      pos = end ? endTag.lastIndex : html.length;
      if (BLOCK_TAGS.has(name)) parts.push('\n');
      continue;
    }
    open.push(name);
    if (skipped && skipFrom < 0) skipFrom = open.length - 1;
  }
  text(html.slice(pos));
  return decodeEntities(parts.join(''))
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
