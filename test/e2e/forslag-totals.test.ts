/**
 * Issue 10 §4, Excel where Excel is good: the Forslag grid's pinned totals row ("I alt (n forslag)") sums the rows
 * the filters show, per plan year, stays in view, and each total says what it is made of; the status line shows
 * the sum, average and count of a selected block, as Excel's status bar does. At 1280×720 and 1920×1080.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatAmount, parseDanishNumber } from '../../shared/numbers/index.ts';
import { useHarness } from './harness.ts';
import { pasteProposals, cell, expectInView, grid } from './app-driver.ts';

const h = useHarness();
/** The plan years' columns (an empty project's years follow the calendar). */
const YEARS = [0, 1, 2, 3];

/** Four proposals as typed in Excel (1.000 kr.): title, committee, area, vej, kategori, status, four years. */
const TYPED: { title: string; vej: string; amounts: number[] }[] = [
  { title: 'Færre vikarer', vej: 'brede', amounts: [-100.5, -200, -300.25, -400] },
  { title: 'Kortere åbningstid', vej: 'brede', amounts: [-10, -20.4, -30, -40] },
  { title: 'Lukning af Solsikken', vej: 'smalle', amounts: [-1.2, -2, -3, -4.75] },
  { title: 'Ny legeplads', vej: 'direkte', amounts: [250, 0, 12.5, 12.5] },
];
const danish = (n: number): string => String(n).replace('.', ',');
const EXCEL = TYPED.map(
  (p) =>
    `${p.title}\tØkonomiudvalget\tAdministration\t${p.vej}\tEffektivisering\tForslag\t${p.amounts.map(danish).join('\t')}\r\n`,
).join('');

const num = (text: string): number => parseDanishNumber(text.trim()) ?? Number.NaN;
/** The sum in 1.000 kr. of the typed amounts of `rows` for year index `i`, as the screen shows it. */
const expectedTotal = (rows: typeof TYPED, i: number): string =>
  formatAmount(Math.round(rows.reduce((s, p) => s + (p.amounts[i] ?? 0) * 1000, 0)));

const totalsCell = (page: Page, colId: string): Locator =>
  grid(page).locator(`.ag-row-pinned [col-id="${colId}"]`).first();

/** The totals row shows, per plan year, the sum of `rows`, in view. */
async function expectTotals(page: Page, rows: typeof TYPED, what: string): Promise<void> {
  await expect
    .poll(async () => `${what}: ${(await totalsCell(page, 'title').innerText()).trim()}`)
    .toBe(`${what}: I alt (${rows.length} forslag)`);
  for (const i of YEARS) {
    const year = `år ${i + 1}`;
    const c = totalsCell(page, `amount:${i}`);
    await expect
      .poll(async () => `${what} ${year}: ${(await c.innerText()).trim()}`)
      .toBe(`${what} ${year}: ${expectedTotal(rows, i)}`);
    await expectInView(page, c, `${what} ${year}`);
  }
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  describe(`Forslag i alt og statuslinjens sum ved ${width}×${height}`, () => {
    it('i alt-rækken summerer de viste forslag, følger filteret og siger, hvad tallet består af', async () => {
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await pasteProposals(page, EXCEL, TYPED.length);

      await expectTotals(page, TYPED, 'alle');
      await h.shot(page, `forslag-i-alt-${width}`);

      // The totals row is no proposal: a double click edits nothing and selects no row.
      await totalsCell(page, 'title').dblclick();
      expect(await grid(page).locator('.ag-cell-inline-editing').count()).toBe(0);
      expect(await grid(page).locator('.ag-row-pinned.ag-row-selected').count()).toBe(0);

      // A filter: only the broad way's two proposals count.
      await page.getByRole('combobox', { name: 'Filtrér på vej' }).selectOption({ value: 'brede' });
      const brede = TYPED.filter((p) => p.vej === 'brede');
      await expectTotals(page, brede, 'brede');

      // A year's total asks what it is made of: exactly the shown proposals, summing to the number.
      const total2028 = totalsCell(page, 'amount:2').getByRole('button', {
        name: /^Forslag vist i gitteret, i alt \d{4}: /,
      });
      const shown = num(await total2028.innerText());
      await total2028.click();
      const dialog = page.getByRole('dialog', { name: 'Hvad består tallet af?' });
      await dialog.waitFor();
      await expect.poll(() => dialog.getByText('er summen af disse 2 forslag').count()).toBe(1);
      const items = dialog.locator('.ag-row:not(.ag-row-pinned)');
      await expect.poll(() => items.count()).toBe(2);
      const titles: string[] = [];
      let sum = 0;
      for (const r of await items.all()) {
        const cells = (await r.locator('[role="gridcell"]').allInnerTexts()).map((t) => t.trim());
        titles.push(cells[1] ?? '');
        sum += Math.round(num(cells[2] ?? '') * 1000);
      }
      expect(titles.sort()).toEqual(brede.map((p) => p.title).sort());
      expect(sum).toBe(Math.round(shown * 1000));
      expect(await dialog.getByText(/stemmer ikke/).count()).toBe(0);
      await h.shot(page, `forslag-i-alt-spor-${width}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(errors).toEqual([]);
      await context.close();
    });

    it('en markeret blok viser sum, gennemsnit og antal i statuslinjen', async () => {
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await pasteProposals(page, EXCEL, TYPED.length);
      const stats = page.getByRole('group', { name: 'De markerede celler' });

      // One cell: nothing, as in Excel.
      await cell(page, 0, 'amount:0').click();
      expect(await stats.count()).toBe(0);

      // 2026–2028 of the first three rows: nine amounts.
      await cell(page, 2, 'amount:2').click({ modifiers: ['Shift'] });
      const block = TYPED.slice(0, 3).flatMap((p) => p.amounts.slice(0, 3));
      const sumKr = Math.round(block.reduce((s, a) => s + a * 1000, 0));
      await expect
        .poll(async () => (await stats.innerText()).replace(/\s+/g, ' ').trim())
        .toBe(
          `Sum: ${formatAmount(sumKr)} Gennemsnit: ${formatAmount(sumKr / block.length)} Antal: ${block.length}`,
        );
      await expectInView(page, stats, 'statuslinjens sum');
      await h.shot(page, `forslag-statussum-${width}`);

      // A block with text cells counts only its amounts.
      await cell(page, 0, 'status').click();
      await cell(page, 1, 'amount:0').click({ modifiers: ['Shift'] });
      await expect.poll(async () => (await stats.innerText()).includes('Antal: 2')).toBe(true);

      // Back to one cell: gone.
      await cell(page, 3, 'title').click();
      await expect.poll(() => stats.count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
