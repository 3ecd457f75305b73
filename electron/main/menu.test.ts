import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { isCommandId } from '../../shared/ipc/commands.ts';
import { buildMenuTemplate, type MenuActions } from './menu.ts';

function build(platform: string, isPackaged = true) {
  const actions: MenuActions = { command: vi.fn(), openRecent: vi.fn(), about: vi.fn() };
  const template = buildMenuTemplate({
    platform,
    isPackaged,
    recent: [
      { id: 'r1', name: 'Budget 2027.raaderum', kind: 'project', openedAt: '2026-11-27T03:00:00.000Z' },
    ],
    actions,
  });
  return { template, actions };
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return Array.isArray(menu.submenu) ? menu.submenu : [];
}
const labels = (menu: MenuItemConstructorOptions | undefined): string[] =>
  menu
    ? items(menu)
        .filter((i) => i.type !== 'separator')
        .map((i) => i.label ?? '')
    : [];
const all = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((m) => items(m).flatMap((i) => [i, ...items(i)]));

describe('programmenuen', () => {
  it('er på dansk med menuerne Filer, Rediger, Vis, Hjælp', () => {
    const { template } = build('win32');
    expect(template.map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
    expect(labels(template[0])).toEqual([
      'Nyt projekt fra budget…',
      'Åbn projekt…',
      'Tomt projekt',
      'Importér forslag…',
      'Gem projekt',
      'Gem projekt som…',
      'Eksportér katalog…',
      'Udskriv katalog…',
      'Gem version…',
      'Versioner…',
      'Sammenlign med…',
      'Ændringsforslag…',
      'Seneste',
      'Luk',
    ]);
    expect(labels(template[1])).toEqual(['Fortryd', 'Gentag', 'Klip', 'Kopiér', 'Sæt ind', 'Markér alt']);
    expect(labels(template[3])).toEqual(['Om Råderum']);
  });

  it('har de genveje, Windows-brugere forventer', () => {
    const byLabel = new Map(all(build('win32').template).map((i) => [i.label, i.accelerator]));
    expect(byLabel.get('Nyt projekt fra budget…')).toBe('CmdOrCtrl+N');
    expect(byLabel.get('Åbn projekt…')).toBe('CmdOrCtrl+O');
    expect(byLabel.get('Gem projekt')).toBe('CmdOrCtrl+S');
    expect(byLabel.get('Gem projekt som…')).toBe('F12');
    expect(byLabel.get('Fortryd')).toBe('CmdOrCtrl+Z');
    expect(byLabel.get('Gentag')).toBe('CmdOrCtrl+Y');
    const accelerators = all(build('win32').template)
      .map((i) => i.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('tager ikke gitterets egne genveje (Udfyld nedad, Slet forslag, Nyt forslag, Ryd celler)', () => {
    const accelerators = all(build('win32').template).map((i) => i.accelerator);
    for (const gridShortcut of ['CmdOrCtrl+D', 'CmdOrCtrl+-', 'CmdOrCtrl+Shift+N', 'Delete', 'F2']) {
      expect(accelerators).not.toContain(gridShortcut);
    }
  });

  it('sender sidens kommandoer med deres id', () => {
    const { template, actions } = build('win32');
    const commandItems = all(template).filter((i) => i.id && isCommandId(i.id));
    for (const item of commandItems) (item.click as () => void)();
    const sent = vi.mocked(actions.command).mock.calls.map(([id]) => id);
    expect(sent).toEqual(commandItems.map((i) => i.id));
    expect(sent).toContain('file.save');
    expect(sent).toContain('edit.undo');
  });

  it('Fortryd og Gentag går til sidens historik, ikke browserens', () => {
    const edit = items(build('win32').template[1] ?? {});
    expect(edit.find((i) => i.label === 'Fortryd')?.role).toBeUndefined();
    expect(edit.find((i) => i.label === 'Kopiér')?.role).toBe('copy');
  });

  it('Seneste åbner filen med id, og Om Råderum viser versionen', () => {
    const { template, actions } = build('win32');
    const recent = all(template).find((i) => i.label === 'Budget 2027.raaderum');
    (recent?.click as () => void)();
    expect(actions.openRecent).toHaveBeenCalledWith('r1');
    (all(template).find((i) => i.label === 'Om Råderum')?.click as () => void)();
    expect(actions.about).toHaveBeenCalled();
  });

  it('udviklerværktøjer findes kun uden for den installerede udgave', () => {
    const has = (isPackaged: boolean): boolean =>
      all(build('win32', isPackaged).template).some((i) => i.role === 'toggleDevTools');
    expect(has(true)).toBe(false);
    expect(has(false)).toBe(true);
  });

  it('på macOS kommer app-menuen først, og Gem som er Cmd+Shift+S', () => {
    const { template } = build('darwin');
    expect(template.map((m) => m.label)).toEqual(['Råderum', 'Filer', 'Rediger', 'Vis', 'Hjælp']);
    expect(all(template).find((i) => i.label === 'Gem projekt som…')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(all(template).find((i) => i.label === 'Gentag')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });
});
