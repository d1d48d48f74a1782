/**
 * Claim packs: import, list, enable/disable, remove, export. Every change is one read and one write of
 * the `local:packs` value, and changes run one at a time, so a failed import leaves the stored packs
 * exactly as they were.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from '@/src/data/schema';
import { claimReviewToDatasetJson } from '@/src/data/claimreview';
import { validateDataset } from '@/src/data/validate';
import { BUNDLED_DATASET } from './bundled';
import { collisionErrors, markupErrors } from './checks';
import { detectFormat, formatError } from './format';
import { packsItem } from './items';
import { parsePackText, sizeError } from './parse';
import type { ClaimPack, ImportResult, PackError, PackSummary } from './types';

export const BUNDLED_LABEL = 'the bundled set';

let queue: Promise<unknown> = Promise.resolve();
/** Runs changes to the packs value one after another (two quick imports must not overwrite each other). */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

const StoredPackSchema = v.object({
  id: v.string(),
  title: v.string(),
  enabled: v.boolean(),
  importedAt: v.string(),
  dataset: DatasetSchema,
});

/** The stored packs that are intact; a damaged entry is skipped here but kept in storage, never silently deleted. */
export async function getPacks(): Promise<ClaimPack[]> {
  return intactPacks(await packsItem.getValue());
}

export function intactPacks(raw: unknown): ClaimPack[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((p): p is ClaimPack => v.is(StoredPackSchema, p));
}

export function summarize(p: ClaimPack): PackSummary {
  return { id: p.id, title: p.title, enabled: p.enabled, importedAt: p.importedAt, claimCount: p.dataset.claims.length };
}

export async function listPacks(): Promise<PackSummary[]> {
  return (await getPacks()).map(summarize);
}

/** Checks a file's text completely against the packs present now; stores nothing. */
export function checkPack(file: string, text: string, present: ClaimPack[]): { ok: true; dataset: Dataset } | { ok: false; errors: PackError[] } {
  const parsed = parsePackText(file, text);
  if (!parsed.ok) return parsed;
  const format = detectFormat(parsed.json);
  if (!format) return { ok: false, errors: [formatError(file)] };
  // JSON-LD is reshaped into a dataset first, so every check below (and its JSON paths) is the same for both formats.
  const json = format === 'claimreview' ? claimReviewToDatasetJson(parsed.json) : parsed.json;
  // Markup and unsafe URLs are looked for in every string even when the shape is wrong: a hostile file is the case that matters.
  const markup = markupErrors(file, json);
  const validated = validateDataset(json, file);
  if (!validated.ok || markup.length > 0) {
    return { ok: false, errors: [...markup, ...(validated.ok ? [] : validated.errors)] };
  }
  const owners = [{ label: BUNDLED_LABEL, dataset: BUNDLED_DATASET }, ...present.map((p) => ({ label: `the pack "${p.title}"`, dataset: p.dataset }))];
  const collisions = collisionErrors(file, validated.dataset, owners);
  if (collisions.length > 0) return { ok: false, errors: collisions };
  return { ok: true, dataset: validated.dataset };
}

export function importPack(file: string, text: string, now: () => Date = () => new Date()): Promise<ImportResult> {
  return serial(async () => {
    const raw = await packsItem.getValue();
    const checked = checkPack(file, text, intactPacks(raw));
    if (!checked.ok) return checked;
    const pack: ClaimPack = {
      id: checked.dataset.id,
      title: checked.dataset.title,
      enabled: true,
      importedAt: now().toISOString(),
      dataset: checked.dataset,
    };
    try {
      await packsItem.setValue([...(Array.isArray(raw) ? raw : []), pack]);
    } catch (e) {
      // storage.local has a quota; a rejected write stores nothing, and the reader should know why.
      return { ok: false, errors: [{ file, path: '$', rule: 'storage', message: `could not be stored: ${(e as Error).message}` }] };
    }
    return { ok: true, pack };
  });
}

/** For an <input type=file> or a drop: the size is checked from the File before its text is read. */
export async function importPackFile(file: File): Promise<ImportResult> {
  const tooBig = sizeError(file.name, file.size);
  if (tooBig) return { ok: false, errors: [tooBig] };
  return importPack(file.name, await file.text());
}

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

export interface ExportFile {
  fileName: string;
  text: string;
}

/** The pack's dataset in our own format, which importPack reads back to the same pack. */
export function exportDataset(d: Dataset): ExportFile {
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
  return packsItem.watch((raw) => cb(intactPacks(raw)));
}
