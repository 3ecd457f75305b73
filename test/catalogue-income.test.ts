/**
 * A proposal's expenditure/income split, end to end: the form-layout fixture (proposal-forms.xlsx) is imported,
 * exported as a catalogue with one form sheet per proposal, recalculated by LibreOffice and re-opened. The expected
 * numbers are the fixture generator's own (`udgifter`, `indtaegter`, `i_alt` in proposal-forms.xlsx.expected.json).
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue, openCatalogue } from '../shared/catalogue/index.ts';
import { ECONOMY_LABELS } from '../shared/catalogue/build.ts';
import { fromYearRecord } from '../shared/model/money.ts';
import type { Project } from '../shared/model/project.ts';
import { createProject } from '../shared/project/index.ts';
import { importProposals } from '../shared/proposals/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { FIXTURES } from './helpers/catalogue-project.ts';
import { libreOfficeRecalc } from './helpers/openpyxl.ts';

const YEARS = [2026, 2027, 2028, 2029];
const NOW = new Date('2026-03-01T10:00:00Z');
const NAME = 'proposal-forms.xlsx';

type YearRecord = Record<string, number>;
interface Expected {
  proposals: { nr: string; udgifter: YearRecord; indtaegter: YearRecord; i_alt: YearRecord }[];
}

const expected = JSON.parse(readFileSync(`${FIXTURES}${NAME}.expected.json`, 'utf8')) as Expected;

async function formsProject(): Promise<Project> {
  const file = await openWorkbook(new Uint8Array(readFileSync(`${FIXTURES}${NAME}`)), NAME);
  const result = await importProposals([{ file, name: NAME }], { years: YEARS });
  const project = createProject({ municipality: 'Fjordby Kommune', years: YEARS });
  project.proposals = result.proposals;
  return project;
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
