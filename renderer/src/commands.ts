import type { RaaderumHost } from '../../shared/ipc/index.ts';
import { canRedo, canUndo } from './store/history.ts';
import type { WorkbenchState, WorkbenchStore } from './store/workbench-store.ts';
import { TEXT } from './text.ts';

/** What the Forslag grid offers the commands that act on its focused cell or selection. */
export interface GridOps {
  addRow(): void;
  duplicateRows(): void;
  deleteRows(): void;
  fillDown(): void;
  copy(): Promise<void>;
  paste(): Promise<void>;
  clearCells(): void;
}

/** Long-running actions supplied by the app (import, open, save, export). */
export interface AppActions {
  newFromBudget(): Promise<void>;
  openProject(): Promise<void>;
  saveProject(saveAs: boolean): Promise<void>;
  importProposals(): Promise<void>;
  exportCatalogue(): void;
  print(): Promise<void>;
}

export interface CommandContext {
  store: WorkbenchStore;
  host: RaaderumHost;
  grid: { current: GridOps | null };
  app: AppActions;
}

export interface Command {
  id: string;
  label: string;
  /** As shown in tooltips and menus, e.g. "Ctrl+Z". */
  shortcut?: string;
  /** Whether a key press means this command (checked when focus is not in a text field). */
  keyTest?: (e: KeyboardEvent) => boolean;
  /** Handled by the Forslag grid itself while it has focus (so cell editing keeps its own keys). */
  gridOnly?: boolean;
  enabled: (s: WorkbenchState) => boolean;
  run: (ctx: CommandContext) => void | Promise<void>;
}

const ctrl = (e: KeyboardEvent): boolean => e.ctrlKey || e.metaKey;
const always = (): boolean => true;
const onForslag = (s: WorkbenchState): boolean => s.tab === 'forslag';

export const COMMANDS: readonly Command[] = [
  {
    id: 'file.new-from-budget',
    label: TEXT.commands.newFromBudget,
    shortcut: 'Ctrl+N',
    keyTest: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'n',
    enabled: (s) => s.progress === null,
    run: (ctx) => ctx.app.newFromBudget(),
  },
  {
    id: 'file.open-project',
    label: TEXT.commands.openProject,
    shortcut: 'Ctrl+O',
    keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'o',
    enabled: (s) => s.progress === null,
    run: (ctx) => ctx.app.openProject(),
  },
  {
    id: 'file.save',
    label: TEXT.commands.saveProject,
    shortcut: 'Ctrl+S',
    keyTest: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 's',
    enabled: (s) => s.started,
    run: (ctx) => ctx.app.saveProject(false),
  },
  {
    id: 'file.save-as',
    label: TEXT.commands.saveProjectAs,
    shortcut: 'Ctrl+Shift+S',
    keyTest: (e) => ctrl(e) && e.shiftKey && e.key.toLowerCase() === 's',
    enabled: (s) => s.started,
    run: (ctx) => ctx.app.saveProject(true),
  },
  {
    id: 'file.import-proposals',
    label: TEXT.commands.importProposals,
    shortcut: 'Ctrl+I',
    keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'i',
    enabled: (s) => s.progress === null,
    run: (ctx) => ctx.app.importProposals(),
  },
  {
    id: 'file.export-catalogue',
    label: TEXT.commands.exportCatalogue,
    shortcut: 'Ctrl+E',
    keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'e',
    enabled: (s) => s.progress === null,
    run: (ctx) => ctx.app.exportCatalogue(),
  },
  {
    id: 'file.print-pdf',
    label: TEXT.commands.print,
    shortcut: 'Ctrl+P',
    keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'p',
    enabled: always,
    run: (ctx) => ctx.app.print(),
  },
  {
    id: 'edit.undo',
    label: TEXT.commands.undo,
    shortcut: 'Ctrl+Z',
    keyTest: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    enabled: (s) => canUndo(s.history),
    run: (ctx) => ctx.store.actions.undo(),
  },
  {
    id: 'edit.redo',
    label: TEXT.commands.redo,
    shortcut: 'Ctrl+Y',
    keyTest: (e) => ctrl(e) && (e.key.toLowerCase() === 'y' || (e.shiftKey && e.key.toLowerCase() === 'z')),
    enabled: (s) => canRedo(s.history),
    run: (ctx) => ctx.store.actions.redo(),
  },
  {
    id: 'proposals.add',
    label: TEXT.commands.addProposal,
    shortcut: 'Ctrl+Shift+N',
    keyTest: (e) => ctrl(e) && e.shiftKey && e.key.toLowerCase() === 'n',
    enabled: onForslag,
    run: (ctx) => ctx.grid.current?.addRow(),
  },
  {
    id: 'proposals.duplicate',
    label: TEXT.commands.duplicateProposal,
    enabled: (s) => onForslag(s) && s.selectedKey !== null,
    run: (ctx) => ctx.grid.current?.duplicateRows(),
  },
  {
    id: 'proposals.delete',
    label: TEXT.commands.deleteProposal,
    shortcut: 'Ctrl+-',
    keyTest: (e) => ctrl(e) && e.key === '-',
    gridOnly: true,
    enabled: (s) => onForslag(s) && s.selectedKey !== null,
    run: (ctx) => ctx.grid.current?.deleteRows(),
  },
  {
    id: 'grid.fillDown',
    label: TEXT.commands.fillDown,
    shortcut: 'Ctrl+D',
    keyTest: (e) => ctrl(e) && e.key.toLowerCase() === 'd',
    gridOnly: true,
    enabled: onForslag,
    run: (ctx) => ctx.grid.current?.fillDown(),
  },
  {
    id: 'grid.copy',
    label: TEXT.commands.copy,
    shortcut: 'Ctrl+C',
    gridOnly: true,
    enabled: onForslag,
    run: (ctx) => ctx.grid.current?.copy(),
  },
  {
    id: 'grid.paste',
    label: TEXT.commands.paste,
    shortcut: 'Ctrl+V',
    gridOnly: true,
    enabled: onForslag,
    run: (ctx) => ctx.grid.current?.paste(),
  },
  {
    id: 'grid.clear',
    label: TEXT.commands.clearCells,
    shortcut: 'Delete',
    // Only in the grid: Delete on a button or a tab must not empty the cell the grid last had focused.
    keyTest: (e) =>
      e.key === 'Delete' && e.target instanceof Element && e.target.closest('.ag-root') !== null,
    gridOnly: true,
    enabled: onForslag,
    run: (ctx) => ctx.grid.current?.clearCells(),
  },
  ...(['budget', 'forslag', 'oversigt', 'vaerktoejer'] as const).map((tab, i): Command => ({
    id: `view.${tab}`,
    label: TEXT.tabs[tab],
    shortcut: `Ctrl+${i + 1}`,
    keyTest: (e) => ctrl(e) && e.key === String(i + 1),
    enabled: always,
    run: (ctx) => ctx.store.actions.setTab(tab),
  })),
];

export function findCommand(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}

/** The one way every surface (menu, toolbar, keyboard, context menu) runs a command. */
export async function dispatch(ctx: CommandContext, id: string): Promise<boolean> {
  const command = findCommand(id);
  if (!command || !command.enabled(ctx.store.getState())) return false;
  await command.run(ctx);
  return true;
}

export function tooltip(command: Command): string {
  return command.shortcut ? `${command.label} (${command.shortcut})` : command.label;
}
