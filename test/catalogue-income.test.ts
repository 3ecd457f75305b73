/**
 * A proposal's expenditure/income split, end to end: the form-layout fixture (proposal-forms.xlsx) is imported,
 * exported as a catalogue with one form sheet per proposal, recalculated by LibreOffice and re-opened. The expected
 * numbers are the fixture generator's own (`udgifter`, `indtaegter`, `i_alt` in proposal-forms.xlsx.expected.json).
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue, DATA_SHEET_NAME, openCatalogue } from '../shared/catalogue/index.ts';
import { ECONOMY_LABELS } from '../shared/catalogue/build.ts';
import { encodePayload, type CataloguePayload } from '../shared/catalogue/data-sheet.ts';
import { cli } from './helpers/cli.ts';
import { fromYearRecord } from '../shared/model/money.ts';
import type { Project } from '../shared/model/project.ts';
import { createProject } from '../shared/project/index.ts';
import { importProposals } from '../shared/proposals/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { readExpected, readFixture } from './helpers/fixtures.ts';
import { libreOfficeRecalc } from './helpers/openpyxl.ts';

const YEARS = [2026, 2027, 2028, 2029];
const NOW = new Date('2026-03-01T10:00:00Z');
const NAME = 'proposal-forms.xlsx';

type YearRecord = Record<string, number>;
interface Expected {
  proposals: { nr: string; udgifter: YearRecord; indtaegter: YearRecord; i_alt: YearRecord }[];
}

const expected = readExpected<Expected>(NAME);

async function formsProject(): Promise<Project> {
  const file = await openWorkbook(readFixture(NAME), NAME);
  const result = await importProposals([{ file, name: NAME }], { years: YEARS });
  return { ...createProject({ municipality: 'Fjordby Kommune', years: YEARS }), proposals: result.proposals };
}

/** LibreOffice's value of the row labelled `label` below the economy header, in kroner per year. */
function rowKr(grid: readonly string[][], label: string): number[] {
  const header = grid.findIndex((r) => r[0]?.startsWith('Økonomi') === true);
  const row = grid.findIndex((r, i) => i > header && r[0] === label);
  if (header < 0 || row < 0) throw new Error(`Ingen række '${label}' under økonomitabellens overskrift`);
  return YEARS.map((_, i) => Math.round(Number(grid[row]?.[i + 1]) * 1000) || 0);
}

const negate = (amounts: readonly number[]): number[] => amounts.map((a) => -a || 0);

describe('forslagsskemaernes udgifter og indtægter i kataloget', () => {
  let project: Project;
  beforeAll(async () => {
    project = await formsProject();
  });

  it('eksport → genåbning giver projektet med indtægterne uændret (begge fortegnsvisninger)', async () => {
    expect(project.proposals.some((p) => p.income.some((a) => a !== 0))).toBe(true);
    for (const savingsPositive of [false, true]) {
      const opened = await openCatalogue(
        await buildCatalogue(project, { now: NOW, savingsPositive }),
        'katalog.xlsx',
      );
      expect(opened.project).toEqual(project);
      expect(opened.changes).toEqual([]);
    }
  });

  it('LibreOffice viser de tal skemaet havde, med besparelser positive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raaderum-income-'));
    const path = join(dir, 'katalog.xlsx');
    writeFileSync(path, await buildCatalogue(project, { now: NOW, savingsPositive: true }));
    const ids = expected.proposals.map((e) => e.nr);
    const lo = libreOfficeRecalc(path, ids);
    const labels = ECONOMY_LABELS.savingsPositive;
    for (const e of expected.proposals) {
      const grid = lo.get(e.nr);
      expect(grid, e.nr).toBeDefined();
      if (!grid) continue;
      expect(rowKr(grid, labels.expenses), e.nr).toEqual(negate(fromYearRecord(YEARS, e.udgifter)));
      expect(rowKr(grid, labels.income), e.nr).toEqual(negate(fromYearRecord(YEARS, e.indtaegter)));
      expect(rowKr(grid, labels.net), e.nr).toEqual(negate(fromYearRecord(YEARS, e.i_alt)));
    }
  });

  it('forslagsarket har rækkerne Udgifter, Indtægter, Netto og Årsværk med skemaets tal som gemte værdier', async () => {
    const file = await openWorkbook(await buildCatalogue(project, { now: NOW }), 'katalog.xlsx');
    for (const e of expected.proposals) {
      const grid = await file.readSheetGrid(e.nr);
      const labelRow = (label: string): number[] => {
        const row = grid.rows.find((r) => r[0]?.value === label);
        return YEARS.map((_, i) => Math.round(Number(row?.[i + 1]?.value) * 1000) || 0);
      };
      expect(labelRow('Udgifter'), e.nr).toEqual(fromYearRecord(YEARS, e.udgifter));
      expect(labelRow('Indtægter'), e.nr).toEqual(fromYearRecord(YEARS, e.indtaegter));
      expect(labelRow('Netto'), e.nr).toEqual(fromYearRecord(YEARS, e.i_alt));
      expect(grid.rows.some((r) => r[0]?.value === 'Årsværk')).toBe(true);
    }
  });
});

