/**
 * The toolbar badge: how many distinct claims the tab's page matches ("12+" when the page holds
 * more claim sentences than are highlighted). Empty when none, when paused or off, and after the tab
 * navigates (until the new page reports).
 */
import { browser } from 'wxt/browser';
import type { PageState } from '@/src/messaging/contract';

export function badgeText(state: PageState): string {
  if (state.status !== 'annotating') return '';
  const n = state.matches.length;
  if (n === 0) return '';
  // Past the highlight cap the page holds more claim sentences than were matched: "12+".
  return n > 99 ? '99+' : state.more?.claims ? `${n}+` : String(n);
}

export async function showBadge(tabId: number, state: PageState): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(state) });
  // Dark enough for white badge text (WCAG AA) in every browser theme.
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a4b00' });
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
}
