import { useEffect, useId, useRef } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; Escape and the cancel button keep everything as it was. */
export function ConfirmDialog({ open, title, text, confirm, cancel, onConfirm, onCancel }: ConfirmDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // jsdom has no showModal: fall back to the open attribute.
    if (open && !element.open) {
      if (element.showModal) element.showModal();
      else element.setAttribute('open', '');
    }
    if (!open && element.open) {
      if (element.close) element.close();
      else element.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      className="dialog confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={onCancel}
      onClose={() => open && onCancel()}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="row">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {cancel}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
