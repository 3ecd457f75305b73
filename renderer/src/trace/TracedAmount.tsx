import type { ReactNode } from 'react';
import './trace.css';
import { useApp } from '../app-context.ts';
import { TEXT } from '../text.ts';
import type { TraceRequest } from './trace-request.ts';

/**
 * A total on screen that opens "Hvad består tallet af?" when clicked (or Enter/Space on it). It looks like the
 * number it is; hover and focus show that it can be asked. `request` is made on click, not on every render.
 */
export function TracedAmount({
  what,
  request,
  children,
}: {
  /** What the number is, for its accessible name: "Den brede vej, 2026". */
  what: string;
  request: () => TraceRequest;
  children: ReactNode;
}) {
  const { store } = useApp();
  const amount = typeof children === 'string' ? children : '';
  return (
    <button
      type="button"
      className="traced"
      title={TEXT.trace.title}
      aria-label={TEXT.trace.open(what, amount)}
      onClick={() => store.actions.openDialog({ kind: 'trace', request: request() })}
    >
      {children}
    </button>
  );
}
