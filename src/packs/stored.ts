/**
 * Reading the stored packs back. Every entry is checked again as it is read, with the same rules as an
 * import (a pack stored by an older version, or a storage value damaged some other way, gets no pass):
 * an entry that fails is never active, and the options page lists it with its errors. Nothing is
 * deleted here; the reader decides.
 */
import * as v from 'valibot';
import { validateDataset } from '@/src/data/validate';
import type { ClaimPack, DamagedPack, PackError, StoredPacks } from './types';

const StoredMetaSchema = v.object({
  id: v.string(),
  title: v.string(),
  enabled: v.boolean(),
  importedAt: v.pipe(v.string(), v.isoTimestamp('not an ISO 8601 time')),
  dataset: v.unknown(),
});

const text = (x: unknown) => (typeof x === 'string' ? x : undefined);

function readEntry(entry: unknown, index: number): ClaimPack | DamagedPack {
  const obj = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
  const id = text(obj.id);
  const title = text(obj.title);
  const file = title ?? id ?? `stored pack ${index + 1}`;
  const errors: PackError[] = [];
  const meta = v.safeParse(StoredMetaSchema, entry);
  if (!meta.success) {
    for (const issue of meta.issues) {
      const key = issue.path?.map((p) => String(p.key)).join('.');
      errors.push({ file, path: key ? `$.${key}` : '$', rule: 'stored', message: issue.message });
    }
  }
  const checked = validateDataset(obj.dataset, file);
  if (!checked.ok) errors.push(...checked.errors.map((e) => ({ ...e, path: e.path.replace(/^\$/, '$.dataset') })));
  else if (id !== undefined && checked.dataset.id !== id) {
    errors.push({ file, path: '$.id', rule: 'stored', message: `"${id}" is not the id of the pack's dataset ("${checked.dataset.id}")` });
  }
  if (meta.success && checked.ok && errors.length === 0) return { ...meta.output, dataset: checked.dataset };
  const more = checked.ok ? undefined : checked.more;
  return { index, ...(id !== undefined && { id }), ...(title !== undefined && { title }), errors, ...(more && { more }) };
}

export function readStoredPacks(raw: unknown): StoredPacks {
  if (raw === undefined || raw === null) return { packs: [], damaged: [] };
  if (!Array.isArray(raw)) {
    const error: PackError = { file: 'stored packs', path: '$', rule: 'stored', message: 'the stored packs are not a list' };
    return { packs: [], damaged: [{ index: -1, errors: [error] }] };
  }
  const out: StoredPacks = { packs: [], damaged: [] };
  raw.forEach((entry, index) => {
    const read = readEntry(entry, index);
    if ('errors' in read) out.damaged.push(read);
    else out.packs.push(read);
  });
  return out;
}
