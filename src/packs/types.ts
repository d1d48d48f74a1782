import type { Dataset } from '@/src/data/schema';
import type { DataRule } from '@/src/data/validate';

/** A claim pack the reader imported: a dataset held to the bundled data's rules, plus its switch. */
export interface ClaimPack {
  /** The dataset's own id; unique across the bundled set and every pack. */
  id: string;
  title: string;
  enabled: boolean;
  /** ISO 8601 time of the import. */
  importedAt: string;
  dataset: Dataset;
}

/**
 * Rules an import can break beyond the dataset's own (DataRule): the size cap, a file that is neither
 * of our formats, markup inside text, and a full storage area.
 */
export type PackRule = DataRule | 'size' | 'format' | 'markup' | 'storage';

/** Same shape as data's DataError: the file, the JSON path and the rule, then what is wrong. */
export interface PackError {
  file: string;
  path: string;
  rule: PackRule;
  message: string;
}

export type ImportResult = { ok: true; pack: ClaimPack } | { ok: false; errors: PackError[] };

/** What the options page lists. */
export interface PackSummary {
  id: string;
  title: string;
  enabled: boolean;
  importedAt: string;
  claimCount: number;
}
