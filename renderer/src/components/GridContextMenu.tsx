import { useEffect, useRef, useState } from 'react';
import { useApp, useWorkbench } from '../app-context.ts';
import { command, dispatch, type CommandId } from '../commands.ts';

/** The commands a right-click in the Forslag grid offers, in the order shown. */
const MENU_IDS: readonly CommandId[] = [
  'grid.copy',
  'grid.paste',
  'grid.fillDown',
  'grid.clear',
  'proposals.add',
  'proposals.duplicate',
  'proposals.delete',
  'edit.undo',
  'edit.redo',
];

/** The grid's context menu at (x, y): each entry dispatches its command; Esc or a click outside closes it. */
export function GridContextMenu({ x, y, onClose }: { x: number; y: number; onClose: () => void }) {
  const ctx = useApp();
  const state = useWorkbench((s) => s);
  const first = useRef<HTMLButtonElement | null>(null);
  // Read while rendering, before the menu takes the focus; it goes back there when the menu closes (Esc too).
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    first.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
    };
  }, [opener]);
  return (
    <div
      className="context-backdrop"
      onClick={onClose}
      onContextMenu={(e) => (e.preventDefault(), onClose())}
    >
      <div
        className="context-menu"
        role="menu"
        style={{ left: x, top: y }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        {MENU_IDS.map((id, i) => {
          const c = command(id);
          return (
            <button
              key={id}
              ref={i === 0 ? first : undefined}
              type="button"
              role="menuitem"
              disabled={!c.enabled(state)}
              onClick={() => {
                onClose();
                void dispatch(ctx, id);
              }}
            >
              <span>{c.label}</span>
              {c.shortcut && <kbd>{c.shortcut}</kbd>}
            </button>
          );
        })}
      </div>
    </div>
  );
}
