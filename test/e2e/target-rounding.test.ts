/**
 * Issue 10 §3: a calculated target is rounded when it is calculated, so the screen never shows "-27.285,078" and
 * the exported Mål sheet never holds "-27285.078". A target of 0,5 % of the service frame, typed in Værktøjer on
 * the public budget-clean.xlsx: Oversigt shows it in the one amount format, and the catalogue's Mål sheet holds the
 * same whole 1.000 kr. Expected: the fixture's `service_total` (budget-clean.xlsx.expected.json) × 0,5 %, rounded to
 * whole 1.000 kr. as shared/calc rounds a percentage target (test/calc-target-rounding.test.ts). At 1280×720 and
 * 1920×1080.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../shared/numbers/index.ts';
import { readExpected } from '../helpers/fixtures.ts';
import { FIXTURES, SHOTS, useHarness } from './harness.ts';
import { expectInView, newProjectFromBudget } from './app-driver.ts';

const h = useHarness();

const AMOUNT = /^-?\d{1,3}(\.\d{3})*,\d$/;

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  describe(`et procentmål ved ${width}×${height}`, () => {
    it('0,5 % af servicerammen vises med én decimal i Oversigt og står som hele 1.000 kr. i katalogets Mål-ark', async () => {
      const service = readExpected<{ service_total: Record<string, number> }>(
        'budget-clean.xlsx',
      ).service_total;
      const years = Object.keys(service);
      const expected = years.map((y) => -Math.round((service[y] ?? 0) * 0.005));
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await newProjectFromBudget(page, FIXTURES, 'budget-clean.xlsx');

      await page.getByRole('tab', { name: 'Værktøjer' }).click();
      const section = page.getByRole('region', { name: 'Råderumsmål' });
      await section.getByRole('textbox', { name: 'Navn' }).fill('Sparemål');
      await section
        .getByRole('combobox', { name: 'Type' })
        .selectOption({ label: 'Procent af servicerammen' });
      await section.getByRole('textbox', { name: 'Procent' }).fill('0,5');
      await section.getByRole('button', { name: 'Tilføj mål' }).click();
      await section.getByText('Sparemål').waitFor();

      // Oversigt: the target per year in the one amount format, the whole 1.000 kr. the calculation gives.
      await page.getByRole('tab', { name: 'Oversigt' }).click();
      const targets = page.getByRole('table', { name: 'Råderumsmål' });
      await targets.waitFor();
      const shown: string[] = [];
      for (const [i, year] of years.entries()) {
        const yearRow = targets
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: year, exact: true }) });
        const amount = yearRow.getByRole('cell').nth(1);
        shown.push((await amount.innerText()).trim());
        if (i === years.length - 1) {
          await amount.scrollIntoViewIfNeeded();
          await expectInView(page, amount, `mål ${year}`);
        }
      }
      for (const s of shown) expect(s).toMatch(AMOUNT);
      expect(shown).toEqual(expected.map((t) => formatAmount(t * 1000)));
      await h.shot(page, `procentmaal-${width}`);

      // The exported Mål sheet: the same whole 1.000 kr., shown with one decimal.
      await page.getByRole('button', { name: 'Eksportér katalog', exact: true }).click();
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await page.getByRole('button', { name: 'Gem katalog' }).click();
      const file = join(SHOTS, `procentmaal-${width}.xlsx`);
      await (await download).saveAs(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
      const sheet = wb.getWorksheet('Mål');
      if (!sheet) throw new Error('kataloget har intet Mål-ark');
      let targetRow: ExcelJS.Row | undefined;
      sheet.eachRow((r, n) => {
        if (n > 1 && r.getCell(1).value === 'Mål' && !targetRow) targetRow = r;
      });
      if (!targetRow) throw new Error('Mål-arket har ingen række "Mål"');
      const row = targetRow;
      const values = years.map((_, i) => row.getCell(i + 2).value);
      expect(values).toEqual(expected);
      for (const [i] of years.entries()) expect(row.getCell(i + 2).numFmt).toMatch(/0\.0(?!0)/);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
