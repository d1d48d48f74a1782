/**
 * Which added sites the browser has granted: an added site only gets the content script once the
 * reader allows it (src/site-access registers it then). Kept current as permissions change.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originsFor } from '@/src/site-access/patterns';

export function useGranted(hosts: string[]): Set<string> {
  const [granted, setGranted] = useState<Set<string>>(new Set());
  const key = hosts.join('\n');
  useEffect(() => {
    let live = true;
    const check = async () => {
      const results = await Promise.all(
        hosts.map(async (h) => [h, await browser.permissions.contains({ origins: originsFor(h) }).catch(() => false)] as const),
      );
      if (live) setGranted(new Set(results.filter(([, ok]) => ok).map(([h]) => h)));
    };
    void check();
    const onChange = () => void check();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [key]);
  return granted;
}

/** Must run straight from a click: the browser shows its prompt only during the reader's gesture. */
export function requestSite(host: string): void {
  void browser.permissions.request({ origins: originsFor(host) }).catch(() => false);
}
