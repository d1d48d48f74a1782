import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText } from '@/src/background/badge';
import { isOwnContentScript, isTopFrame, secondStageTarget } from '@/src/background';
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
