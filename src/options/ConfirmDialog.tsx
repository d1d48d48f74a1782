/**
 * A modal confirmation on the native <dialog>: it traps focus, closes on Escape and gives focus back
 * to the button that opened it, all by the browser.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '@/src/i18n/t';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
}

export function ConfirmDialog({ request, onDone }: { request: ConfirmRequest | undefined; onDone: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !request || dialog.open) return;
    dialog.returnValue = '';
    dialog.showModal();
  }, [request]);

  const onClose = () => {
    const confirmed = ref.current?.returnValue === 'confirm';
    const pending = request;
    onDone();
    if (confirmed) pending?.onConfirm();
  };

  return (
    <dialog ref={ref} class="confirm" aria-labelledby={titleId} aria-describedby={bodyId} onClose={onClose}>
      <form method="dialog">
        <h2 id={titleId}>{request?.title}</h2>
        <p id={bodyId}>{request?.body}</p>
        <div class="confirm-actions">
          <button type="submit" value="cancel" autofocus>
            {t('commonCancel')}
          </button>
          <button type="submit" value="confirm" class="danger">
            {request?.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
