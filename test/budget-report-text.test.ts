/**
 * The import report in the wizard lists each skipped row with why; the importer's reasons are codes, and the
 * user must read a Danish reason, never "no_labels".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBudget } from '../shared/budget/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { TEXT } from '../renderer/src/text.ts';

const DIR = new URL('../../shared/fixtures/public/', import.meta.url);

async function skippedRows(file: string): Promise<{ sheet: string; row: number; reason: string }[]> {
  const workbook = await openWorkbook(new Uint8Array(readFileSync(new URL(file, DIR))), file);
  return (await importBudget(workbook)).report.skippedRows;
}

describe('importrapportens oversprungne rækker', () => {
  it('en sumrække og en tom række fra ERP-udtrækket står med dansk begrundelse', async () => {
    const rows = await skippedRows('budget-erp-export.xlsx');
    const shown = rows.map((r) => TEXT.wizard.skippedRow(r.sheet, r.row, r.reason));
    expect(shown).toContain("Arket 'Rapport', række 1857: sumrække, ikke talt med igen");
    expect(shown).toContain("Arket 'Rapport', række 1269: tom række");
  });

  it('hver begrundelse importen giver på de offentlige budgetter, er dansk tekst og ikke en kode', async () => {
    const files = ['budget-erp-export.xlsx', 'budget-multi-sheet.xlsx', 'budget-libreoffice.xlsx'];
    const reasons = new Set<string>();
    for (const file of files) for (const r of await skippedRows(file)) reasons.add(r.reason);
    expect(reasons.size).toBeGreaterThan(1);
    for (const reason of reasons) {
      const shown = TEXT.wizard.skippedRow('Ark', 1, reason);
      expect(shown).not.toContain(reason);
      expect(shown).toMatch(/^Arket 'Ark', række 1: [a-zæøå ,]+$/);
    }
  });
});
