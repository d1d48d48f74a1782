/**
 * A claim the reader asked to see in the toolbar popup from a page's card. The background stores it
 * and opens the popup; the popup shows it once and clears it. Session storage: gone with the browser.
 */
import { storage } from 'wxt/utils/storage';

interface PendingPopupClaim {
  claimId: string;
  /** Date.now() when asked; the popup ignores a stale request (older than a minute). */
  at: number;
}

export const pendingPopupClaimItem = storage.defineItem<PendingPopupClaim | null>('session:pendingPopupClaim', {
  fallback: null,
});
