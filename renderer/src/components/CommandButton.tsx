import { ariaShortcut } from '../../../shared/ipc/index.ts';
import { command, dispatch, tooltip, type CommandId } from '../commands.ts';
import { useApp, useWorkbench } from '../app-context.ts';

/**
 * A button for a command: its label (from the command table) is the accessible name; the tooltip names what
 * it will do and its shortcut, or, while it cannot run, why (also its accessible description).
 */
export function CommandButton({ id, primary = false }: { id: CommandId; primary?: boolean }) {
  const ctx = useApp();
  const c = command(id);
  const enabled = useWorkbench((s) => c.enabled(s));
  const title = useWorkbench((s) => tooltip(c, s));
  const reason = useWorkbench((s) => (c.enabled(s) ? null : (c.unavailable?.(s) ?? null)));
  return (
    <button
      type="button"
      className={primary ? 'btn btn-primary' : 'btn'}
      title={title}
      aria-description={reason ?? undefined}
      aria-keyshortcuts={c.shortcut ? ariaShortcut(c.shortcut) : undefined}
      disabled={!enabled}
      onClick={() => void dispatch(ctx, id)}
    >
      {c.label}
    </button>
  );
}
