/**
 * Names in every form, and names in disguise, in Chromium and Firefox: on a Russian page the declined
 * "в Нагорном Карабахе" is one highlight over both words, and "Kаrabakh" written with a Cyrillic "а"
 * and "Karabakh" in fullwidth letters are highlighted over exactly the page's own characters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, readMeta, screenshot } from './harness';
import type { Session } from './annotate-helpers';
import { waitForHighlights } from './waiting';

const CASE = 'disguised-names';

describe.each(['chromium', 'firefox'] as const)('names in every form and in disguise, in %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = browserName === 'chromium' ? await launchChromium() : await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('highlights declined names whole and disguised names where the page wrote them', async () => {
    const page = await session.openPage(CASE);
    const mentions = await waitForHighlights(page, 'kc-mention', { min: 6 });
    await screenshot(page, `${browserName}-${CASE}`);
    // Headline and first paragraph, the genitive, the capital, the Cyrillic "а", the fullwidth form.
    expect([...mentions].sort()).toEqual(
      ['Нагорном Карабахе', 'Нагорном Карабахе', 'Нагорного Карабаха', 'Степанакерт', 'K\u0430rabakh', 'Ｋａｒａｂａｋｈ'].sort(),
    );
    expect(mentions).not.toContain('Карабахе');
    for (const text of readMeta(CASE).mentions ?? []) expect(mentions).toContain(text);
    await page.close();
  });
});
