/**
 * Copying a citation: the reader's chosen form (remembered, so the card and the popup agree), the
 * write to the clipboard, and what the reader is told: the button says "Copied" for a moment and a
 * live region announces it, or says why it failed.
 *
 * The write is navigator.clipboard.writeText, in the extension's popup and in the content script
 * alike. In a content script it needs a secure (https) page and the reader's click, which it has;
 * on a plain-http page there is no navigator.clipboard, and the card says to copy from the popup.
 * Not document.execCommand('copy'): that fires a `copy` event the page can listen to and rewrite.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { t } from '@/src/i18n/t';
import { CITATION_FORMATS, type CitationFormat } from './citation';

export interface CopyStatus {
  /** Which button was pressed ('claim' or an answer's id). */
  key: string;
  ok: boolean;
  /** What the live region says. */
  message: string;
}

export interface CiteControls {
  format: CitationFormat;
  onFormat(format: CitationFormat): void;
  onCopy(key: string, text: string): void;
  status?: CopyStatus;
}

export const citationFormatItem = storage.defineItem<CitationFormat>('local:citationFormat', {
  fallback: 'text',
  version: 1,
});

/** How long the button says "Copied". */
const COPIED_MS = 4000;

export class NoClipboardError extends Error {}

export async function writeClipboard(text: string): Promise<void> {
  // Absent outside a secure context (an http page's content script).
  if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) throw new NoClipboardError();
  await navigator.clipboard.writeText(text);
}

export const FORMAT_LABEL = {
  text: 'citeFormat_text',
  markdown: 'citeFormat_markdown',
  csl: 'citeFormat_csl',
} as const satisfies Record<CitationFormat, string>;

export function useCitationCopy(write: (text: string) => Promise<void> = writeClipboard): CiteControls {
  const [format, setFormat] = useState<CitationFormat>('text');
  const [status, setStatus] = useState<CopyStatus>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A choice made before the stored one arrived wins over it.
  const chosen = useRef(false);
  useEffect(() => {
    let live = true;
    void citationFormatItem.getValue().then(
      (f) => live && !chosen.current && CITATION_FORMATS.includes(f) && setFormat(f),
      () => undefined,
    );
    return () => {
      live = false;
      clearTimeout(timer.current);
    };
  }, []);
  const show = (s: CopyStatus) => {
    clearTimeout(timer.current);
    setStatus(s);
    if (s.ok) timer.current = setTimeout(() => setStatus(undefined), COPIED_MS);
  };
  return {
    format,
    status,
    onFormat(f) {
      chosen.current = true;
      setFormat(f);
      void citationFormatItem.setValue(f).catch(() => undefined);
    },
    onCopy(key, text) {
      write(text).then(
        () => show({ key, ok: true, message: t('citeCopiedAnnounce', t(FORMAT_LABEL[format])) }),
        (e: unknown) =>
          show({
            key,
            ok: false,
            message: e instanceof NoClipboardError ? t('citeNoClipboard') : t('citeFailed', errorText(e)),
          }),
      );
    },
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}
