import type { Dataset } from '@/src/data/schema';
import type { DataRule, MoreErrors } from '@/src/data/validate';

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
 * Rules an import can break beyond the dataset's own (DataRule): a file that is neither of our formats,
 * a file the browser could not read, a stored pack that is not a pack, a failed storage write, and a
 * check that threw (a bug, but the reader still sees which file it was).
 */
export type PackRule = DataRule | 'format' | 'read' | 'stored' | 'storage' | 'internal';

/** Same shape as data's DataError: the file, the JSON path and the rule, then what is wrong. */
export interface PackError {
  file: string;
  path: string;
  rule: PackRule;
  message: string;
}

/** A pack's checks: errors list at most MAX_REPORTED_ERRORS, `more` counts the rest. */
export type CheckResult = { ok: true; dataset: Dataset; warnings?: PackError[] } | { ok: false; errors: PackError[]; more?: MoreErrors };

/** `warnings` (a look-alike link host) did not stop the import; the reader should still see them. */
export type ImportResult = { ok: true; pack: ClaimPack; warnings?: PackError[] } | { ok: false; errors: PackError[]; more?: MoreErrors };

/** A stored entry that failed to load: never active, listed with its errors so the reader can remove it. */
export interface DamagedPack {
  /** Its place in the stored list, or -1 when the stored value is not a list at all. */
  index: number;
  id?: string;
  title?: string;
  errors: PackError[];
  more?: MoreErrors;
}

export interface StoredPacks {
  packs: ClaimPack[];
  damaged: DamagedPack[];
}

/** What the options page lists. */
export interface PackSummary {
  id: string;
  title: string;
  enabled: boolean;
  importedAt: string;
  claimCount: number;
}
