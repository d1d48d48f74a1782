/**
 * Claim packs: import, list, enable/disable, remove, export. Every change is one read and one write of
 * the `local:packs` value, made under one lock shared by every extension page (navigator.locks), so
 * two options tabs importing at once both land, or the second one reports the first one's ids truthfully.
 * A failed import or write leaves the stored packs exactly as they were.
 */
import { errorSink } from '@/src/data/errors';
import { sizeError } from '@/src/data/parse';
import type { Dataset } from '@/src/data/schema';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { checkPackText } from './check';
import { reportCollisions } from './checks';
import { packsItem } from './items';
import { readStoredPacks } from './stored';
import type { ClaimPack, ImportResult, PackSummary, StoredPacks } from './types';

const BUNDLED_LABEL = 'the bundled set';
const LOCK = 'karabakh-context:packs';

let queue: Promise<unknown> = Promise.resolve();
/**
 * Runs changes to the packs value one after another, across every tab and the background
 * (navigator.locks is per extension origin). Without it (Node, in unit tests) they queue in this context.
 */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return locks.request(LOCK, fn);
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** The stored packs that load; the others are listed by readStoredPacks and never used. */
export async function getPacks(): Promise<ClaimPack[]> {
  return readStoredPacks(await packsItem.getValue()).packs;
}

export async function getStoredPacks(): Promise<StoredPacks> {
  return readStoredPacks(await packsItem.getValue());
}

export function summarize(p: ClaimPack): PackSummary {
  return { id: p.id, title: p.title, enabled: p.enabled, importedAt: p.importedAt, claimCount: p.dataset.claims.length };
}

export async function listPacks(): Promise<PackSummary[]> {
  return (await getPacks()).map(summarize);
}

function owners(stored: StoredPacks): { label: string; dataset: Dataset }[] {
  return [
    { label: BUNDLED_LABEL, dataset: BUNDLED_DATASET },
    ...stored.packs.map((p) => ({ label: `the pack "${p.title}"`, dataset: p.dataset })),
  ];
}

/** Ids the new pack shares with the bundled set, a stored pack, or a stored entry that failed to load. */
function collisions(file: string, dataset: Dataset, stored: StoredPacks): ImportResult | undefined {
  const sink = errorSink(file);
  reportCollisions(dataset, owners(stored), sink.report);
  if (stored.damaged.some((d) => d.id === dataset.id)) {
    sink.report('$.id', 'unique-id', `id "${dataset.id}" is already used by a stored pack that could not be loaded; remove it first`);
  }
  if (sink.count() === 0) return undefined;
  const more = sink.more();
  return { ok: false, errors: sink.errors, ...(more && { more }) };
}

export async function importPack(file: string, text: string, now: () => Date = () => new Date()): Promise<ImportResult> {
  const checked = checkPackText(file, text);
  if (!checked.ok) return checked;
  const { dataset, warnings } = checked;
  return serial(async () => {
    // Read again under the lock: another tab may have imported since this one looked.
    const raw = await packsItem.getValue();
    const taken = collisions(file, dataset, readStoredPacks(raw));
    if (taken) return taken;
    const pack: ClaimPack = { id: dataset.id, title: dataset.title, enabled: true, importedAt: now().toISOString(), dataset };
    try {
      await packsItem.setValue([...(Array.isArray(raw) ? raw : []), pack]);
    } catch (e) {
      // storage.local has a quota; a rejected write stores nothing, and the reader should know why.
      return { ok: false, errors: [{ file, path: '$', rule: 'storage', message: `could not be stored: ${(e as Error).message}` }] };
    }
    return warnings ? { ok: true, pack, warnings } : { ok: true, pack };
  });
}

/** For an <input type=file> or a drop: the size is checked from the File before its text is read. */
export async function importPackFile(file: File): Promise<ImportResult> {
  const tooBig = sizeError(file.name, file.size);
  if (tooBig) return { ok: false, errors: [tooBig] };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, errors: [{ file: file.name, path: '$', rule: 'read', message: `could not be read: ${(e as Error).message}` }] };
  }
  return importPack(file.name, text);
}

/** One read and one write under the lock. A failed write rejects, for the page to show. */
function updateRaw(fn: (packs: unknown[]) => unknown[]): Promise<void> {
  return serial(async () => {
    const raw = await packsItem.getValue();
    await packsItem.setValue(fn(Array.isArray(raw) ? raw : []) as ClaimPack[]);
  });
}

const idOf = (p: unknown) => (p !== null && typeof p === 'object' ? (p as { id?: unknown }).id : undefined);

export function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  return updateRaw((packs) => packs.map((p) => (idOf(p) === id ? { ...(p as ClaimPack), enabled } : p)));
}

export function removePack(id: string): Promise<void> {
  return updateRaw((packs) => packs.filter((p) => idOf(p) !== id));
}

/**
 * Removes a stored entry that failed to load, by its place in the list (it may have no id), and only
 * if that place still holds an entry with the same id: another tab may have changed the list since.
 * Index -1 (the stored value is not a list) empties it.
 */
export function removeDamagedPack(index: number, id: string | undefined): Promise<void> {
  if (index < 0) return serial(() => packsItem.setValue([]));
  return updateRaw((packs) => packs.filter((p, i) => !(i === index && idOf(p) === id)));
}

export interface ExportFile {
  fileName: string;
  text: string;
}

/** The pack's dataset in our own format, which importPack reads back to the same pack. */
function exportDataset(d: Dataset): ExportFile {
  return { fileName: `${d.id}.json`, text: JSON.stringify(d, null, 2) + '\n' };
}

export async function exportPack(id: string): Promise<ExportFile | undefined> {
  const pack = (await getPacks()).find((p) => p.id === id);
  return pack && exportDataset(pack.dataset);
}

export function exportBundled(): ExportFile {
  return exportDataset(BUNDLED_DATASET);
}

export function watchPacks(cb: (packs: ClaimPack[]) => void): () => void {
  return packsItem.watch((raw) => cb(readStoredPacks(raw).packs));
}

export function watchStoredPacks(cb: (stored: StoredPacks) => void): () => void {
  return packsItem.watch((raw) => cb(readStoredPacks(raw)));
}
