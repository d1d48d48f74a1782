/**
 * Turns what a reader types into a site list ("https://www.Dawn.com/news/1", "dawn.com.") into the
 * hostname the content script compares against, or rejects it. Pure, so both the options page and the
 * storage migration use it.
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function normalizeHost(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (text === '') return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = 'https://' + text;
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    host = url.hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  const labels = host.split('.');
  // A registrable name: at least two labels, no IP addresses, nothing the URL parser let through oddly.
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels.at(-1)!)) return undefined;
  return host;
}

/** Normalises, drops what is not a hostname, removes duplicates, keeps the reader's order. */
export function normalizeHostList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const item of raw) {
    const host = typeof item === 'string' ? normalizeHost(item) : undefined;
    if (host && !out.includes(host)) out.push(host);
  }
  return out;
}
