import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../electron/main/menu.ts';
import { accelerator, isCommandId, type CommandId } from '../shared/ipc/commands.ts';
import { command, COMMANDS, tooltip } from '../renderer/src/commands.ts';
import { createWorkbenchStore, emptyProject, initialState } from '../renderer/src/store/workbench-store.ts';
import { blankProposal } from '../renderer/src/grid/proposal-fields.ts';

// The application menu (Electron) and the toolbar's tooltips (the renderer, in both hosts) read one table;
// this checks them against each other as a user would compare them.

function menuItems(platform: string): MenuItemConstructorOptions[] {
  const template = buildMenuTemplate({
    platform,
    recent: [],
    isPackaged: true,
    actions: { command: () => undefined, openRecent: () => undefined, about: () => undefined },
  });
  const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
  return flat(template);
}

describe('menuen og værktøjstipsene er enige', () => {
  // A project just opened, with one proposal: each tooltip shows the plain label and the shortcut (undo and
  // redo name their step once there is one; see the journeys).
  const store = createWorkbenchStore(initialState());
  store.actions.load({ ...emptyProject(), proposals: [blankProposal('F-1', 4)] }, null, true);
  const state = store.getState();
  const items = menuItems('win32').filter(
    (i): i is MenuItemConstructorOptions & { id: CommandId } => i.id !== undefined && isCommandId(i.id),
  );

  it('hvert menupunkt for en kommando har knappens navn og genvejen fra dens værktøjstip', () => {
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const c = command(item.id);
      // "Gem projekt (Ctrl+S)" on the button; "Gem projekt" with CmdOrCtrl+S in the menu.
      const tip = tooltip(c, state);
      const shown = /^(.*) \((.+)\)$/.exec(tip);
      expect(c.unavailable?.(state) ?? null, item.id).toBeNull();
      expect(c.describe?.(state) ?? null, item.id).toBeNull();
      expect(item.label?.replace(/…$/, ''), item.id).toBe(shown ? shown[1] : tip);
      expect(item.accelerator, item.id).toBe(shown?.[2] ? accelerator(shown[2]) : undefined);
    }
  });

  it('Gem som er F12 begge steder, Gem er "Gem projekt", og Udskriv hedder det samme', () => {
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('file.save-as')?.accelerator).toBe('F12');
    expect(tooltip(command('file.save-as'), state)).toBe('Gem projekt som (F12)');
    expect(byId.get('file.save')?.label).toBe('Gem projekt');
    expect(byId.get('file.print-pdf')?.label).toBe('Udskriv katalog…');
    expect(command('file.print-pdf').label).toBe('Udskriv katalog');
  });

  it('ingen menugenvej tager en tast, gitteret eller en anden kommando bruger', () => {
    const taken = items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(taken).size).toBe(taken.length);
    for (const c of COMMANDS.filter((x) => x.keyboard !== undefined && x.shortcut)) {
      expect(taken).not.toContain(accelerator(c.shortcut ?? ''));
    }
  });
});
