import type { ReactNode } from 'react';
import { TEXT } from '../text.ts';

/**
 * The buttons at a dialog's foot. A dialog that only tells something has one, "Luk" (`onClose`); one that asks
 * starts with "Annuller" (`onCancel`), followed by its own buttons.
 */
export function DialogButtons(
  props: { onClose: () => void; closeText?: string } | { onCancel: () => void; children?: ReactNode },
) {
  return (
    <div className="dialog-buttons">
      {'onClose' in props ? (
        <button type="button" className="btn btn-primary" onClick={props.onClose}>
          {props.closeText ?? TEXT.close}
        </button>
      ) : (
        <>
          <button type="button" className="btn" onClick={props.onCancel}>
            {TEXT.cancel}
          </button>
          {props.children}
        </>
      )}
    </div>
  );
}
