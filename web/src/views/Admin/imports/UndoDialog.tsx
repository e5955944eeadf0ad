import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from './messages';

/**
 * The confirmation of an undo: a modal <dialog> (focus stays inside, Escape cancels) that says
 * how many rows go back. Focus starts on 取消 (the safe choice) and returns to the button that
 * opened it when it closes.
 */
export function UndoDialog({
  rows,
  busy,
  onConfirm,
  onClose,
}: {
  rows: number;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(NS);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    cancel.current?.focus();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="undo-dialog"
      aria-labelledby="undo-dialog-title"
      aria-describedby="undo-dialog-text"
      onCancel={(e) => (e.preventDefault(), busy || onClose())}
      data-testid="undo-dialog"
    >
      <h3 id="undo-dialog-title">{t('confirmTitle')}</h3>
      <p id="undo-dialog-text">{t('confirmText', { count: rows })}</p>
      <div className="row-actions">
        <button type="button" ref={cancel} onClick={onClose} disabled={busy} data-testid="undo-cancel">
          {t('cancel')}
        </button>
        <button type="button" className="primary danger" onClick={onConfirm} disabled={busy} data-testid="undo-confirm">
          {busy ? t('undoing') : t('confirm')}
        </button>
      </div>
    </dialog>
  );
}
