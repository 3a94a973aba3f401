import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  /** Called for Escape and for anything else that closes the dialog; the owner then sets `open` false. */
  onClose: () => void;
  /** The id of the dialog's heading: every dialog has a name. */
  labelledBy: string;
  describedBy?: string;
  /** `alertdialog` for a question that must be answered before going on. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` (showModal): named by its heading, closed with Escape, the keys
 * pressed inside it kept from the page's shortcuts, focus on the element marked `data-autofocus` (else the
 * browser's first focusable one) and, once closed, back where it was before.
 */
export function Dialog({ open, onClose, labelledBy, describedBy, role, className, children }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // jsdom has no showModal: fall back to the open attribute.
      if (element.showModal) element.showModal();
      else element.setAttribute('open', '');
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && element.open) {
      if (element.close) element.close();
      else element.removeAttribute('open');
      const back = returnTo.current;
      returnTo.current = null;
      if (back?.isConnected) back.focus();
    }
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // A console key typed in a dialog is not a command for the session behind it.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <dialog
      ref={dialog}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Closed by the browser (a form with method=dialog, for one) while the owner still holds it open. The
      // close event is queued: a key that opens the dialog again can come first, and then the event is stale.
      onClose={() => open && !dialog.current?.open && onClose()}
    >
      {children}
    </dialog>
  );
}
