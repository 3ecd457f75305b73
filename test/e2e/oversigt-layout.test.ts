/**
 * Issue 10 §4 in the browser: Oversigt uses the width (two columns of tables at 1920, one at 1280), lists the
 * udvalg in the budget's order, totals vej × kategori both ways, lists every status (Fravalgt too) and sums the
 * proposals' årsværk per plan year. The budget and the proposal forms are the public fixtures.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { STATUS_LABEL, STATUSES } from '../../shared/model/index.ts';
import { readExpected } from '../helpers/fixtures.ts';
import { FIXTURES, useHarness } from './harness.ts';
import { chooseFiles, newProjectFromBudget, rowNumbers } from './app-driver.ts';

const h = useHarness();

interface Expected {
  proposals: { nr: string; aarsvaerk: Record<string, number> }[];
}

async function rowHeads(table: Locator): Promise<string[]> {
  return (await table.locator('tbody th[scope="row"]').allInnerTexts()).map((t) =>
    t.replace(/^[▸▾]\s*/, '').trim(),
  );
}

describe('Oversigt bruger bredden og viser alle tal', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`ved ${width}×${height}: ${width > 1600 ? 'to' : 'én'} kolonne(r) tabeller, udvalg i budgettets rækkefølge, vej × kategori med totaler, Fravalgt, årsværk i alt`, async () => {
      const expected = readExpected<Expected>('proposal-forms.xlsx');
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await newProjectFromBudget(page, FIXTURES, 'budget-clean.xlsx');
      await chooseFiles(page, 'Importér forslag', [join(FIXTURES, 'proposal-forms.xlsx')]);
      const report = page.getByRole('dialog', { name: 'Forslag importeret' });
      await report.waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Luk', exact: true }).click();
      await report.waitFor({ state: 'detached' });

      await page.getByRole('tab', { name: 'Budget' }).click();
      const budgetSummary = page.getByRole('table', { name: 'Udvalg og politikområder' });
      await budgetSummary.waitFor();
      const budgetOrder = (await budgetSummary.locator('tr.committee-row th').allInnerTexts()).map((t) =>
        t.replace(/^[▸▾]\s*/, '').trim(),
      );
      expect(budgetOrder.length).toBeGreaterThan(2);

      await page.getByRole('tab', { name: 'Oversigt' }).click();
      const totals = page.getByRole('table', { name: 'Total pr. år' });
      await totals.waitFor();

      // Udvalg: those with proposals, in the budget's order (not alphabetical).
      const udvalg = (await rowHeads(page.getByRole('table', { name: 'Pr. udvalg' }))).filter(
        (t) => t !== 'I alt',
      );
      expect(udvalg.length).toBeGreaterThan(1);
      expect(udvalg).toEqual(budgetOrder.filter((c) => udvalg.includes(c)));

      // Vej × kategori: each row's "I alt" is its cells summed, the "I alt" row each column summed.
      const vk = page.getByRole('table', { name: /^Vej × kategori/ });
      const bodyRows = vk.locator('tbody tr');
      const n = await bodyRows.count();
      const matrix: number[][] = [];
      for (let r = 0; r < n; r++) matrix.push(await rowNumbers(bodyRows.nth(r)));
      const sumRow = matrix.pop() ?? [];
      expect(
        await bodyRows
          .nth(n - 1)
          .locator('th')
          .innerText(),
      ).toBe('I alt');
      const round1 = (x: number) => Math.round(x * 10) / 10;
      for (const cells of matrix)
        expect(cells.at(-1)).toBeCloseTo(round1(cells.slice(0, -1).reduce((a, b) => a + b, 0)), 0);
      sumRow.forEach((x, c) =>
        expect(x).toBeCloseTo(
          matrix.reduce((a, cells) => a + (cells[c] ?? 0), 0),
          0,
        ),
      );
      expect(sumRow.some((x) => x !== 0)).toBe(true);

      // Pr. status: every status, Fravalgt too (not counted: 0,0).
      const status = page.getByRole('table', { name: 'Pr. status' });
      const fravalgt = status.getByRole('row', { name: /^Fravalgt/ });
      expect(await rowNumbers(fravalgt)).toEqual([0, 0, 0, 0]);
      expect(
        (await rowHeads(status))
          .filter((t) => t !== 'I alt')
          .map((t) => t.replace(/ \(medregnes ikke\)$/, '')),
      ).toEqual(STATUSES.map((st) => STATUS_LABEL[st]));

      // Årsværk i alt per plan year = the proposals' årsværk summed here.
      const years = ['2026', '2027', '2028', '2029'];
      const fte = years.map((y) => round1(expected.proposals.reduce((a, p) => a + (p.aarsvaerk[y] ?? 0), 0)));
      const fteRow = page
        .getByRole('table', { name: 'Årsværk pr. år' })
        .getByRole('row', { name: /^Årsværk i alt/ });
      expect(await rowNumbers(fteRow)).toEqual(fte);

      // Two columns at 1920 (side by side), one at 1280 (one under the other).
      const a = await totals.boundingBox();
      const b = await page.getByRole('table', { name: 'Pr. kategori' }).boundingBox();
      if (!a || !b) throw new Error('tabellerne vises ikke');
      if (width > 1600) {
        expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
        expect(Math.abs(b.y - a.y)).toBeLessThan(40);
      } else {
        expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
        expect(Math.abs(b.x - a.x)).toBeLessThan(2);
      }
      await h.shot(page, `oversigt-layout-${width}`);
      await page.getByRole('table', { name: /^Vej × kategori/ }).scrollIntoViewIfNeeded();
      await h.shot(page, `oversigt-layout-${width}-nede`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
