import {
  COMMAND_TABLE,
  commandKeys,
  isCommandId,
  matchesShortcut,
  type CommandId,
  type CommandSpec,
  type RaaderumHost,
} from '../../shared/ipc/index.ts';
import { canRedo, canUndo, nextRedo, nextUndo } from './store/history.ts';
import { TEXT } from './text.ts';
import {
  addProposal,
  clearCells,
  copiedText,
  deleteProposals,
  duplicateProposals,
  fillDownCells,
  pasteCells,
  type GridView,
} from './grid/grid-commands.ts';
import type { WorkbenchState, WorkbenchStore } from './store/workbench-store.ts';

export type { CommandId } from '../../shared/ipc/index.ts';

/** Long-running actions supplied by the app (import, open, save, export). */
export interface AppActions {
  newFromBudget(): Promise<void>;
  openProject(): Promise<void>;
  emptyProject(): Promise<void>;
  saveProject(saveAs: boolean): Promise<void>;
  importProposals(): Promise<void>;
  exportCatalogue(): void;
  print(): Promise<void>;
}

export interface CommandContext {
  store: WorkbenchStore;
  host: RaaderumHost;
  /** What the Forslag grid shows, while it is mounted: the grid commands read it and change the store. */
  grid: { current: GridView | null };
  app: AppActions;
}

/** What a command does; its label and shortcut come from the shared table (`shared/ipc/commands.ts`). */
export interface CommandBehaviour {
  enabled(s: WorkbenchState): boolean;
  /** Why the command cannot run now, in Danish: the tooltip and accessible description of its button. */
  unavailable?(s: WorkbenchState): string | null;
  /** The label naming what the command will do now ("Fortryd import af 56 forslag"), when it says more. */
  describe?(s: WorkbenchState): string | null;
  run(ctx: CommandContext): void | Promise<void>;
}

export type Command = CommandSpec & CommandBehaviour & { readonly id: CommandId };

const always = (): boolean => true;
const onForslag = (s: WorkbenchState): boolean => s.tab === 'forslag';
const idle = (s: WorkbenchState): boolean => s.progress === null;

/** A catalogue needs something to list: a budget to measure against, or proposals. */
export function catalogueUnavailable(s: WorkbenchState): string | null {
  const project = s.history.present.project;
  return (project.budget?.lines.length ?? 0) === 0 && project.proposals.length === 0
    ? TEXT.commands.catalogueNeedsContent
    : null;
}

/** A grid command needs the grid's selection; without the grid shown there is nothing to act on. */
function withGrid(ctx: CommandContext, run: (store: WorkbenchStore, view: GridView) => void): void {
  if (ctx.grid.current) run(ctx.store, ctx.grid.current);
}

const tab = (id: 'budget' | 'forslag' | 'oversigt' | 'vaerktoejer'): CommandBehaviour => ({
  enabled: always,
  run: (ctx) => ctx.store.actions.setTab(id),
});

