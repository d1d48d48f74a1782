/** One claim in full, through the same ClaimView as the page's card, with the way back to the results. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Dataset } from '@/src/data/schema';
import { ClaimView } from '@/src/ui/claim-view';
import { useCitationCopy } from '@/src/ui/claim-view/copy';
import { t } from '@/src/i18n/t';

export function ClaimDetail(props: { claimId: string; datasets: readonly Dataset[]; onBack(): void }) {
  const top = useRef<HTMLDivElement>(null);
  const cite = useCitationCopy();
  // A layout effect: the search box this view replaces took the focus with it, and a key pressed
  // before a later effect ran would land on <body>, outside every handler.
  useLayoutEffect(() => {
    // Focus moves to the claim, so a screen reader starts reading it and Tab reaches its links.
    const heading = top.current?.querySelector<HTMLElement>('#kc-claim-heading');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [props.claimId]);
  return (
    <div class="kc-detail" ref={top}>
      <button type="button" class="kc-back" onClick={props.onBack}>
        <span aria-hidden="true">← </span>
        {t('popupBack')}
      </button>
      <ClaimView claimId={props.claimId} datasets={props.datasets} headingId="kc-claim-heading" cite={cite} />
    </div>
  );
}
