/**
 * The workbench's commands as data: an id, the one Danish label, and the one shortcut. The renderer's
 * toolbar, context menu and keyboard and the Electron application menu all read label and shortcut from
 * here, so a tooltip and a menu item cannot disagree. What a command does lives in the renderer
 * (`renderer/src/commands.ts`), keyed by the same ids; the compiler checks that every id has a behaviour.
 *
 * A shortcut is written as a Windows user reads it ("Ctrl+Shift+S", "F12", "Delete"); `Ctrl` is Cmd on a
 * Mac. `also` lists further keys that run the command without being shown (Ctrl+Shift+Z for Gentag).
 */
export interface CommandSpec {
  readonly id: string;
  readonly label: string;
  /** The command asks for more before it acts (a file dialog, a wizard): the menu adds "…". */
  readonly asks?: boolean;
  readonly shortcut?: string;
  readonly also?: readonly string[];
  /** The accelerator of the macOS menu when the Windows one is not a Mac habit (F12, Ctrl+Y). */
  readonly mac?: string;
  /**
   * Who takes the key: by default the window (the keyboard handler, or the application menu's accelerator).
   * `grid`: only the Forslag grid, while a cell has focus, so cell editing keeps its keys; `clipboard`: the
   * grid's copy and paste events. The application menu takes neither as an accelerator.
   */
  readonly keyboard?: 'grid' | 'clipboard';
}

export const COMMAND_TABLE = [
  { id: 'file.new-from-budget', label: 'Nyt projekt fra budget', asks: true, shortcut: 'Ctrl+N' },
  { id: 'file.open-project', label: 'Åbn projekt', asks: true, shortcut: 'Ctrl+O' },
  { id: 'file.empty-project', label: 'Tomt projekt' },
  { id: 'file.import-proposals', label: 'Importér forslag', asks: true, shortcut: 'Ctrl+I' },
  { id: 'file.save', label: 'Gem projekt', shortcut: 'Ctrl+S' },
  // F12 is Office's "Gem som"; Ctrl+Shift+S is what other programs use, so it works too.
  {
    id: 'file.save-as',
    label: 'Gem projekt som',
    asks: true,
    shortcut: 'F12',
    also: ['Ctrl+Shift+S'],
    mac: 'Ctrl+Shift+S',
  },
  { id: 'file.export-catalogue', label: 'Eksportér katalog', asks: true, shortcut: 'Ctrl+E' },
  { id: 'file.print-pdf', label: 'Udskriv katalog', asks: true, shortcut: 'Ctrl+P' },
  { id: 'edit.undo', label: 'Fortryd', shortcut: 'Ctrl+Z' },
  { id: 'edit.redo', label: 'Gentag', shortcut: 'Ctrl+Y', also: ['Ctrl+Shift+Z'], mac: 'Ctrl+Shift+Z' },
  { id: 'proposals.add', label: 'Nyt forslag', shortcut: 'Ctrl+Shift+N' },
  { id: 'proposals.duplicate', label: 'Dupliker forslag' },
  { id: 'proposals.delete', label: 'Slet forslag', shortcut: 'Ctrl+-', keyboard: 'grid' },
  { id: 'grid.fillDown', label: 'Udfyld nedad', shortcut: 'Ctrl+D', keyboard: 'grid' },
  { id: 'grid.copy', label: 'Kopiér', shortcut: 'Ctrl+C', keyboard: 'clipboard' },
  { id: 'grid.paste', label: 'Sæt ind', shortcut: 'Ctrl+V', keyboard: 'clipboard' },
  { id: 'grid.clear', label: 'Ryd celler', shortcut: 'Delete', keyboard: 'grid' },
  { id: 'season.save-version', label: 'Gem version', asks: true },
  { id: 'season.versions', label: 'Versioner', asks: true },
  { id: 'season.compare', label: 'Sammenlign med', asks: true },
  { id: 'season.amendments', label: 'Ændringsforslag', asks: true },
  { id: 'view.budget', label: 'Budget', shortcut: 'Ctrl+1' },
  { id: 'view.forslag', label: 'Forslag', shortcut: 'Ctrl+2' },
  { id: 'view.oversigt', label: 'Oversigt', shortcut: 'Ctrl+3' },
  { id: 'view.vaerktoejer', label: 'Værktøjer', shortcut: 'Ctrl+4' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMAND_TABLE)[number]['id'];

export const COMMAND_IDS = COMMAND_TABLE.map((c) => c.id) as [CommandId, ...CommandId[]];

const BY_ID = new Map<string, CommandSpec>(COMMAND_TABLE.map((c) => [c.id, c]));

export function commandSpec(id: CommandId): CommandSpec {
  const spec = BY_ID.get(id);
  if (!spec) throw new Error(`Ukendt kommando: ${id}`);
  return spec;
}

export function isCommandId(id: string): id is CommandId {
  return BY_ID.has(id);
}

/** The label with "…" where the command asks for more, as menus write it. */
export function menuLabel(spec: CommandSpec): string {
  return spec.asks ? `${spec.label}…` : spec.label;
}

/** "Gem projekt (Ctrl+S)": the tooltip of a button. */
export function commandTooltip(spec: CommandSpec): string {
  return spec.shortcut ? `${spec.label} (${spec.shortcut})` : spec.label;
}

/** A shortcut as parts: modifiers and the key. */
export interface Chord {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** Lower case for letters; "-", "f12", "delete", "1" … */
  key: string;
}

export function parseChord(text: string): Chord {
  const parts = text.split('+');
  // "Ctrl+-" and "Ctrl++" end in the key itself.
  const key = text.endsWith('+') && parts.at(-2) === '' ? '+' : (parts.at(-1) ?? '');
  const mods = parts.slice(0, key === '+' ? -2 : -1);
  return {
    ctrl: mods.includes('Ctrl'),
    shift: mods.includes('Shift'),
    alt: mods.includes('Alt'),
    key: key.toLowerCase(),
  };
}

/** Electron's accelerator for a shortcut: Ctrl becomes CmdOrCtrl. */
export function accelerator(shortcut: string): string {
  const chord = parseChord(shortcut);
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : shortcut.split('+').at(-1);
  return [chord.ctrl && 'CmdOrCtrl', chord.alt && 'Alt', chord.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

/** `aria-keyshortcuts` wants "Control+Shift+S". */
export function ariaShortcut(shortcut: string): string {
  return shortcut.replace(/\bCtrl\b/g, 'Control');
}

/** The key event fields a shortcut is checked against (a DOM KeyboardEvent has them). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a key press is this shortcut (Cmd counts as Ctrl, for the Mac). */
export function matchesShortcut(shortcut: string, e: KeyPress): boolean {
  const chord = parseChord(shortcut);
  const ctrl = e.ctrlKey || e.metaKey;
  return (
    chord.ctrl === ctrl &&
    chord.shift === e.shiftKey &&
    chord.alt === e.altKey &&
    chord.key === e.key.toLowerCase()
  );
}

/** Every key that runs the command: the shown shortcut first, then the others. */
export function commandKeys(spec: CommandSpec): readonly string[] {
  return [...(spec.shortcut ? [spec.shortcut] : []), ...(spec.also ?? [])];
}
