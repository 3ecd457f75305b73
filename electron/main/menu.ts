import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../../shared/ipc/contract.ts';
import { accelerator, commandSpec, menuLabel, type CommandId } from '../../shared/ipc/commands.ts';

export interface MenuActions {
  /** Dispatches a renderer command by id to the focused window. */
  command(id: CommandId): void;
  openRecent(id: string): void;
  about(): void;
}

/**
 * The Danish application menu. The renderer's commands appear by id, with the label and shortcut of the
 * command table (`shared/ipc/commands.ts`) that the toolbar's tooltips also show: Ctrl+N, Ctrl+O, Ctrl+S,
 * F12 (Gem som, as in Office), Ctrl+Z, Ctrl+Y. Undo and redo are the store's commands, not the browser's,
 * because the store owns the history; cut, copy, paste and select-all are the editing roles so text
 * fields and the grid's clipboard handlers get them.
 */
export function buildMenuTemplate(options: {
  platform: string;
  recent: RecentFile[];
  isPackaged: boolean;
  actions: MenuActions;
}): MenuItemConstructorOptions[] {
  const { actions } = options;
  const isMac = options.platform === 'darwin';
  const command = (id: CommandId): MenuItemConstructorOptions => {
    const spec = commandSpec(id);
    const shortcut = (isMac ? spec.mac : undefined) ?? spec.shortcut;
    return {
      id,
      label: menuLabel(spec),
      ...(shortcut ? { accelerator: accelerator(shortcut) } : {}),
      click: () => actions.command(id),
    };
  };

  const recentItems: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ label: 'Ingen seneste filer', enabled: false }]
      : options.recent.map((file) => ({ label: file.name, click: () => actions.openRecent(file.id) }));

  const file: MenuItemConstructorOptions = {
    label: 'Filer',
    submenu: [
      command('file.new-from-budget'),
      command('file.open-project'),
      command('file.empty-project'),
      command('file.import-proposals'),
      { type: 'separator' },
      command('file.save'),
      command('file.save-as'),
      command('file.export-catalogue'),
      command('file.print-pdf'),
      { type: 'separator' },
      command('season.save-version'),
      command('season.versions'),
      command('season.compare'),
      command('season.amendments'),
      { type: 'separator' },
      { id: 'file.recent', label: 'Seneste', submenu: recentItems },
      { type: 'separator' },
      { id: 'file.close', label: 'Luk', accelerator: isMac ? 'Cmd+W' : 'Alt+F4', role: 'close' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Rediger',
    submenu: [
      command('edit.undo'),
      command('edit.redo'),
      { type: 'separator' },
      { id: 'edit.cut', label: 'Klip', accelerator: 'CmdOrCtrl+X', role: 'cut' },
      { id: 'edit.copy', label: 'Kopiér', accelerator: 'CmdOrCtrl+C', role: 'copy' },
      { id: 'edit.paste', label: 'Sæt ind', accelerator: 'CmdOrCtrl+V', role: 'paste' },
      { id: 'edit.select-all', label: 'Markér alt', accelerator: 'CmdOrCtrl+A', role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'Vis',
    submenu: [
      command('view.budget'),
      command('view.forslag'),
      command('view.oversigt'),
      command('view.vaerktoejer'),
      { type: 'separator' },
      { id: 'view.zoom-in', label: 'Zoom ind', accelerator: 'CmdOrCtrl+Plus', role: 'zoomIn' },
      // Not Ctrl+-: in the Forslag grid that deletes the selected proposal.
      { id: 'view.zoom-out', label: 'Zoom ud', accelerator: 'CmdOrCtrl+Shift+-', role: 'zoomOut' },
      { id: 'view.zoom-reset', label: 'Faktisk størrelse', accelerator: 'CmdOrCtrl+0', role: 'resetZoom' },
      { id: 'view.fullscreen', label: 'Fuld skærm', role: 'togglefullscreen' },
      ...(options.isPackaged
        ? []
        : [
            {
              id: 'view.devtools',
              label: 'Udviklerværktøjer',
              accelerator: 'CmdOrCtrl+Shift+I',
              role: 'toggleDevTools' as const,
            },
          ]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Hjælp',
    submenu: [{ id: 'help.about', label: 'Om Råderum', click: () => actions.about() }],
  };

  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Råderum',
          submenu: [
            { label: 'Om Råderum', click: () => actions.about() },
            { type: 'separator' },
            { label: 'Skjul Råderum', role: 'hide' },
            { label: 'Afslut Råderum', role: 'quit' },
          ],
        },
      ]
    : [];

  return [...macApp, file, edit, view, help];
}
