/**
 * The catalogue's Forside says where the service frame behind %-targets and den stille vej came from: the budget's
 * service column, the kontoplan's rules, or nowhere (then %-targets are 0). Budgets: budget-erp-export.xlsx
 * (../shared/fixtures/public/README.md) read with and without its service and funktion columns.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importBudget, previewBudget } from '../shared/budget/index.ts';
import { buildCatalogue } from '../shared/catalogue/index.ts';
import type { Budget, FieldName } from '../shared/model/budget.ts';
import { createProject } from '../shared/project/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { readFixture } from './helpers/fixtures.ts';

const NAME = 'budget-erp-export.xlsx';

async function budgetWithout(...fields: FieldName[]): Promise<Budget> {
  const file = await openWorkbook(readFixture(NAME), NAME);
  const mapping = structuredClone((await previewBudget(file)).mapping);
  for (const s of mapping.sheets) for (const f of fields) delete s.columns[f];
  return importBudget(file, { mapping });
}

async function frontPage(budget: Budget): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const bytes = await buildCatalogue(createProject({}, budget));
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const texts: string[] = [];
  wb.getWorksheet('Forside')?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  return texts.join('\n');
}

describe('katalogets forside siger, hvor servicerammen kommer fra', () => {
  it('servicekolonnen, kontoplanen eller ukendt', async () => {
    expect(await frontPage(await budgetWithout())).toContain(
      'Servicerammen er budgettets linjer markeret som serviceudgifter i budgetfilen.',
    );
    expect(await frontPage(await budgetWithout('service'))).toContain(
      'Servicerammen er fundet ud fra kontoplanen (funktion og dranst), da budgetfilen ikke har en servicekolonne.',
    );
    expect(await frontPage(await budgetWithout('service', 'function'))).toContain(
      'servicerammen er derfor ukendt, og mål i procent af den er 0.',
    );
  });

  it('et budget gemt før kontoplanen blev læst (ingen serviceSource): kilden følger af, om fordelingen er kendt', async () => {
    const unknown = await budgetWithout('service', 'function');
    const { serviceSource: _none, ...oldReport } = unknown.report;
    expect(await frontPage({ ...unknown, report: oldReport })).toContain('servicerammen er derfor ukendt');
    const known = await budgetWithout();
    const { serviceSource: _gone, ...oldKnown } = known.report;
    expect(await frontPage({ ...known, report: oldKnown })).toContain(
      'Servicerammen er budgettets linjer markeret som serviceudgifter i budgetfilen.',
    );
  });
});
