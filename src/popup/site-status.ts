/**
 * What the popup says about the current site, from what the tab's content script reported and the
 * reader's site lists. The reader's own pause wins over a stale report, so the label changes the
 * moment they press the button, as the highlights do.
 */
import type { PageStatus } from '@/src/messaging';
import type { MessageKey } from '@/src/i18n/t';
import { isPaused } from '@/src/settings/site-lists';

export type SiteStatus = PageStatus | 'no-page';

export function siteStatus(input: {
  /** Whether there is a tab at all, and whether its URL is a web page (undefined: the browser did not say). */
  hasTab: boolean;
  webPage: boolean | undefined;
  host: string | undefined;
  pageStatus: PageStatus | undefined;
  paused: readonly string[];
  enabled: boolean;
}): SiteStatus {
  const { host, pageStatus, paused, enabled } = input;
  if (!input.hasTab || input.webPage === false) return 'no-page';
  if (pageStatus === 'not-permitted' || pageStatus === undefined) return 'not-permitted';
  if (!enabled) return 'off';
  if (host && isPaused(host, paused)) return 'paused';
  // The content script said "paused" before the reader resumed; it is annotating again now.
  return pageStatus === 'paused' ? 'annotating' : pageStatus;
}

export const STATUS_KEY: Readonly<Record<SiteStatus, MessageKey>> = {
  annotating: 'popupStatus_annotating',
  paused: 'popupStatus_paused',
  off: 'popupStatus_off',
  'not-permitted': 'popupStatus_notPermitted',
  'no-topic': 'popupStatus_noTopic',
  'no-page': 'popupSiteNone',
};