/** Loads a catalogue with exceljs (another writer than ours), lets `edit` change it, and returns the new bytes. */
async function edited(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (found === 0) throw new Error(`Ingen kolonne '${header}'`);
  return found;
}

/** The row of a proposal in the Forslag sheet (grouped by udvalg, so not simply its index + 2). */
function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  let found = 0;
  ws.eachRow((row, n) => {
    if (found === 0 && row.getCell(1).value === id) found = n;
  });
  if (found === 0) throw new Error(`Intet forslag '${id}'`);
  return found;
}

describe('indtægter rettet i arket Forslag', () => {
  it('læses tilbage som ændringer i indtægten (vist og gemt fortegn), nettobeløbet er uændret', async () => {
    const project = await formsProject();
    for (const savingsPositive of [false, true]) {
      const bytes = await buildCatalogue(project, { now: NOW, savingsPositive, proposalSheets: false });
      const header = savingsPositive ? 'Merindtægter 2027' : 'Indtægter 2027';
      let cell = '';
      const changed = await edited(bytes, (wb) => {
        const ws = wb.getWorksheet('Forslag');
        if (!ws) throw new Error('Forslag mangler');
        const target = ws.getCell(rowOf(ws, project.proposals[1]?.id ?? ''), column(ws, header));
        target.value = savingsPositive ? 12.5 : -12.5; // a merindtægt of 12.500 kr. for the second proposal
        cell = target.address;
      });
      const opened = await openCatalogue(changed, 'katalog.xlsx');
      const second = project.proposals[1];
      expect(opened.changes).toEqual([
        {
          id: second?.id,
          changes: [{ field: 'income', year: 2027, before: second?.income[1], after: -12_500, cell }],
        },
      ]);
      const after = opened.project.proposals[1];
      expect(after?.income).toEqual([second?.income[0], -12_500, second?.income[2], second?.income[3]]);
      expect(after?.amounts).toEqual(second?.amounts);
      expect(opened.problems).toEqual([]);
    }
  });

  it('raaderum open-catalogue nævner ændringen i 1.000 kr.', async () => {
    const project = await formsProject();
    const dir = mkdtempSync(join(tmpdir(), 'raaderum-income-cli-'));
    const katalog = join(dir, 'katalog.xlsx');
    const bytes = await buildCatalogue(project, { now: NOW, proposalSheets: false });
    writeFileSync(
      katalog,
      await edited(bytes, (wb) => {
        const ws = wb.getWorksheet('Forslag');
        if (ws)
          ws.getCell(rowOf(ws, project.proposals[0]?.id ?? ''), column(ws, 'Indtægter 2026')).value = -1.5;
      }),
    );
    const { code, out } = await cli('open-catalogue', katalog, '-o', join(dir, 'p.raaderum'));
    expect(code).toBe(0);
    expect(out).toMatch(/Indtægter 2026 \([A-Z]+\d+\): 7,8 \(1\.000 kr\.\) → -1,5 \(1\.000 kr\.\)/);
  });

  it('et katalog fra før indtægtskolonnerne åbnes uden advarsler om manglende kolonner', async () => {
    const project = await formsProject();
    const bytes = await buildCatalogue(project, { now: NOW, proposalSheets: false });
    const older = await edited(bytes, (wb) => {
      const ws = wb.getWorksheet('Forslag');
      const data = wb.getWorksheet(DATA_SHEET_NAME);
      if (!ws || !data) throw new Error('ark mangler');
      // As the earlier writer made it: no Indtægter columns, and export settings that do not mention them.
      ws.spliceColumns(column(ws, 'Indtægter 2026'), YEARS.length);
      const count = Number(data.getCell(1, 3).value);
      const chunks = Array.from({ length: count }, (_, i) => String(data.getCell(i + 2, 1).value));
      const payload = JSON.parse(chunks.join('')) as CataloguePayload;
      delete payload.export.incomeColumns;
      const next = encodePayload(payload);
      data.getCell(1, 3).value = next.length;
      next.forEach((chunk, i) => (data.getCell(i + 2, 1).value = chunk));
    });
    const opened = await openCatalogue(older, 'gammelt-katalog.xlsx');
    expect(opened.problems).toEqual([]);
    expect(opened.changes).toEqual([]);
    expect(opened.project).toEqual(project);
  });
});
