import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostError, REQUEST_NAMES } from '../../shared/ipc/contract.ts';
import { writeFileAtomic } from '../node/atomic-file.ts';
import { DocumentService, type DocumentDialogs, type DocumentServiceDeps } from './documents.ts';
import { createRequestHandlers } from './handlers.ts';
import { RecentFiles } from './recent-files.ts';
import { RecoveryStore } from './recovery-store.ts';

let dir = '';
let userData = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'raaderum-docs-'));
  userData = join(dir, 'userData');
  await mkdir(userData);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const WINDOW = 1;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = async (path: string): Promise<string> => readFile(path, 'utf8');

function recoveryStore(): RecoveryStore {
  return new RecoveryStore(
    join(userData, 'recovery'),
    { mkdir, readdir, unlink, readFile: async (path) => new Uint8Array(await readFile(path)) },
    (path, data) => writeFileAtomic(path, data, { backup: false }),
  );
}

function recentFiles(): RecentFiles {
  const file = join(userData, 'recent.json');
  return new RecentFiles({
    read: () => readFile(file, 'utf8').catch(() => null),
    write: (t) => writeFile(file, t),
  });
}

interface Harness {
  service: DocumentService;
  dialogs: { open: string[][]; save: string[]; opened: number; saved: number };
  recovery: RecoveryStore;
  recent: RecentFiles;
}

