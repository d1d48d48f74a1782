/**
 * The reader's site lists: sites added beyond the default news list, and sites paused. Both hold
 * hostnames normalised by ./hosts, so "https://www.Dawn.com/x" and "dawn.com" are the same entry.
 */
import { isDefaultNewsHost, isHostWithin } from '@/src/sites';
import { addedSitesItem, pausedSitesItem } from './items';
import { normalizeHost, normalizeHostList } from './hosts';

export interface SiteLists {
  added: string[];
  paused: string[];
}

type AddSiteResult =
  | { ok: true; host: string }
  | { ok: false; reason: 'invalid' | 'default' | 'duplicate' };

export async function getSiteLists(): Promise<SiteLists> {
  const [added, paused] = await Promise.all([addedSitesItem.getValue(), pausedSitesItem.getValue()]);
  return { added: normalizeHostList(added), paused: normalizeHostList(paused) };
}

export async function addSite(input: string): Promise<AddSiteResult> {
  const host = normalizeHost(input);
  if (!host) return { ok: false, reason: 'invalid' };
  if (isDefaultNewsHost(host)) return { ok: false, reason: 'default' };
  const added = normalizeHostList(await addedSitesItem.getValue());
  if (added.includes(host)) return { ok: false, reason: 'duplicate' };
  await addedSitesItem.setValue([...added, host]);
  return { ok: true, host };
}

export async function removeSite(host: string): Promise<void> {
  const added = normalizeHostList(await addedSitesItem.getValue());
  await addedSitesItem.setValue(added.filter((h) => h !== host));
}

export async function pauseSite(input: string): Promise<string | undefined> {
  const host = normalizeHost(input);
  if (!host) return undefined;
  const paused = normalizeHostList(await pausedSitesItem.getValue());
  if (!paused.includes(host)) await pausedSitesItem.setValue([...paused, host]);
  return host;
}

export async function resumeSite(host: string): Promise<void> {
  const paused = normalizeHostList(await pausedSitesItem.getValue());
  await pausedSitesItem.setValue(paused.filter((h) => h !== host));
}

/** True when annotation is paused on this hostname or a parent domain the reader paused. */
export function isPaused(hostname: string, paused: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return paused.some((p) => isHostWithin(host, p));
}

export function watchSiteLists(cb: (lists: SiteLists) => void): () => void {
  const emit = () => void getSiteLists().then(cb);
  const offAdded = addedSitesItem.watch(emit);
  const offPaused = pausedSitesItem.watch(emit);
  return () => {
    offAdded();
    offPaused();
  };
}
