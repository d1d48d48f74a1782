/**
 * The claim view's copy buttons: one per answer and one for the claim, the citation form every copy
 * takes, and what the reader hears when a copy worked or failed (copy.ts does the copying).
 */
import { t } from '@/src/i18n/t';
import { CITATION_FORMATS } from './citation';
import { FORMAT_LABEL, type CiteControls } from './copy';

/** `label` names what is copied when the visible text does not (an answer's button among several). */
export function CopyButton(props: { cite: CiteControls; copyKey: string; text?: string; label?: string; onClick(): void }) {
  const copied = props.cite.status?.ok === true && props.cite.status.key === props.copyKey;
  return (
    <button
      type="button"
      class={copied ? 'kc-copy kc-copied' : 'kc-copy'}
      data-kc-copy={props.copyKey}
      aria-label={props.label}
      onClick={props.onClick}
    >
      {copied ? (
        <>
          <span aria-hidden="true">✓ </span>
          {t('citeCopied')}
        </>
      ) : (
        (props.text ?? t('citeCopy'))
      )}
    </button>
  );
}

/** Copy the claim's citation, and the form every copy takes. */
export function CiteSection(props: { cite: CiteControls; onCopyClaim(): void }) {
  const { cite } = props;
  const failed = cite.status && !cite.status.ok ? cite.status : undefined;
  return (
    <section class="kc-cite" aria-label={t('citeHeading')}>
      <h3>{t('citeHeading')}</h3>
      <div class="kc-cite-row">
        <CopyButton cite={cite} copyKey="claim" text={t('citeCopyClaim')} onClick={props.onCopyClaim} />
        <span class="kc-formats" role="group" aria-label={t('citeFormatLabel')}>
          <span class="kc-formats-label" aria-hidden="true">
            {t('citeFormatLabel')}
          </span>
          {CITATION_FORMATS.map((f) => (
            <button
              key={f}
              type="button"
              class="kc-format"
              aria-pressed={cite.format === f}
              onClick={() => cite.onFormat(f)}
            >
              {t(FORMAT_LABEL[f])}
            </button>
          ))}
        </span>
      </div>
      {cite.announcedByHost ? null : (
        <p class="kc-visually-hidden" role="status" aria-live="polite">
          {cite.status?.ok ? cite.status.message : ''}
        </p>
      )}
      {failed ? (
        <p class="kc-cite-error" role="alert">
          {failed.message}
        </p>
      ) : null}
    </section>
  );
}
