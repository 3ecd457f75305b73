/**
 * Renaming and deleting versions and ændringsforslag from the command line, on budget-clean.xlsx and
 * proposals-list.xlsx: the saved project is read back to see what changed (and that a refusal changed nothing).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProjectFile, writeProjectFile } from '../electron/node/project-file.ts';
import { addAmendment } from '../shared/season/index.ts';
import { cli, cliJson } from './helpers/cli.ts';
import { FIXTURES } from './calc-fixtures.ts';

describe('raaderum version / amendment --rename og --delete', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-cli-season-edit-'));
  const project = join(dir, 'fjordby.raaderum');

  beforeAll(async () => {
    await cliJson('new', '--budget', join(FIXTURES, 'budget-clean.xlsx'), '-o', project, '--json');
    await cliJson('add-proposals', project, join(FIXTURES, 'proposals-list.xlsx'), '--json');
    expect((await cli('version', project, '--name', '1. behandlig')).code).toBe(0);
    expect((await cli('version', project, '--name', 'Budgetforlig')).code).toBe(0);
    const saved = await readProjectFile(project);
    await writeProjectFile(
      project,
      addAmendment(saved, {
        name: 'Ændringsforslag fra A',
        date: '2026-09-20',
        base: '1. behandlig',
        sourceFile: 'a.xlsx',
        changes: [{ kind: 'status', id: saved.proposals[0]?.id ?? '', status: 'fravalgt' }],
      }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('version --rename retter navnet, og ændringsforslaget på versionen følger med', async () => {
    const r = await cli('version', project, '--rename', '1. BEHANDLIG', '--to', '1. behandling');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(
      "Versionen '1. behandlig' hedder nu '1. behandling' (1 ændringsforslag bygger på den og følger med).",
    );
    const after = await readProjectFile(project);
    expect(after.versions.map((v) => v.name)).toEqual(['1. behandling', 'Budgetforlig']);
    expect(after.amendments[0]?.base).toBe('1. behandling');
    const list = await cliJson<{ name: string }[]>('version', project, '--list', '--json');
    expect(list.map((v) => v.name)).toEqual(['1. behandling', 'Budgetforlig']);
  });

  it('version --rename til et optaget navn er en brugsfejl med samme sætning som --name; filen er uændret', async () => {
    const before = readFileSync(project);
    const r = await cli('version', project, '--rename', '1. behandling', '--to', 'budgetforlig');
    expect(r.code).toBe(1);
    expect(r.err).toContain("Der er allerede en version med navnet 'Budgetforlig'. Vælg et andet navn.");
    const empty = await cli('version', project, '--rename', '1. behandling', '--to', ' ');
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('Giv versionen et navn');
    const missingTo = await cli('version', project, '--rename', '1. behandling');
    expect(missingTo.code).toBe(1);
    expect(missingTo.err).toContain('Angiv det nye navn med --to');
    const both = await cli('version', project, '--delete', 'Budgetforlig', '--list');
    expect(both.code).toBe(1);
    expect(readFileSync(project)).toEqual(before);
  });

  it('version --delete afvises, mens et ændringsforslag bygger på versionen, og navngiver det', async () => {
    const r = await cli('version', project, '--delete', '1. behandling');
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "Versionen '1. behandling' kan ikke slettes, fordi ændringsforslaget 'Ændringsforslag fra A' bygger på den.",
    );
    expect((await readProjectFile(project)).versions).toHaveLength(2);
    const gone = await cliJson<{ deleted: string; versions: number }>(
      'version',
      project,
      '--delete',
      'budgetforlig',
      '--json',
    );
    expect(gone).toEqual({ deleted: 'Budgetforlig', versions: 1, saved: true });
    const unknown = await cli('version', project, '--delete', 'Budgetforlig');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain(
      "Projektet har ingen version 'Budgetforlig'. Versionerne er: '1. behandling'.",
    );
  });

  it('amendment --rename og --delete; bagefter kan versionen slettes', async () => {
    const renamed = await cliJson<{ renamed: string; to: string }>(
      'amendment',
      project,
      '--rename',
      'Ændringsforslag fra A',
      '--to',
      'Ændringsforslag fra SF',
      '--json',
    );
    expect(renamed).toEqual({ renamed: 'Ændringsforslag fra A', to: 'Ændringsforslag fra SF', saved: true });
    const compared = await cliJson<{ columns: { name: string }[] }>(
      'amendment',
      project,
      '--compare',
      '--json',
    );
    expect(compared.columns.map((c) => c.name)).toEqual(['1. behandling', 'Ændringsforslag fra SF']);
    const unknown = await cli('amendment', project, '--delete', 'Ændringsforslag fra A');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("Projektet har intet ændringsforslag 'Ændringsforslag fra A'.");
    const deleted = await cli('amendment', project, '--delete', 'ændringsforslag fra sf');
    expect(deleted.code, deleted.err).toBe(0);
    expect(deleted.out).toContain("Ændringsforslaget 'Ændringsforslag fra SF' er slettet.");
    const proposals = (await readProjectFile(project)).proposals;
    expect((await readProjectFile(project)).amendments).toEqual([]);
    expect((await cli('version', project, '--delete', '1. behandling')).code).toBe(0);
    const after = await readProjectFile(project);
    expect(after.versions).toEqual([]);
    expect(after.proposals).toEqual(proposals);
  });

  it('forkert brug giver kode 1, et ulæseligt projekt kode 2', async () => {
    const toAlone = await cli('amendment', project, '--to', 'X', '--compare');
    expect(toAlone.code).toBe(1);
    expect(toAlone.err).toContain('--to bruges sammen med --rename NAVN.');
    const twoModes = await cli('amendment', project, '--delete', 'X', '--compare');
    expect(twoModes.code).toBe(1);
    const broken = join(dir, 'ødelagt.raaderum');
    writeFileSync(broken, 'ikke et projekt');
    for (const command of ['version', 'amendment']) {
      const r = await cli(command, broken, '--delete', 'X');
      expect(r.code, command).toBe(2);
      expect(r.err.trim().split('\n'), command).toHaveLength(1);
    }
  });
});
