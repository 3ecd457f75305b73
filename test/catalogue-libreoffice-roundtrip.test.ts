/**
 * A colleague opens the catalogue in LibreOffice and saves it (no edits). LibreOffice decodes `_xHHHH_` in every text
 * and cuts any text longer than 32,767 characters, so the catalogue escapes and splits what it writes: re-opening gives
 * exactly the exported project, and nothing is reported as an edit. A catalogue written before that escaping, whose
 * hidden data LibreOffice has damaged this way, is repaired with a warning.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCatalogue, openCatalogue, type OpenedCatalogue } from '../shared/catalogue/index.ts';
import { CELL_TEXT_MAX } from '../shared/catalogue/cell-text.ts';
import type * as DataSheet from '../shared/catalogue/data-sheet.ts';
import type { CataloguePayload } from '../shared/catalogue/data-sheet.ts';
import type { Project } from '../shared/model/project.ts';
import type { Proposal } from '../shared/model/proposal.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { fixtureProject, withProposalEdits } from './helpers/catalogue-project.ts';
import { libreOfficeConvert } from './helpers/libreoffice.ts';

const NOW = new Date('2026-03-01T10:00:00Z');

/** Texts that Excel and LibreOffice rewrite, each in a field the Forslag sheet shows and one it does not. */
function trickyProject(): Project {
  const full = fixtureProject();
  const texts = [
    'Linje_x000D_skift skrevet som tekst',
    'Understregning _x005F_ og _x0041_ og _x00e6_',
    'Allerede beskyttet _x005F_x000D_ og _x005f_x0041_',
    'Vognretur\r\nog\rlinjeskift\n',
    'Styretegn \u0001\u0008 og \u007f\u0085 og \ufffe',
    '  mellemrum i kanten  ',
  ];
  const edits: Record<number, Partial<Proposal>> = {};
  texts.forEach((text, i) => {
    edits[i] = { title: text, area: `${text} (område)`, staffImpact: text, notes: text };
  });
  edits[7] = {
    title: `${'Meget lang titel. '.repeat(2500)}SLUT`,
    area: `${'Område '.repeat(6000)}SLUT`,
    description: `${'Afsnit om forslaget med mange ord.\n'.repeat(3000)}SLUT`,
    staffImpact: `${'x'.repeat(70_000)}SLUT`,
  };
  return withProposalEdits({ ...full, proposals: full.proposals.slice(0, 12) }, edits);
}

/** While set, the hidden data is written as Råderum wrote it before the escaping: plain JSON, underscores and all. */
const legacy = vi.hoisted(() => ({ on: false }));
vi.mock('../shared/catalogue/data-sheet.ts', async (importOriginal) => {
  const original = await importOriginal<typeof DataSheet>();
  return {
    ...original,
    encodePayload: (payload: CataloguePayload) =>
      legacy.on ? original.chunkText(JSON.stringify(payload)) : original.encodePayload(payload),
  };
});

/** Texts in an older catalogue that LibreOffice's save changes in the hidden data. */
const OLD_CATALOGUE_EDITS = {
  0: { title: 'Gammelt katalog med _x000D_ i titlen' },
  1: { description: 'og _x0009_ i beskrivelsen' },
};

let project: Project;
let exported: Uint8Array;
let saved: Uint8Array;
let savedOld: Uint8Array;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-lo-roundtrip-'));
  project = trickyProject();
  exported = await buildCatalogue(project, { now: NOW });
  const oldProject = withProposalEdits(fixtureProject(), OLD_CATALOGUE_EDITS);
  legacy.on = true;
  const old = await buildCatalogue(oldProject, { now: NOW, proposalSheets: false });
  legacy.on = false;
  writeFileSync(join(dir, 'katalog.xlsx'), exported);
  writeFileSync(join(dir, 'gammelt.xlsx'), old);
  const [a, b] = libreOfficeConvert(
    [join(dir, 'katalog.xlsx'), join(dir, 'gammelt.xlsx')],
    'xlsx:Calc MS Excel 2007 XML',
    join(dir, 'gemt'),
  );
  saved = new Uint8Array(readFileSync(a as string));
  savedOld = new Uint8Array(readFileSync(b as string));
});

describe('gemt igen af LibreOffice', () => {
  it('genåbnes som præcis det eksporterede projekt, uden ændringer eller advarsler', async () => {
    const opened: OpenedCatalogue = await openCatalogue(saved, 'katalog.xlsx');
    expect(opened.problems).toEqual([]);
    expect(opened.changes).toEqual([]);
    expect(opened.added).toEqual([]);
    expect(opened.project).toEqual(project);
  });

  it('en tekst længere end en celle står delt i Forslag-arket, og ingen celle er kortet af', async () => {
    const file = await openWorkbook(saved, 'katalog.xlsx');
    const grid = await file.readSheetGrid('Forslag');
    const headers = (grid.rows[0] ?? []).map((c) => String(c?.value ?? ''));
    expect(headers).toContain('Titel (fortsat)');
    expect(headers).toContain('Politikområde (fortsat)');
    let longest = 0;
    for (const sheet of file.sheets.filter((s) => s.visibility === 'visible')) {
      for (const row of (await file.readSheetGrid(sheet.name)).rows)
        for (const cell of row)
          if (typeof cell?.value === 'string') longest = Math.max(longest, cell.value.length);
    }
    expect(longest).toBeGreaterThan(20_000);
    expect(longest).toBeLessThanOrEqual(CELL_TEXT_MAX);
  });

  it('et ældre katalog, hvis skjulte data LibreOffice har ændret, genskabes med en advarsel', async () => {
    const expected = withProposalEdits(fixtureProject(), OLD_CATALOGUE_EDITS);
    const opened = await openCatalogue(savedOld, 'gammelt.xlsx');
    expect(opened.problems.map((p) => p.code)).toEqual(['catalogue_data_repaired']);
    expect(opened.project).toEqual(expected);
  });
});
