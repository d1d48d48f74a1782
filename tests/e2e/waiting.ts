/**
 * Waiting on what the reader would see, never on the clock. Both helpers poll with Vitest's own
 * vi.waitFor, which (unlike expect.poll) hands back the value that satisfied it and also works in
 * beforeAll; tests that need no value use expect.poll directly.
 */
import { vi } from 'vitest';
import { highlightNames, readHighlights, type AnyPage } from './harness';

/** Polls `read` until it gives a truthy value and returns that value; fails naming `what`. */
export async function waitFor<T>(read: () => Promise<T | null | undefined | false>, what: string, timeout = 10_000): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await read();
      if (!value) throw new Error(`timed out waiting for ${what}`);
      return value;
    },
    { timeout, interval: 100 },
  );
}

/**
 * Waits until highlight `name` exists with at least `min` ranges and returns their texts. On timeout
 * it says what the registry did hold, so a content script that never ran is obvious.
 */
export async function waitForHighlights(
  page: AnyPage,
  name: string,
  { min = 1, timeout = 15_000 }: { min?: number; timeout?: number } = {},
): Promise<string[]> {
  try {
    return await waitFor(async () => {
      const texts = await readHighlights(page, name);
      return texts && texts.length >= min ? texts : null;
    }, `highlight "${name}"`, timeout);
  } catch (err) {
    const names = await highlightNames(page);
    throw new Error(
      `Highlight "${name}" never reached ${min} range(s) within ${timeout} ms on ${page.url()}; ` +
        `CSS.highlights holds [${names.join(', ') || 'nothing'}], "${name}" had ${(await readHighlights(page, name))?.length ?? 'no entry'}.`,
      { cause: err },
    );
  }
}
