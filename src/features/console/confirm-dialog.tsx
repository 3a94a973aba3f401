import { useId } from 'react';

import { Dialog } from '../../ui/dialog';

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
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      role="alertdialog"
      className="confirm-dialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-text`}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="row">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {cancel}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
