/**
 * The rules a pack must meet beyond the dataset's own (src/data/validate.ts checks those): no markup in
 * any text, and no id that the bundled set or another pack already uses, since cards and matches link
 * claims, answers and sources by id alone.
 */
import type { Dataset } from '@/src/data/schema';
import type { PackError } from './types';

// A tag or comment opener; "<" before a space or a digit ("fewer than < 100") is prose.
const MARKUP = /<\s*[a-z!/?]/i;

export function markupErrors(file: string, value: unknown, path = '$', out: PackError[] = []): PackError[] {
  if (typeof value === 'string') {
    if (MARKUP.test(value)) out.push({ file, path, rule: 'markup', message: 'contains HTML markup; pack text must be plain text' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => markupErrors(file, item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      markupErrors(file, item, /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`, out);
    }
  }
  return out;
}

/** Every id a dataset defines, with its JSON path, the dataset's own id first. */
export function datasetIds(d: Dataset): { id: string; path: string }[] {
  const out = [{ id: d.id, path: '$.id' }];
  for (const name of ['claims', 'responses', 'sources', 'context'] as const) {
    d[name].forEach((item, i) => out.push({ id: item.id, path: `$.${name}[${i}].id` }));
  }
  return out;
}

/** `owners` are the datasets already present, each with how a reader knows it ("the bundled set", a pack's title). */
export function collisionErrors(file: string, d: Dataset, owners: { label: string; dataset: Dataset }[]): PackError[] {
  const taken = new Map<string, string>();
  for (const o of owners) for (const { id } of datasetIds(o.dataset)) if (!taken.has(id)) taken.set(id, o.label);
  const errors: PackError[] = [];
  for (const { id, path } of datasetIds(d)) {
    const owner = taken.get(id);
    if (owner) errors.push({ file, path, rule: 'unique-id', message: `id "${id}" is already used by ${owner}` });
  }
  return errors;
}
