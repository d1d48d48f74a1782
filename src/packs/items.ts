/**
 * Imported claim packs, in local storage (sync storage is far too small for datasets). One value holds
 * every pack, so an import or a removal is one write: it lands whole or not at all.
 */
import { storage } from 'wxt/utils/storage';
import { PACKS_STORAGE_KEY } from './storage-key';
import type { ClaimPack } from './types';

export const packsItem = storage.defineItem<ClaimPack[]>(`local:${PACKS_STORAGE_KEY}`, {
  fallback: [],
  version: 1,
});
