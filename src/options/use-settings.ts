/** The settings as Preact state, kept in step with storage (a change from another tab shows here too). */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings } from '@/src/settings/api';
import type { Settings } from '@/src/settings/items';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
