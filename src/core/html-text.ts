/**
 * A small HTML-to-text reader for Node-side tools (the scan CLI, the evaluation, benchmarks). The
 * extension itself reads the live DOM (src/page); this only approximates it for saved pages: the
 * contents of script, style and other non-text elements go, block elements become "\n" (the same
 * hard boundaries the page reader produces), inline elements join without spaces, and whitespace
 * collapses as a browser would render it.
 */

const SKIPPED = ['script', 'style', 'noscript', 'template', 'textarea', 'select', 'button', 'svg', 'math', 'head', 'iframe', 'object'];

const BLOCK = new Set(
  `address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer
  form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody td tfoot
  th thead tr ul caption option legend`.split(/\s+/),
);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', mdash: '\u2014',
  ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', middot: '\u00b7', bull: '\u2022', zwj: '\u200d', zwnj: '\u200c',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of SKIPPED) s = s.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, 'gi'), ' ');
  const parts: string[] = [];
  const tagRe = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<![^>]*>/g;
  let last = 0;
  for (let m = tagRe.exec(s); m; m = tagRe.exec(s)) {
    parts.push(s.slice(last, m.index).replace(/[ \t\r\n\f]+/g, ' '));
    if (m[1] && BLOCK.has(m[1].toLowerCase())) parts.push('\n');
    last = m.index + m[0].length;
  }
  parts.push(s.slice(last).replace(/[ \t\r\n\f]+/g, ' '));
  return decodeEntities(parts.join(''))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
