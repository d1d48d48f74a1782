/** The name of a set of enabled packs, which every prepared index carries. */

/**
 * Which packs an index holds: each enabled stored entry's id and import time, read from the stored
 * value as it is (checking every pack again costs hundreds of milliseconds for a large one, and the
 * background wakes often); an entry that fails its checks is named here but indexed by no one.
 */
export function packsKey(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((p): p is Record<string, unknown> => p !== null && typeof p === 'object' && (p as { enabled?: unknown }).enabled === true)
    .map((p) => `${String(p.id)}@${String(p.importedAt)}`);
}
