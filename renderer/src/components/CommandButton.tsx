import { dispatch, findCommand, tooltip } from '../commands.ts';
import { useApp, useWorkbench } from '../app-context.ts';

/** A toolbar button for a command: its label is the accessible name, its shortcut in the tooltip. */
export function CommandButton({ id, primary = false }: { id: string; primary?: boolean }) {
  const ctx = useApp();
  const command = findCommand(id);
  const enabled = useWorkbench((s) => (command ? command.enabled(s) : false));
  if (!command) return null;
  return (
    <button
      type="button"
      className={primary ? 'btn btn-primary' : 'btn'}
      title={tooltip(command)}
      aria-keyshortcuts={command.shortcut?.replace(/Ctrl/g, 'Control')}
      disabled={!enabled}
      onClick={() => void dispatch(ctx, id)}
    >
      {command.label}
    </button>
  );
}
