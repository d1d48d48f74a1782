/** One place that writes a setting from the page and tells the reader it is saved. */
import { updateSettings } from '@/src/settings/api';
import type { Settings } from '@/src/settings/items';

export type Announce = (message: string) => void;

export function saver(announce: Announce, saved: string) {
  return (patch: Partial<Settings>) => {
    void updateSettings(patch).then(() => announce(saved));
  };
}
