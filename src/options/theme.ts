import type { Theme } from '@/src/settings/items';

/** The page's colours follow the theme setting; "system" leaves it to prefers-color-scheme. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}