const BEHAVIOUR = {
  'file.new-from-budget': { enabled: idle, run: (ctx) => ctx.app.newFromBudget() },
  'file.open-project': { enabled: idle, run: (ctx) => ctx.app.openProject() },
  'file.empty-project': { enabled: idle, run: (ctx) => ctx.app.emptyProject() },
  'file.import-proposals': { enabled: idle, run: (ctx) => ctx.app.importProposals() },
  'file.save': { enabled: (s) => s.started, run: (ctx) => ctx.app.saveProject(false) },
  'file.save-as': { enabled: (s) => s.started, run: (ctx) => ctx.app.saveProject(true) },
  'file.export-catalogue': {
    enabled: (s) => idle(s) && catalogueUnavailable(s) === null,
    unavailable: catalogueUnavailable,
    run: (ctx) => ctx.app.exportCatalogue(),
  },
  'file.print-pdf': {
    enabled: always,
    run: (ctx) => ctx.app.print(),
  },
  'edit.undo': {
    enabled: (s) => canUndo(s.history),
    describe: (s) => {
      const step = nextUndo(s.history);
      return step ? TEXT.history.undo(step) : null;
    },
    run: (ctx) => ctx.store.actions.undo(),
  },
  'edit.redo': {
    enabled: (s) => canRedo(s.history),
    describe: (s) => {
      const step = nextRedo(s.history);
      return step ? TEXT.history.redo(step) : null;
    },
    run: (ctx) => ctx.store.actions.redo(),
  },
  'proposals.add': { enabled: onForslag, run: (ctx) => addProposal(ctx.store, ctx.grid.current) },
  'proposals.duplicate': {
    enabled: (s) => onForslag(s) && s.selectedKey !== null,
    run: (ctx) => withGrid(ctx, duplicateProposals),
  },
  'proposals.delete': {
    enabled: (s) => onForslag(s) && s.selectedKey !== null,
    run: (ctx) => withGrid(ctx, deleteProposals),
  },
  'grid.fillDown': { enabled: onForslag, run: (ctx) => withGrid(ctx, fillDownCells) },
  'grid.copy': {
    enabled: onForslag,
    run: async (ctx) => {
      const text = ctx.grid.current ? copiedText(ctx.store, ctx.grid.current) : '';
      if (text !== '') await navigator.clipboard.writeText(text);
    },
  },
  'grid.paste': {
    enabled: onForslag,
    run: async (ctx) => {
      const text = await navigator.clipboard.readText();
      withGrid(ctx, (store, view) => pasteCells(store, view, text));
    },
  },
  'grid.clear': { enabled: onForslag, run: (ctx) => withGrid(ctx, clearCells) },
  'season.save-version': {
    enabled: (s) => s.started,
    run: (ctx) => ctx.store.actions.openDialog({ kind: 'saveVersion' }),
  },
  'season.versions': {
    enabled: (s) => s.started,
    run: (ctx) => ctx.store.actions.openDialog({ kind: 'versions' }),
  },
  // Without a version the dialog says to take one first.
  'season.compare': {
    enabled: (s) => s.started,
    run: (ctx) => ctx.store.actions.openDialog({ kind: 'compare', from: null, to: null }),
  },
  'season.amendments': {
    enabled: (s) => s.started && idle(s),
    run: (ctx) => ctx.store.actions.openDialog({ kind: 'amendments' }),
  },
  'view.budget': tab('budget'),
  'view.forslag': tab('forslag'),
  'view.oversigt': tab('oversigt'),
  'view.vaerktoejer': tab('vaerktoejer'),
} satisfies Record<CommandId, CommandBehaviour>;

export const COMMANDS: readonly Command[] = COMMAND_TABLE.map((spec): Command => ({
  ...spec,
  ...(BEHAVIOUR[spec.id] as CommandBehaviour),
}));

const BY_ID = new Map<CommandId, Command>(COMMANDS.map((c) => [c.id, c]));

export function command(id: CommandId): Command {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Ukendt kommando: ${id}`);
  return found;
}

/** The one way every surface (menu, toolbar, keyboard, context menu) runs a command. */
export async function dispatch(ctx: CommandContext, id: CommandId): Promise<boolean> {
  const found = BY_ID.get(id);
  if (!found || !found.enabled(ctx.store.getState())) return false;
  await found.run(ctx);
  return true;
}

/** A command id from outside the compiler's sight (the host), or null. */
export function commandIdOf(id: string): CommandId | null {
  return isCommandId(id) ? id : null;
}

const pressed = (c: Command, e: KeyboardEvent): boolean =>
  commandKeys(c).some((key) => matchesShortcut(key, e));

/** The command a key press means to the window (not the grid's own keys, nor copy and paste). */
export function commandForKey(e: KeyboardEvent): Command | null {
  return COMMANDS.find((c) => c.keyboard === undefined && pressed(c, e)) ?? null;
}

/** The grid command a key press in a grid cell means (Delete, Ctrl+D, Ctrl+-), if any. */
export function gridCommandForKey(e: KeyboardEvent): Command | null {
  return COMMANDS.find((c) => c.keyboard === 'grid' && pressed(c, e)) ?? null;
}

/**
 * The hover text of a command's button: the reason when it cannot run, else what it will do and its
 * shortcut ("Fortryd import af 56 forslag (Ctrl+Z)").
 */
export function tooltip(c: Command, s: WorkbenchState): string {
  const reason = c.enabled(s) ? null : (c.unavailable?.(s) ?? null);
  if (reason) return reason;
  const text = c.describe?.(s) ?? c.label;
  return c.shortcut ? `${text} (${c.shortcut})` : text;
}
