/**
 * One place that writes a setting from the page and tells the reader it is saved, and one way to tell
 * them a write failed (a full or broken storage area): no change is lost silently.
 */
import { t } from '@/src/i18n/t';
import { updateSettings } from '@/src/settings/api';
import type { Settings } from '@/src/settings/items';

export type Announce = (message: string) => void;

export function writeFailedMessage(e: unknown): string {
  return t('optionsWriteFailed', e instanceof Error ? e.message : String(e));
}

export function saver(announce: Announce, saved: string) {
  return (patch: Partial<Settings>) => {
    void updateSettings(patch).then(
      () => announce(saved),
      (e: unknown) => announce(writeFailedMessage(e)),
    );
  };
}