function harness(overrides: Partial<DocumentServiceDeps> = {}): Harness {
  const dialogs = { open: [] as string[][], save: [] as string[], opened: 0, saved: 0 };
  const fakeDialogs: DocumentDialogs = {
    showOpen: async () => {
      dialogs.opened += 1;
      return dialogs.open.shift() ?? null;
    },
    showSave: async () => {
      dialogs.saved += 1;
      return dialogs.save.shift() ?? null;
    },
  };
  const recovery = recoveryStore();
  const recent = recentFiles();
  const service = new DocumentService({
    dialogsFor: () => fakeDialogs,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    fileSize: async (path) => (await stat(path)).size,
    writeFileAtomic: (path, data, options) => writeFileAtomic(path, data, options),
    recent,
    recovery,
    defaultFolder: dir,
    printToPdf: async () => bytes('%PDF-1.7'),
    ...overrides,
  });
  service.attach(WINDOW);
  return { service, dialogs, recovery, recent };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real atomic write, which fails with `code` after writing the temporary copy and before renaming it. */
function failingAtRename(code: string): DocumentServiceDeps['writeFileAtomic'] {
  return (path, data, options) =>
    writeFileAtomic(path, data, {
      ...options,
      beforeRename: () => {
        throw errno(code);
      },
    });
}

describe('gem projekt', () => {
  it('spørger hvor første gang, gemmer derefter samme sted uden at spørge og beholder .bak', async () => {
    const h = harness();
    const path = join(dir, 'Budget 2027.raaderum');
    h.dialogs.save.push(path);
    expect(await h.service.saveProject(WINDOW, bytes('v1'), 'Budget 2027')).toEqual({
      status: 'saved',
      name: 'Budget 2027.raaderum',
    });
    expect(await h.service.saveProject(WINDOW, bytes('v2'), 'Budget 2027')).toMatchObject({
      status: 'saved',
    });
    expect(h.dialogs.saved).toBe(1);
    expect(await text(path)).toBe('v2');
    expect(await text(`${path}.bak`)).toBe('v1');
    expect(h.service.documentState(WINDOW)).toEqual({ name: 'Budget 2027.raaderum', dirty: false });
  });

  it('"Gem som" spørger altid, og den nye fil bliver dokumentet', async () => {
    const h = harness();
    h.dialogs.save.push(join(dir, 'a.raaderum'), join(dir, 'b.raaderum'));
    await h.service.saveProject(WINDOW, bytes('a'), 'a');
    await h.service.saveProjectAs(WINDOW, bytes('b'), 'b');
    await h.service.saveProject(WINDOW, bytes('b2'), 'b');
    expect(h.dialogs.saved).toBe(2);
    expect(await text(join(dir, 'a.raaderum'))).toBe('a');
    expect(await text(join(dir, 'b.raaderum'))).toBe('b2');
  });

  it('annulleret dialog skriver intet', async () => {
    const h = harness();
    expect(await h.service.saveProject(WINDOW, bytes('x'), 'x')).toEqual({ status: 'cancelled' });
    expect((await readdir(dir)).sort()).toEqual(['userData']);
  });

  it('et nedbrud mellem skrivning og omdøbning efterlader den gamle fil hel og læsbar', async () => {
    const path = join(dir, 'Budget.raaderum');
    await writeFile(path, 'den gamle version');
    const h = harness({ writeFileAtomic: failingAtRename('EIO') });
    h.dialogs.save.push(path);
    const outcome = await h.service.saveProject(WINDOW, bytes('den nye version'), 'Budget');
    expect(outcome).toMatchObject({ status: 'failed', code: 'file.write-failed' });
    expect(await text(path)).toBe('den gamle version');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('et rigtigt nedbrud (processen dræbes) mellem skrivning og omdøbning efterlader den gamle fil', async () => {
    const path = join(dir, 'Budget.raaderum');
    await writeFile(path, 'den gamle version');
    const script = join(dir, 'crash.mts');
    await writeFile(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(join(import.meta.dirname, '../node/atomic-file.ts'))};
       await writeFileAtomic(${JSON.stringify(path)}, 'den nye version', {
         beforeRename: () => { process.kill(process.pid, 'SIGKILL'); },
       });`,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.signal).toBe('SIGKILL');
    expect(await text(path)).toBe('den gamle version');
    // The flushed temporary copy is left beside it (nothing is lost either way).
    const leftovers = (await readdir(dir)).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    expect(await text(join(dir, leftovers[0] ?? ''))).toBe('den nye version');
  });

  it.each([
    ['EBUSY', 'file.locked', /åben i et andet program/],
    ['EPERM', 'file.locked', /åben i et andet program/],
    ['EROFS', 'file.read-only', /skrivebeskyttet/],
    ['EACCES', 'file.read-only', /skrivebeskyttet/],
    ['ENOSPC', 'file.disk-full', /ikke er mere plads på drevet/],
  ])('%s giver en dansk besked (%s), og intet går tabt', async (code, expectedCode, message) => {
    const path = join(dir, 'Budget.raaderum');
    await writeFile(path, 'gemt i går');
    // The error comes from the real rename step, as when Excel holds the file open on Windows.
    const h = harness({ writeFileAtomic: failingAtRename(code) });
    h.service.setDocumentState(WINDOW, { name: 'Budget.raaderum', dirty: true });
    await h.service.putRecovery(WINDOW, 'Budget.raaderum', bytes('dagens arbejde'));
    h.dialogs.save.push(path);
    const outcome = await h.service.saveProject(WINDOW, bytes('dagens arbejde'), 'Budget');
    expect(outcome).toMatchObject({ status: 'failed', code: expectedCode });
    if (outcome.status !== 'failed') throw new Error('forventede fejl');
    expect(outcome.message).toMatch(message);
    expect(outcome.message).toContain("'Budget.raaderum'");
    expect(outcome.message).toContain('Intet er gået tabt');
    expect(await text(path)).toBe('gemt i går');
    expect(h.service.documentState(WINDOW).dirty).toBe(true);
    // The unsaved work is still in the recovery store: a restart would offer it.
    const restarted = recoveryStore();
    const entries = await restarted.list();
    expect(entries).toHaveLength(1);
    expect(new TextDecoder().decode((await restarted.get(entries[0]?.id ?? ''))?.bytes)).toBe(
      'dagens arbejde',
    );
  });
});

describe('gendannelse', () => {
  it('finder autogemt arbejde efter et nedbrud og fjerner det efter en gem', async () => {
    const crashed = harness();
    await crashed.service.putRecovery(WINDOW, 'Nyt projekt', bytes('v1'));
    await crashed.service.putRecovery(WINDOW, 'Nyt projekt', bytes('v2')); // the next autosave overwrites
    expect(await crashed.service.listRecovery()).toEqual([]); // this run's own copy is not "recoverable"

    // The app crashed (no detach). The next run finds the copy and offers "Gendan".
    const next = harness();
    const entries = await next.service.listRecovery();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ name: 'Nyt projekt', size: 2 });
    const recovered = await next.service.getRecovery(entries[0]?.id ?? '');
    expect(new TextDecoder().decode(recovered?.bytes)).toBe('v2');

    // The user recovers and keeps working; their autosaves go to the new session, then they save.
    await next.service.putRecovery(WINDOW, 'Nyt projekt', bytes('v3'));
    await next.service.clearRecovery(WINDOW, entries[0]?.id);
    next.dialogs.save.push(join(dir, 'Gendannet.raaderum'));
    expect(await next.service.saveProject(WINDOW, bytes('v3'), 'Gendannet')).toMatchObject({
      status: 'saved',
    });
    expect(await readdir(join(userData, 'recovery'))).toEqual([]);
    expect(await recoveryStore().list()).toEqual([]);
  });

  it('når siden går ned og genindlæses, tilbydes dens autogemte arbejde', async () => {
    const h = harness();
    await h.service.putRecovery(WINDOW, 'Budget.raaderum', bytes('før nedbruddet'));
    expect(await h.service.listRecovery()).toEqual([]);
    h.service.rendererGone(WINDOW);
    const entries = await h.service.listRecovery();
    expect(entries).toEqual([expect.objectContaining({ name: 'Budget.raaderum' })]);
    expect(new TextDecoder().decode((await h.service.getRecovery(entries[0]?.id ?? ''))?.bytes)).toBe(
      'før nedbruddet',
    );
    // The reloaded page has no document yet: "Gem" asks where.
    expect(h.service.documentState(WINDOW)).toEqual({ name: 'Nyt projekt', dirty: false });
  });

  it('en pæn lukning fjerner vinduets kopi', async () => {
    const h = harness();
    await h.service.putRecovery(WINDOW, 'Nyt projekt', bytes('x'));
    await h.service.detach(WINDOW);
    expect(await recoveryStore().list()).toEqual([]);
  });

  it('et forfalsket id kan ikke læse eller slette filer uden for gendannelsesmappen', async () => {
    const h = harness();
    await writeFile(join(userData, 'secret.json'), JSON.stringify({ name: 'x', savedAt: '', size: 1 }));
    await writeFile(join(userData, 'secret.bin'), 'hemmeligt');
    for (const id of ['../secret', '..\\secret', '/etc/passwd', 'a/../../secret']) {
      expect(await h.service.getRecovery(id)).toBeNull();
      await h.service.clearRecovery(WINDOW, id);
    }
    expect(await text(join(userData, 'secret.bin'))).toBe('hemmeligt');
  });
});

describe('åbn og seneste filer', () => {
  it('åbner et regneark fra dialogen og giver navn og bytes, aldrig stien', async () => {
    const h = harness();
    const path = join(dir, 'Budget 2027.xlsx');
    await writeFile(path, 'PK');
    h.dialogs.open.push([path]);
    const file = await h.service.openWorkbook(WINDOW);
    expect(file).toEqual({ name: 'Budget 2027.xlsx', bytes: bytes('PK') });
    expect(JSON.stringify(await h.service.listRecent())).not.toContain(dir);
  });

  it('åbner en fil fra listen over seneste med id, og en forsvundet fil giver en dansk besked', async () => {
    const h = harness();
    const path = join(dir, 'Katalog.raaderum');
    await writeFile(path, '{}');
    h.dialogs.open.push([path]);
    await h.service.openProject(WINDOW);
    const [entry] = await h.service.listRecent();
    expect(entry).toMatchObject({ name: 'Katalog.raaderum', kind: 'project' });
    expect(await h.service.openRecent(WINDOW, entry?.id ?? '')).toMatchObject({
      name: 'Katalog.raaderum',
      kind: 'project',
    });
    await rm(path);
    const error = await h.service.openRecent(WINDOW, entry?.id ?? '').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toContain('findes ikke længere');
    expect(await h.service.listRecent()).toEqual([]);
    await expect(h.service.openRecent(WINDOW, 'opdigtet')).rejects.toBeInstanceOf(HostError);
  });

  it('et projekt åbnet fra OS’et bliver dokumentet, når siden har indlæst det, så Gem skriver tilbage til det', async () => {
    const h = harness();
    const path = join(dir, 'Fra Stifinder.raaderum');
    await writeFile(path, 'gammel');
    const opened = await h.service.openPath(WINDOW, path);
    expect(opened).toMatchObject({ name: 'Fra Stifinder.raaderum', kind: 'project' });
    h.service.adoptProject(WINDOW, opened.grant ?? '');
    await h.service.saveProject(WINDOW, bytes('ny'), 'x');
    expect(h.dialogs.saved).toBe(0);
    expect(await text(path)).toBe('ny');
    await expect(h.service.openPath(WINDOW, join(dir, 'virus.exe'))).rejects.toMatchObject({
      code: 'file.unsupported',
    });
  });
});

describe('Vil du gemme ændringerne? Annuller', () => {
  it('et projekt, siden ikke indlæser (brugeren annullerer), bliver ikke dokumentet: Gem skriver til det gamle', async () => {
    const h = harness();
    const current = join(dir, 'Budget 2027.raaderum');
    const dropped = join(dir, 'Andet.raaderum');
    await writeFile(dropped, 'andet');
    h.dialogs.save.push(current);
    await h.service.saveProject(WINDOW, bytes('v1'), 'Budget 2027');
    const offered = await h.service.openPath(WINDOW, dropped);
    expect(offered.grant).toMatch(/.{8,}/);
    expect(h.service.documentState(WINDOW).name).toBe('Budget 2027.raaderum');
    await h.service.saveProject(WINDOW, bytes('v2'), 'Budget 2027');
    expect(await text(current)).toBe('v2');
    expect(await text(dropped)).toBe('andet');
    expect(h.dialogs.saved).toBe(1);
  });

  it('et nyt projekt uden fil (Tomt projekt, nyt budget) skriver aldrig over det forrige: Gem spørger hvor', async () => {
    const h = harness();
    const old = join(dir, 'Budget 2026.raaderum');
    h.dialogs.save.push(old, join(dir, 'Budget 2027.raaderum'));
    await h.service.saveProject(WINDOW, bytes('2026'), 'Budget 2026');
    h.service.newDocument(WINDOW);
    expect(h.service.documentState(WINDOW).name).toBe('Nyt projekt');
    await h.service.saveProject(WINDOW, bytes('2027'), 'Budget 2027');
    expect(h.dialogs.saved).toBe(2);
    expect(await text(old)).toBe('2026');
    expect(await text(join(dir, 'Budget 2027.raaderum'))).toBe('2027');
  });

  it('et projekt fra Åbn-dialogen bliver dokumentet med sin tilladelse, og en opdigtet tilladelse afvises', async () => {
    const h = harness();
    const path = join(dir, 'Åbnet.raaderum');
    await writeFile(path, 'x');
    h.dialogs.open.push([path]);
    const opened = await h.service.openProject(WINDOW);
    expect(() => h.service.adoptProject(WINDOW, 'opdigtet')).toThrow(HostError);
    h.service.adoptProject(WINDOW, opened?.grant ?? '');
    expect(h.service.documentState(WINDOW)).toEqual({ name: 'Åbnet.raaderum', dirty: false });
    // Used once: the grant cannot be replayed later to move the document back.
    expect(() => h.service.adoptProject(WINDOW, opened?.grant ?? '')).toThrow(HostError);
  });
});

describe('seneste-listen', () => {
  it('en seneste-liste, der ikke kan skrives, får aldrig en gem til at fejle', async () => {
    const broken = new RecentFiles({
      read: async () => null,
      write: async () => {
        throw errno('EROFS');
      },
    });
    const h = harness({ recent: broken });
    h.dialogs.save.push(join(dir, 'a.raaderum'));
    expect(await h.service.saveProject(WINDOW, bytes('a'), 'a')).toMatchObject({ status: 'saved' });
    expect(await text(join(dir, 'a.raaderum'))).toBe('a');
  });
});

describe('handlerne', () => {
  it('dækker hver forespørgsel i kontrakten', () => {
    const h = harness();
    const handlers = createRequestHandlers({
      documents: h.service,
      appInfo: { name: 'Råderum', version: '0.1.0', platform: 'linux', packaged: false },
      onDocumentState: vi.fn(),
    });
    expect(Object.keys(handlers).sort()).toEqual([...REQUEST_NAMES].sort());
  });

  it('katalog og PDF skrives atomisk der, hvor brugeren vælger', async () => {
    const h = harness();
    h.dialogs.save.push(join(dir, 'Katalog.xlsx'), join(dir, 'Oversigt.pdf'));
    expect(await h.service.writeCatalogue(WINDOW, bytes('PK'), 'Katalog')).toEqual({
      status: 'saved',
      name: 'Katalog.xlsx',
    });
    expect(await h.service.printToPdf(WINDOW, 'Oversigt', true)).toEqual({
      status: 'saved',
      name: 'Oversigt.pdf',
    });
    expect(await text(join(dir, 'Oversigt.pdf'))).toBe('%PDF-1.7');
  });
});
