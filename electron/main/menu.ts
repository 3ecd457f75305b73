import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommandId, RecentFile } from '../../shared/ipc/contract.ts';

export interface MenuActions {
  /** Dispatches a renderer command by id to the focused window. */
  command(id: HostCommandId): void;
  openRecent(id: string): void;
  about(): void;
}

/**
 * The Danish application menu. Accelerators are the ones Windows users know from Office: Ctrl+N, Ctrl+O,
 * Ctrl+S, F12 (Gem som), Ctrl+Z, Ctrl+Y. Undo and redo are the store's commands, not the browser's,
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
  const command =
    (id: HostCommandId): (() => void) =>
    () =>
      actions.command(id);
  const isMac = options.platform === 'darwin';

  const recentItems: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ label: 'Ingen seneste filer', enabled: false }]
      : options.recent.map((file) => ({ label: file.name, click: () => actions.openRecent(file.id) }));

  const file: MenuItemConstructorOptions = {
    label: 'Filer',
    submenu: [
      {
        id: 'file.new-from-budget',
        label: 'Nyt projekt fra budget…',
        accelerator: 'CmdOrCtrl+N',
        click: command('file.new-from-budget'),
      },
      {
        id: 'file.open-project',
        label: 'Åbn projekt…',
        accelerator: 'CmdOrCtrl+O',
        click: command('file.open-project'),
      },
      {
        id: 'file.import-proposals',
        label: 'Importér forslag…',
        accelerator: 'CmdOrCtrl+I',
        click: command('file.import-proposals'),
      },
      { type: 'separator' },
      { id: 'file.save', label: 'Gem', accelerator: 'CmdOrCtrl+S', click: command('file.save') },
      {
        id: 'file.save-as',
        label: 'Gem som…',
        accelerator: isMac ? 'Shift+Cmd+S' : 'F12',
        click: command('file.save-as'),
      },
      {
        id: 'file.export-catalogue',
        label: 'Eksportér katalog…',
        accelerator: 'CmdOrCtrl+E',
        click: command('file.export-catalogue'),
      },
      {
        id: 'file.print-pdf',
        label: 'Udskriv til PDF…',
        accelerator: 'CmdOrCtrl+P',
        click: command('file.print-pdf'),
      },
      { type: 'separator' },
      { id: 'file.recent', label: 'Seneste', submenu: recentItems },
      { type: 'separator' },
      { id: 'file.close', label: 'Luk', accelerator: isMac ? 'Cmd+W' : 'Alt+F4', role: 'close' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Rediger',
    submenu: [
      { id: 'edit.undo', label: 'Fortryd', accelerator: 'CmdOrCtrl+Z', click: command('edit.undo') },
      {
        id: 'edit.redo',
        label: 'Gentag',
        accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
        click: command('edit.redo'),
      },
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
      { id: 'view.budget', label: 'Budget', accelerator: 'CmdOrCtrl+1', click: command('view.budget') },
      { id: 'view.forslag', label: 'Forslag', accelerator: 'CmdOrCtrl+2', click: command('view.forslag') },
      { id: 'view.oversigt', label: 'Oversigt', accelerator: 'CmdOrCtrl+3', click: command('view.oversigt') },
      {
        id: 'view.vaerktoejer',
        label: 'Værktøjer',
        accelerator: 'CmdOrCtrl+4',
        click: command('view.vaerktoejer'),
      },
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
