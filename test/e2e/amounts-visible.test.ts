/**
 * Issue 10 §3 in the browser: the amounts come first and are never clipped. At 1280×720 and 1920×1080 every plan
 * year of the Budget grid, the udvalg summary and the Forslag grid lies inside the viewport (the Forslag grid's beside
 * the open detail panel, not under it); the detail panel's last
 * year is whole; every amount on screen has one decimal; the wizard's "Importér budget" is in view without
 * scrolling and no mapping label runs into its field.
 */
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useHarness } from './harness.ts';
import { chooseFiles, cell, expectInView } from './app-driver.ts';

const h = useHarness();

const AMOUNT = /^-?\d{1,3}(\.\d{3})*,\d$/;
const YEARS = ['2026', '2027', '2028', '2029'];

/** The text fits its cell: nothing of it is cut off at the right. */
async function expectWhole(target: Locator, what: string): Promise<void> {
  const cut = await target.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
  expect(cut, what).toBe(false);
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  describe(`beløbene først ved ${width}×${height}`, () => {
    it('guiden, Budget, Forslag, detaljepanelet og Oversigt viser hvert planår helt og med én decimal', async () => {
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });

      // The wizard: its button in view at once; every mapping label beside, not under, its field.
      await chooseFiles(page, 'Nyt projekt fra budget', [join(FIXTURES, 'budget-clean.xlsx')]);
      const confirm = page.getByRole('button', { name: 'Importér budget' });
      await confirm.waitFor();
      await expectInView(page, confirm, 'Importér budget');
      await expectInView(page, page.getByRole('button', { name: 'Annuller' }), 'Annuller');
      const overlaps = await page.locator('.mapping-grid label').evaluateAll((labels) =>
        labels.flatMap((label) => {
          const select = label.querySelector('select');
          const text = label.firstChild;
          if (!select || !text) return [];
          const range = document.createRange();
          range.selectNodeContents(text);
          const t = range.getBoundingClientRect();
          const s = select.getBoundingClientRect();
          return t.right > s.left + 0.5 || t.width === 0 ? [label.textContent ?? ''] : [];
        }),
      );
      expect(overlaps).toEqual([]);
      await h.shot(page, `guide-${width}`);
      await confirm.click();
      await page.getByRole('dialog', { name: 'Budget importeret' }).waitFor();
      await page.getByRole('button', { name: 'Luk', exact: true }).click();

      // Budget: the grid's plan years and the summary's, inside the viewport, amounts whole.
      await page.getByRole('tab', { name: 'Budget' }).click();
      const budgetGrid = page.getByRole('grid').first();
      await budgetGrid.locator('[role="row"][row-index="0"]').first().waitFor();
      for (const year of YEARS) {
        await expectInView(
          page,
          budgetGrid.getByRole('columnheader', { name: year, exact: true }),
          `Budget ${year}`,
        );
      }
      const summary = page.getByRole('table', { name: 'Udvalg og politikområder' });
      for (const year of YEARS) {
        await expectInView(
          page,
          summary.getByRole('columnheader', { name: year, exact: true }),
          `udvalg ${year}`,
        );
      }
      const total = summary.getByRole('row', { name: /^I alt/ }).getByRole('cell');
      for (const c of await total.all()) {
        expect((await c.innerText()).trim()).toMatch(AMOUNT);
        await expectInView(page, c, 'I alt i udvalgsoversigten');
        await expectWhole(c, 'I alt i udvalgsoversigten');
      }
      await h.shot(page, `budget-${width}`);

      // Forslag: the four plan years beside number and title.
      await chooseFiles(page, 'Importér forslag', [join(FIXTURES, 'proposals-list.xlsx')]);
      await page.getByRole('dialog', { name: 'Forslag importeret' }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Luk', exact: true }).click();
      await page.getByRole('tab', { name: 'Forslag' }).click();
      const grid = page.getByRole('grid').first();
      for (const name of ['Nr.', 'Titel', ...YEARS]) {
        await expectInView(page, grid.getByRole('columnheader', { name, exact: true }), `Forslag ${name}`);
      }
      for (const [i] of YEARS.entries()) {
        const c = cell(page, 0, `amount:${i}`);
        expect((await c.innerText()).trim()).toMatch(AMOUNT);
        await expectWhole(c, `Forslag række 1, år ${i + 1}`);
      }
      await h.shot(page, `forslag-${width}`);

      // The detail panel: the last year whole, one decimal.
      await cell(page, 0, 'title').click();
      await page.getByRole('button', { name: 'Vis detaljer' }).click();
      const panel = page.getByRole('complementary', { name: 'Detaljer' });
      await panel.waitFor();
      // With the panel open the plan years are still in view beside number and title, none under the panel.
      const panelBox = await panel.boundingBox();
      if (!panelBox) throw new Error('detaljepanelet vises ikke');
      const gridRight = async (name: string) => {
        const box = await grid.getByRole('columnheader', { name, exact: true }).boundingBox();
        return (box?.x ?? Infinity) + (box?.width ?? 0);
      };
      for (const name of ['Nr.', 'Titel', ...YEARS]) {
        const header = grid.getByRole('columnheader', { name, exact: true });
        await expect
          .poll(() => gridRight(name), { message: `${name} før panelet` })
          .toBeLessThanOrEqual(panelBox.x + 0.5);
        await expectInView(page, header, `Forslag ${name} med panelet åbent`);
      }
      // …none scrolled in under the pinned number and title, and the amounts whole beside the vertical scrollbar.
      const titleRight = await gridRight('Titel');
      // The rows end where the vertical scrollbar begins.
      const rowsRight =
        (await page.locator('.forslag-view .ag-body-vertical-scroll').first().boundingBox())?.x ?? 0;
      for (const [i, year] of YEARS.entries()) {
        const box = await grid.getByRole('columnheader', { name: year, exact: true }).boundingBox();
        expect(box?.x ?? -1, `${year} efter Titel`).toBeGreaterThanOrEqual(titleRight - 0.5);
        const c = await cell(page, 0, `amount:${i}`).boundingBox();
        expect((c?.x ?? Infinity) + (c?.width ?? 0), `${year} helt synlig`).toBeLessThanOrEqual(
          rowsRight + 0.5,
        );
      }
      const net = panel.getByRole('row', { name: /^Netto/ }).getByRole('cell');
      for (const c of await net.all()) {
        expect((await c.innerText()).trim()).toMatch(AMOUNT);
        await expectInView(page, c, 'Netto i detaljepanelet');
        await expectWhole(c, 'Netto i detaljepanelet');
      }
      await h.shot(page, `detaljer-${width}`);

      // Oversigt: every amount in every table has one decimal.
      await page.getByRole('tab', { name: 'Oversigt' }).click();
      const amounts = await page.locator('.oversigt table.totals td.amount').allInnerTexts();
      expect(amounts.length).toBeGreaterThan(20);
      for (const a of amounts) expect(a.trim().split(/\s/)[0]).toMatch(AMOUNT);
      // …and none is cut short: every amount cell of every table holds its whole text.
      const cut = await page
        .locator('.oversigt table.totals td.amount')
        .evaluateAll((cells) =>
          cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
        );
      expect(cut).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
