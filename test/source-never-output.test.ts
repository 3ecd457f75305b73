import { copyFileSync, existsSync, linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentService, type DocumentDialogs } from '../electron/main/documents.ts';
import { RecentFiles } from '../electron/main/recent-files.ts';
import { RecoveryStore } from '../electron/main/recovery-store.ts';
import { writeFileAtomic } from '../electron/node/atomic-file.ts';
import { writeProjectFile } from '../electron/node/project-file.ts';
import { canonicalPath, sourceAmong } from '../electron/node/same-file.ts';
import { createProject } from '../shared/project/index.ts';
import { FIXTURES } from './calc-fixtures.ts';
import { cli } from './helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'raaderum-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of a public fixture in the test folder, and its bytes before anything ran. */
function source(name: string, fixture = 'budget-clean.xlsx'): { path: string; before: Buffer } {
  const path = join(dir, name);
  copyFileSync(join(FIXTURES, fixture), path);
  return { path, before: readFileSync(path) };
}

describe('kilden er aldrig output: CLI', () => {
  it('raaderum new --budget X.xlsx -o X.xlsx afvises, og projektmappen er urørt', async () => {
    const { path, before } = source('X.xlsx');
    const r = await cli('new', '--budget', path, '-o', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^-o må ikke være kildefilen '.*X\.xlsx': den bliver kun læst og overskrives aldrig\./,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.bak`)).toBe(false);
  });

  it('også gennem en anden stavemåde af stien, et symbolsk link og et hårdt link', async () => {
    const { path, before } = source('Y.xlsx');
    symlinkSync(path, join(dir, 'link-til-Y.xlsx'));
    linkSync(path, join(dir, 'hård-Y.xlsx'));
    const spellings = [`${dir}/ikke-her/../Y.xlsx`, join(dir, 'link-til-Y.xlsx'), join(dir, 'hård-Y.xlsx')];
    for (const output of spellings) {
      const r = await cli('new', '--budget', path, '-o', output);
      expect(r.code, output).toBe(1);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('export, open-catalogue og add-proposals afviser at skrive over det, de læser', async () => {
    const project = join(dir, 'p.raaderum');
    await writeProjectFile(project, createProject({ years: [2026, 2027, 2028, 2029] }));
    const projectBefore = readFileSync(project);
    const exported = await cli('export', project, '-o', project.replace(/raaderum$/, 'xlsx'));
    expect(exported.code).toBe(0);
    // -o must end in .xlsx, so a project as output of export is caught by the source check through --into
    const { path: into, before: intoBefore } = source('into.xlsx');
    expect((await cli('export', project, '--into', into, '-o', into)).err).toMatch(/må ikke være kildefilen/);
    expect(readFileSync(into).equals(intoBefore)).toBe(true);

    const catalogue = project.replace(/raaderum$/, 'xlsx');
    const catalogueBefore = readFileSync(catalogue);
    const opened = await cli('open-catalogue', catalogue, '-o', catalogue);
    expect(opened.code).toBe(1);
    expect(opened.err).toMatch(/^-o må ikke være kildefilen/);
    expect(readFileSync(catalogue).equals(catalogueBefore)).toBe(true);

    const added = await cli('add-proposals', project, join(dir, '.', 'p.raaderum'));
    expect(added.code).toBe(1);
    expect(added.err).toMatch(/^PROJEKT må ikke være kildefilen/);
    expect(readFileSync(project).equals(projectBefore)).toBe(true);
  });

  it('store og små bogstaver er samme fil på Windows og macOS, men ikke på Linux', async () => {
    const { path } = source('Budget.xlsx');
    const upper = join(dir, 'BUDGET.XLSX');
    expect(await sourceAmong(upper, [path], 'win32')).toBe(path);
    expect(await sourceAmong(upper, [path], 'darwin')).toBe(path);
    expect(await sourceAmong(upper, [path], 'linux')).toBeNull();
    expect(await canonicalPath(join(dir, 'findes-ikke.xlsx'), 'linux')).toBe(
      join(await canonicalPath(dir, 'linux'), 'findes-ikke.xlsx'),
    );
  });
});

describe('kilden er aldrig output: appen', () => {
  function service(dialogs: { open: string[][]; save: string[] }): DocumentService {
    const fake: DocumentDialogs = {
      showOpen: async () => dialogs.open.shift() ?? null,
      showSave: async () => dialogs.save.shift() ?? null,
    };
    const s = new DocumentService({
      dialogsFor: () => fake,
      readFile: async (path) => new Uint8Array(await readFile(path)),
      fileSize: async (path) => (await stat(path)).size,
      writeFileAtomic: (path, data, options) => writeFileAtomic(path, data, options),
      recent: new RecentFiles({ read: async () => null, write: async () => undefined }),
      recovery: new RecoveryStore(
        join(dir, 'recovery'),
        { mkdir, readdir, unlink, readFile: async (path) => new Uint8Array(await readFile(path)) },
        (path, data) => writeFileAtomic(path, data, { backup: false }),
      ),
      defaultFolder: dir,
      printToPdf: async () => new TextEncoder().encode('%PDF-1.7'),
    });
    s.attach(1);
    return s;
  }

  it('et katalog eller et projekt gemt oven i et indlæst budget afvises med en dansk sætning', async () => {
    const { path, before } = source('Indlæst.xlsx');
    const dialogs = { open: [[path]], save: [path, path] };
    const s = service(dialogs);
    expect((await s.openWorkbook(1))?.name).toBe('Indlæst.xlsx');
    const catalogue = await s.writeCatalogue(1, new Uint8Array([1, 2, 3]), 'Katalog');
    expect(catalogue).toEqual({
      status: 'failed',
      code: 'file.is-source',
      message:
        "'Indlæst.xlsx' er en fil, du har indlæst fra, og den overskrives ikke: kilden bliver kun læst. Vælg et andet filnavn. Intet er gemt.",
    });
    const saved = await s.saveProjectAs(1, new Uint8Array([1]), 'Projekt');
    expect(saved).toMatchObject({ status: 'failed', code: 'file.is-source' });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('et katalog gemt oven i det åbne projekt afvises; projektet selv gemmes som før', async () => {
    const project = join(dir, 'åben.raaderum');
    await writeFile(project, 'projekt');
    const dialogs = { open: [[project]], save: [project] };
    const s = service(dialogs);
    const offered = await s.openProject(1);
    // The page has loaded it: now it is the window's document.
    s.adoptProject(1, offered?.grant ?? '');
    expect(await s.writeCatalogue(1, new Uint8Array([1]), 'K')).toMatchObject({ code: 'file.is-source' });
    expect(await s.saveProject(1, new TextEncoder().encode('ny'), 'åben')).toMatchObject({ status: 'saved' });
    expect(readFileSync(project, 'utf8')).toBe('ny');
  });
});
