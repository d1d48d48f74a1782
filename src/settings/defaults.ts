/** The shape of the reader's settings and their defaults (re-exported by items.ts, the contract). */

export type MarkWhat = 'both' | 'mentions' | 'claims';
export type HighlightStyle = 'background' | 'underline';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  enabled: boolean;
  mark: MarkWhat;
  /** 0 (only near-verbatim repeats) to 1 (loose paraphrases). */
  sensitivity: number;
  /** Milliseconds the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  mark: 'both',
  sensitivity: 0.5,
  hoverDelayMs: 300,
  highlightStyle: 'background',
  theme: 'system',
});
