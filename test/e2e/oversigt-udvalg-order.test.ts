/**
 * Issue 10 §4: Oversigt lists the udvalg in the budget's order, as Budget's udvalg summary does, not alphabetically.
 * The budget is built here with its udvalg in an order that is not alphabetical (Social before Børne before Teknik),
 * and the proposals name them in yet another (alphabetical) order; an udvalg only a proposal names comes after the
 * budget's, and proposals without udvalg last. At 1280×720 and 1920×1080.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, useHarness } from './harness.ts';
import { cell, chooseFiles, pasteText, row } from './app-driver.ts';

const h = useHarness();
let workbook: string;

/** The budget's udvalg, in the file's order (deliberately not alphabetical). */
const BUDGET_ORDER = ['Social- og Sundhedsudvalget', 'Børne- og Ungeudvalget', 'Teknik- og Miljøudvalget'];

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget 2026');
  ws.addRow(['Udvalg', 'Politikområde', 'Tekst', 'Budget 2026', 'BO 2027', 'BO 2028', 'BO 2029']);
  const lines: [string, string, string, number][] = [
    ['Social- og Sundhedsudvalget', 'Ældre', 'Hjemmepleje', 250_000],
    ['Social- og Sundhedsudvalget', 'Sundhed', 'Genoptræning', 41_000],
    ['Børne- og Ungeudvalget', 'Skoler', 'Folkeskoler', 412_000],
    ['Børne- og Ungeudvalget', 'Dagtilbud', 'Vuggestuer', 98_000],
    ['Teknik- og Miljøudvalget', 'Veje', 'Vintertjeneste', 12_500],
  ];
  for (const [committee, area, text, amount] of lines)
    ws.addRow([committee, area, text, amount, amount, amount, amount]);
  mkdirSync(SHOTS, { recursive: true });
  workbook = join(SHOTS, 'budget-udvalgsorden.xlsx');
  writeFileSync(workbook, new Uint8Array(await wb.xlsx.writeBuffer()));
});

/** Proposals as copied from Excel, their udvalg in alphabetical order, one not in the budget and one without. */
const EXCEL = [
  ['Færre vikarer', 'Børne- og Ungeudvalget', 'Skoler'],
  ['Lukket svømmehal', 'Kultur- og Fritidsudvalget', 'Idræt'],
  ['Rehabilitering', 'Social- og Sundhedsudvalget', 'Ældre'],
  ['Færre saltninger', 'Teknik- og Miljøudvalget', 'Veje'],
  ['Uden ejer', '', ''],
]
  .map(
    ([title, committee, area]) =>
      `${title}\t${committee}\t${area}\tbrede\tEffektivisering\tForslag\t-1\t-2\t-3\t-4\r\n`,
  )
  .join('');

const rowHeads = async (rows: Locator): Promise<string[]> =>
  (await rows.allInnerTexts()).map((t) => t.replace(/^[▸▾]\s*/, '').trim());

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  describe(`udvalgenes rækkefølge ved ${width}×${height}`, () => {
    it('Oversigt viser udvalgene i budgettets rækkefølge som Budget, ikke alfabetisk', async () => {
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await chooseFiles(page, 'Nyt projekt fra budget', [workbook]);
      await page.getByRole('button', { name: 'Importér budget' }).click();
      await page.getByRole('dialog', { name: 'Budget importeret' }).waitFor({ timeout: 25_000 });
      await page.getByRole('button', { name: 'Luk', exact: true }).click();

      // Budget's udvalg summary keeps the file's order.
      await page.getByRole('tab', { name: 'Budget' }).click();
      const summary = page.getByRole('table', { name: 'Udvalg og politikområder' });
      await summary.waitFor();
      expect(await rowHeads(summary.locator('tr.committee-row th'))).toEqual(BUDGET_ORDER);

      await page.getByRole('tab', { name: 'Forslag' }).click();
      await page.getByRole('button', { name: 'Nyt forslag' }).click();
      await cell(page, 0, 'title').click();
      await pasteText(page, EXCEL);
      await row(page, 4).waitFor();

      await page.getByRole('tab', { name: 'Oversigt' }).click();
      const perCommittee = page.getByRole('table', { name: 'Pr. udvalg' });
      await perCommittee.waitFor();
      const shown = await rowHeads(perCommittee.locator('tbody th[scope="row"]'));
      expect(shown).toEqual([...BUDGET_ORDER, 'Kultur- og Fritidsudvalget', 'Uden udvalg', 'I alt']);
      // (The budget's order is not the alphabetical one, so the test tells them apart.)
      expect(BUDGET_ORDER).not.toEqual([...BUDGET_ORDER].sort((a, b) => a.localeCompare(b, 'da')));
      await perCommittee.scrollIntoViewIfNeeded();
      await h.shot(page, `oversigt-udvalgsorden-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
