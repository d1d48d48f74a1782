/**
 * Which match patterns a reader's added site may run on: only what the browser has granted. A host
 * the reader added but whose permission was refused or later withdrawn gets no content script.
 * Pure, so the rule is unit-tested without a browser.
 */
import { isHostWithin, matchPatternFor } from '@/src/sites';

/** What "Run on this site" asks for: the site and its subdomains, http and https. */
export function originsFor(host: string): string[] {
  return [matchPatternFor(host)];
}

/** The host part of a match pattern, with "*." kept ("*://*.dawn.com/*" → "*.dawn.com"). */
function patternHost(pattern: string): string | undefined {
  return /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern)?.[1];
}

/** True when a granted pattern lets a script run on `host` and its subdomains. */
function covers(grantedHost: string, host: string): boolean {
  if (grantedHost === '*') return true;
  if (grantedHost.startsWith('*.')) return isHostWithin(host, grantedHost.slice(2));
  return false;
}

/**
 * The patterns to register for the added hosts, given the origins granted. A host is registered with
 * the pattern "Run on this site" asks for when a granted origin covers it, and with the exact granted
 * origins of its own hostnames otherwise ("https://www.example.org/*" granted by hand in the browser's
 * settings still counts).
 */
export function patternsToRegister(added: readonly string[], granted: readonly string[]): string[] {
  const out = new Set<string>();
  for (const host of added) {
    for (const pattern of granted) {
      const g = patternHost(pattern);
      if (!g) continue;
      if (covers(g, host)) {
        out.add(matchPatternFor(host));
      } else if (g === host || g === 'www.' + host) {
        out.add(pattern);
      }
    }
  }
  return [...out].sort();
}
