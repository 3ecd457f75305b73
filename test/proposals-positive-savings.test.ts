/**
 * A department that writes savings as positive numbers writes its reductions of staff positive too. The sheet's
 * sign statement is applied to the årsværk beside the amounts, so the same proposals read from such a sheet
 * and from the public list are the same proposals, and adding both to a project does not duplicate them.
 * The positive-savings sheet is made from the public fixture proposals-list.xlsx: its note (B3) says savings
 * are positive, and every amount and årsværk in H6:O65 is negated.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importProposals } from '../shared/proposals/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { readFixture } from './helpers/fixtures.ts';

const YEARS = [2026, 2027, 2028, 2029];
const NOTE = 'Beløb i 1.000 kr., 2026-priser. Besparelser angives med positive tal, ligesom færre årsværk.';

async function positiveSavingsList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFixture('proposals-list.xlsx').slice().buffer);
  const ws = wb.getWorksheet('Forslag');
  if (!ws) throw new Error('Forslag mangler');
  ws.getCell('B3').value = NOTE;
  for (let row = 6; row <= 65; row++)
    for (let col = 8; col <= 15; col++) {
      const cell = ws.getRow(row).getCell(col);
      if (typeof cell.value === 'number') cell.value = cell.value === 0 ? 0 : -cell.value;
    }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function read(bytes: Uint8Array, name: string) {
  return { name, file: await openWorkbook(bytes, name) };
}

describe('besparelser skrevet som positive tal', () => {
  it('vender både beløb og årsværk, så forslagene er de samme som i den almindelige liste', async () => {
    const normal = await importProposals([await read(readFixture('proposals-list.xlsx'), 'liste.xlsx')], {
      years: YEARS,
    });
    const positive = await importProposals([await read(await positiveSavingsList(), 'positiv.xlsx')], {
      years: YEARS,
    });
    expect(positive.sheets[0]?.savingsFlipped).toBe(true);
    expect(positive.proposals).toHaveLength(60);
    const withoutSource = (p: (typeof normal.proposals)[number]) => ({ ...p, source: null });
    expect(positive.proposals.map(withoutSource)).toEqual(normal.proposals.map(withoutSource));
    // The fixture's årsværk: fewer staff are negative in the project (sum of column L over all proposals).
    const fte2026 = positive.proposals.reduce((sum, p) => sum + (p.fte[0] ?? 0), 0);
    expect(fte2026).toBeCloseTo(-21.7, 5);
    const note = positive.problems.find((p) => p.code === 'savings_positive_flipped');
    expect(note?.message).toContain('vendt på beløb og årsværk');
    expect(note).toMatchObject({ file: 'positiv.xlsx', sheet: 'Forslag', cell: 'B3' });
  });

  it('den samme liste indlæst to gange, én gang med positive besparelser, giver ingen dubletter som SS-02 (2)', async () => {
    const first = await importProposals([await read(readFixture('proposals-list.xlsx'), 'liste.xlsx')], {
      years: YEARS,
    });
    const second = await importProposals([await read(await positiveSavingsList(), 'positiv.xlsx')], {
      years: YEARS,
      existing: first.proposals,
    });
    expect(second.identical).toBe(60);
    expect(second.added).toBe(0);
    expect(second.proposals.map((p) => p.id)).toEqual(first.proposals.map((p) => p.id));
    expect(second.proposals.some((p) => p.id.endsWith('(2)'))).toBe(false);
  });
});
