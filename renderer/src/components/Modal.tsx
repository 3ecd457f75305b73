import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A modal dialog on the native <dialog> element: focus is trapped and Esc closes it. When it closes (by any
 * button, or Esc), focus goes back to the control that had it when the dialog opened.
 */
export function Modal({
  title,
  onClose,
  children,
  role = 'dialog',
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const titleId = useId();
  // Read while rendering, before the dialog (or an autoFocus button in it) takes the focus.
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      className={wide ? 'modal modal-wide' : 'modal'}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
