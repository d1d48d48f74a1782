/**
 * What a source link may be. A link labelled "Reuters" must go to a site a reader can recognise from
 * its host: no user name before the host (https://reuters.com@evil.example/ goes to evil.example), no
 * IP address, no single-label host, no port but https's own. Hosts that may imitate another site's
 * name (punycode, or letters of several scripts in one label) pass, but are flagged for the reader.
 *
 * The authority is read by hand (the core has no URL API), to the same end as a browser's parser: it
 * stops at / ? # or \ (which https URLs treat as /), and the host is NFKC-normalised first, as IDNA
 * does, so fullwidth digits and ideographic full stops cannot dress up an IP address.
 */
const AUTHORITY = /^https:\/\/([^/?#\\]*)/i;
// The full stops IDNA maps to ".".
const DOTS = /[\u3002\uFF0E\uFF61]/g;
const HOST_CHARS = /^[\p{L}\p{M}\p{N}.-]+$/u;
// A host whose last label is a number (decimal, or 0x hex) is an IPv4 address to a browser: 127.1, 0x7f.1.
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/i;

interface Authority {
  userinfo: boolean;
  host: string;
  port: string | undefined;
}

function authorityOf(url: string): Authority | undefined {
  const m = AUTHORITY.exec(url);
  if (!m) return undefined;
  let rest = m[1]!;
  const at = rest.lastIndexOf('@');
  const userinfo = at >= 0;
  if (userinfo) rest = rest.slice(at + 1);
  if (rest.startsWith('[')) return { userinfo, host: rest, port: undefined };
  const colon = rest.indexOf(':');
  const port = colon >= 0 ? rest.slice(colon + 1) : undefined;
  const host = (colon >= 0 ? rest.slice(0, colon) : rest).normalize('NFKC').replace(DOTS, '.').toLowerCase();
  return { userinfo, host, port };
}

/** The host a reader should be shown for an https link (lower case, NFKC), or undefined if there is none. */
export function linkHost(url: string): string | undefined {
  return authorityOf(url)?.host || undefined;
}

/** Why this https link may not be used, or undefined. Links that are not https are the https-only rule's. */
export function linkProblem(url: string): string | undefined {
  const a = authorityOf(url);
  if (!a) return undefined;
  if (a.userinfo) return 'has a user name or password before the host ("…@"), which hides where the link goes';
  if (a.port !== undefined && a.port !== '' && a.port !== '443') return `names port ${a.port}; links use the default https port`;
  if (a.host.startsWith('[')) return 'goes to an IP address; links name a site';
  if (a.host === '') return 'has no host';
  if (!HOST_CHARS.test(a.host)) return `host "${a.host}" has characters no site name has`;
  const labels = a.host.replace(/\.$/, '').split('.');
  if (NUMERIC_LABEL.test(labels.at(-1)!)) return 'goes to an IP address; links name a site';
  if (labels.length < 2) return `host "${a.host}" is a single name, not a public site`;
  if (labels.some((l) => l === '')) return `host "${a.host}" has an empty part`;
  return undefined;
}

// Letters that make a Cyrillic or Greek label readable as a Latin one ("аррӏе" for "apple").
const LATIN_LOOKING = /^[\u0430\u0441\u0435\u043E\u0440\u0445\u0443\u0456\u0458\u0455\u0501\u04BB\u04CF\u051B\u051D\u03B1\u03B9\u03BA\u03BD\u03BF\u03C1\u03C5\u03C7\d-]+$/u;
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Arabic', 'Hebrew', 'Devanagari', 'Han', 'Hangul', 'Hiragana', 'Katakana', 'Thai'] as const;
const SCRIPT_RES = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
// Scripts a Japanese, Chinese or Korean name mixes with each other and with Latin by design (UTS #39's
// "highly restrictive" level).
const CJK = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul']);
const ASCII_ONLY = /^[a-z0-9-]*$/;

function scriptsIn(label: string): string[] {
  return SCRIPT_RES.filter(([, re]) => re.test(label)).map(([name]) => name);
}

/** Why this link's host might imitate another site's, or undefined. A warning, not an error. */
export function lookalikeHost(url: string): string | undefined {
  const host = linkHost(url);
  if (!host) return undefined;
  for (const label of host.split('.')) {
    if (label.startsWith('xn--')) return `host "${host}" is written in punycode, which can spell a look-alike of another site's name`;
    if (ASCII_ONLY.test(label)) continue;
    const scripts = scriptsIn(label);
    const cjk = scripts.some((s) => CJK.has(s));
    const others = scripts.filter((s) => !CJK.has(s) && !(cjk && s === 'Latin'));
    if (others.length + (cjk ? 1 : 0) > 1) return `host "${host}" mixes letters of ${scripts.join(' and ')} in one name`;
    if (LATIN_LOOKING.test(label)) return `host "${host}" is spelt in ${scripts.join(' and ')} letters that look Latin`;
  }
  return undefined;
}
