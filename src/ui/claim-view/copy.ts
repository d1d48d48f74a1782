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

interface CopyStatus {
  /** Which button was pressed ('claim' or an answer's id). */
  key: string;
  ok: boolean;
  /** What the live region says. */
  message: string;
}

export interface CiteControls {
  format: CitationFormat;
  /** The host has a live region of its own for `status`; the view then renders none. */
  announcedByHost?: boolean;
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

async function writeClipboard(text: string): Promise<void> {
  // Absent outside a secure context (an http page's content script).
  if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) throw new NoClipboardError();
  await navigator.clipboard.writeText(text);
}

export const FORMAT_LABEL = {
  text: 'citeFormat_text',
  markdown: 'citeFormat_markdown',
  csl: 'citeFormat_csl',
} as const satisfies Record<CitationFormat, string>;

/**
 * The state behind the copy buttons, for any host: the popup keeps one in a hook, the page's card in
 * its host (which renders the stateless claim view afresh, see src/page/card/CardHost.tsx). `changed`
 * is called whenever what the buttons show changes.
 */
export class CitationCopier {
  format: CitationFormat = 'text';
  status: CopyStatus | undefined;
  /** A choice made before the stored one arrived wins over it. */
  private chosen = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly changed: () => void,
    private readonly write: (text: string) => Promise<void> = writeClipboard,
    /** The host announces `status.message` itself (a live region that outlives its renders). */
    private readonly announces = false,
  ) {
    void citationFormatItem.getValue().then(
      (f) => {
        if (this.disposed || this.chosen || !CITATION_FORMATS.includes(f) || f === this.format) return;
        this.format = f;
        this.changed();
      },
      () => undefined,
    );
  }

  controls(): CiteControls {
    return {
      format: this.format,
      status: this.status,
      announcedByHost: this.announces,
      onFormat: (f) => {
        this.chosen = true;
        this.format = f;
        void citationFormatItem.setValue(f).catch(() => undefined);
        this.changed();
      },
      onCopy: (key, text) => {
        const format = this.format;
        this.write(text).then(
          () => this.show({ key, ok: true, message: t('citeCopiedAnnounce', t(FORMAT_LABEL[format])) }),
          (e: unknown) =>
            this.show({
              key,
              ok: false,
              message: e instanceof NoClipboardError ? t('citeNoClipboard') : t('citeFailed', errorText(e)),
            }),
        );
      },
    };
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private show(status: CopyStatus): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.status = status;
    this.changed();
    if (status.ok) {
      this.timer = setTimeout(() => {
        this.status = undefined;
        if (!this.disposed) this.changed();
      }, COPIED_MS);
    }
  }
}

/** The copy buttons' state in a Preact component (the popup). */
export function useCitationCopy(write?: (text: string) => Promise<void>): CiteControls {
  const [, setTick] = useState(0);
  const copier = useRef<CitationCopier>(undefined);
  copier.current ??= new CitationCopier(() => setTick((n) => n + 1), write);
  useEffect(() => () => copier.current?.dispose(), []);
  return copier.current.controls();
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}
