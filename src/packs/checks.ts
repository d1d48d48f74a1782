/**
 * The rule a pack must meet beyond the dataset's own (src/data/validate.ts checks those): no id that the
 * bundled set or another pack already uses, since cards and matches link claims, answers and sources by
 * id alone.
 */
import type { Report } from '@/src/data/errors';
import type { Dataset } from '@/src/data/schema';

/** Every id a dataset defines, with its JSON path, the dataset's own id first. */
function datasetIds(d: Dataset): { id: string; path: string }[] {
  const out = [{ id: d.id, path: '$.id' }];
  for (const name of ['claims', 'responses', 'sources', 'context'] as const) {
    d[name].forEach((item, i) => out.push({ id: item.id, path: `$.${name}[${i}].id` }));
  }
  return out;
}

/** `owners` are the datasets already present, each with how a reader knows it ("the bundled set", a pack's title). */
export function reportCollisions(d: Dataset, owners: { label: string; dataset: Dataset }[], report: Report): void {
  const taken = new Map<string, string>();
  for (const o of owners) for (const { id } of datasetIds(o.dataset)) if (!taken.has(id)) taken.set(id, o.label);
  for (const { id, path } of datasetIds(d)) {
    const owner = taken.get(id);
    if (owner) report(path, 'unique-id', `id "${id}" is already used by ${owner}`);
  }
}
