/**
 * The card's details button opens the toolbar popup. Only the reader's own click sends that request
 * (the card drops a page script's synthetic clicks); this keeps even a stream of real ones, from a
 * reader lured into clicking or from any frame of ours, to one popup per interval. The popup is one
 * for the browser window, so the limit is too.
 */
export const OPEN_POPUP_INTERVAL_MS = 2000;

export function createRateLimit(intervalMs: number, now: () => number = () => Date.now()): () => boolean {
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - last < intervalMs) return false;
    last = t;
    return true;
  };
}
