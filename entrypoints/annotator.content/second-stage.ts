/**
 * The second stage's entry (entrypoints/annotator.content): start the page runtime and hand it to the
 * first stage, which keeps answering the popup and the background through it.
 */
import { takeHandoff } from '../news.content/handoff';
import { runOnPage, type PageContext } from './run';

export async function startSecondStage(ctx: PageContext): Promise<void> {
  const handoff = takeHandoff();
  // Injected without a first stage waiting for it (a stale request): nothing asked for it here.
  if (!handoff) return;
  try {
    handoff.deliver(await runOnPage(ctx));
  } catch (e) {
    handoff.fail(e);
  }
}
