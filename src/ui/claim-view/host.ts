/**
 * The host a link goes to, as the reader should see it beside the outlet's name: the URL's own
 * hostname (punycode for an international name, so a look-alike shows as xn--...), without "www.".
 */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    return host.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The host to show beside an outlet's name: none when the name already says it ("The Nation (thenation.org.uk)"). */
export function hostBeside(publisher: string, url: string | undefined): string | undefined {
  const host = hostOf(url);
  return host && !publisher.toLowerCase().includes(host) ? host : undefined;
}
