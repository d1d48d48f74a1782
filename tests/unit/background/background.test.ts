import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText } from '@/src/background/badge';
import { handleContentMessage, isOwnContentScript, isTopFrame, secondStageTarget } from '@/src/background';
import { createRateLimit, OPEN_POPUP_INTERVAL_MS } from '@/src/background/popup-rate-limit';
import { pendingPopupClaimItem } from '@/src/messaging/pending-popup-claim';
import { isContentToBackground, isPopupToContent } from '@/src/messaging/contract';

describe('badge', () => {
  const state = (status: 'annotating' | 'paused', n: number) => ({
    status,
    mentions: 3,
    matches: Array.from({ length: n }, (_, i) => ({ claimId: `c${i}`, count: 2 })),
  });
  it('counts distinct claims, not sentences, and is empty when there are none or the page is paused', () => {
    expect(badgeText(state('annotating', 2))).toBe('2');
    expect(badgeText(state('annotating', 0))).toBe('');
    expect(badgeText(state('paused', 2))).toBe('');
    expect(badgeText(state('annotating', 120))).toBe('99+');
  });
  it('says "and more" when the page holds more claim sentences than are highlighted', () => {
    expect(badgeText({ ...state('annotating', 12), more: { mentions: false, claims: true } })).toBe('12+');
    expect(badgeText({ ...state('annotating', 12), more: { mentions: true, claims: false } })).toBe('12');
    expect(badgeText({ ...state('annotating', 120), more: { mentions: false, claims: true } })).toBe('99+');
  });
});

describe('sender checks', () => {
  const id = fakeBrowser.runtime.id;
  it('accepts only our own content script in a tab, and lets only its top frame set the badge', () => {
    expect(isOwnContentScript({ id, tab: { id: 4 } as never, frameId: 0 })).toBe(true);
    expect(isOwnContentScript({ id, tab: { id: 4 } as never, frameId: 3 })).toBe(true);
    expect(isOwnContentScript({ id: 'someone-else', tab: { id: 4 } as never, frameId: 0 })).toBe(false);
    expect(isOwnContentScript({ id })).toBe(false);
    expect(isTopFrame({ id, tab: { id: 4 } as never, frameId: 0 })).toBe(true);
    expect(isTopFrame({ id, tab: { id: 4 } as never, frameId: 3 })).toBe(false);
  });
  it('sends the second stage to the document that asked, or else to its frame', () => {
    const tab = { id: 4 } as never;
    expect(secondStageTarget({ id, tab, frameId: 2, documentId: 'doc-1' } as never)).toEqual({ tabId: 4, documentIds: ['doc-1'] });
    expect(secondStageTarget({ id, tab, frameId: 2 })).toEqual({ tabId: 4, frameIds: [2] });
    expect(secondStageTarget({ id, tab })).toEqual({ tabId: 4, frameIds: [0] });
  });

  it('routes messages by direction', () => {
    expect(isContentToBackground({ dir: 'contentToBackground', type: 'openInPopup', claimId: 'x' })).toBe(true);
    expect(isContentToBackground({ dir: 'popupToContent', type: 'getPageState' })).toBe(false);
    expect(isPopupToContent({ dir: 'popupToContent', type: 'getPageState' })).toBe(true);
    expect(isPopupToContent('getPageState')).toBe(false);
    expect(isPopupToContent(null)).toBe(false);
  });
});

describe('opening the popup from a card', () => {
  afterEach(() => {
    vi.useRealTimers();
    fakeBrowser.reset();
  });

  it('allows one request per interval', () => {
    let now = 1_000;
    const allow = createRateLimit(2000, () => now);
    expect(allow()).toBe(true);
    now += 1999;
    expect(allow()).toBe(false);
    now += 1;
    expect(allow()).toBe(true);
    expect(allow()).toBe(false);
  });

  it('opens the popup once for a burst of requests, and again after the interval', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const openPopup = vi.fn(async () => {});
    (fakeBrowser.action as unknown as { openPopup: typeof openPopup }).openPopup = openPopup;
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 4 } as never, frameId: 0 };
    const ask = (claimId: string) => handleContentMessage({ dir: 'contentToBackground', type: 'openInPopup', claimId }, sender);

    expect(await ask('first')).toEqual({ opened: true });
    for (const claimId of ['second', 'third']) expect(await ask(claimId)).toEqual({ opened: false });
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect((await pendingPopupClaimItem.getValue())?.claimId).toBe('first');

    vi.advanceTimersByTime(OPEN_POPUP_INTERVAL_MS);
    expect(await ask('later')).toEqual({ opened: true });
    expect(openPopup).toHaveBeenCalledTimes(2);
    expect((await pendingPopupClaimItem.getValue())?.claimId).toBe('later');
  });
});
