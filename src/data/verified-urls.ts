/**
 * Reads the verified URLs out of sources.md's table: the URL column of every row whose status says
 * "verified". URLs that only appear in its notes (wire copies, an http mirror) are deliberately not
 * included. Pure text in, set out, so the CLI and the tests agree on the list.
 */
export function verifiedUrlsFromSourcesMd(markdown: string): Set<string> {
  const urls = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').map((c) => c.trim());
    // | file | publisher | headline | date | URL | status |  -> cells[5] is the URL, cells[6] the status
    const url = cells[5];
    const status = cells[6] ?? '';
    if (url && /^https?:\/\//.test(url) && /\bverified\b/i.test(status) && !/\bnot verified\b/i.test(status)) urls.add(url);
  }
  return urls;
}
