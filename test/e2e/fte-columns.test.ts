/**
 * Årsværk per plan year (issue 10 §4), at 1280×720 and 1920×1080: a column per year in Forslag, typed into and
 * undone like an amount and summed in the pinned totals row, hidden and shown again with "Vis årsværk" (remembered
 * in this browser); fields per year in the detail panel, checked against the same bound, each change one undo step
 * that names its year; and the totals in Oversigt's "Årsværk pr. år" following every change.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import {
  cell,
  expectInView,
  grid,
  pasteText,
  row,
  rowNumbers,
  startEmptyProject,
  text,
  pasteProposals,
} from './app-driver.ts';

const h = useHarness();

/** Two proposals as copied from Excel: title, committee, area, vej, kategori, status, four years. */
const EXCEL =
  'Færre vikarer\tØkonomiudvalget\tAdministration\tbrede\tEffektivisering\tForslag\t-100\t-200\t-300\t-400\r\n' +
  'Kortere åbningstid\tKultur- og Fritidsudvalget\tBiblioteker\tbrede\tServicereduktion\tForslag\t-10\t-20\t-30\t-40\r\n';

/** The plan years as the grid's amount headers show them (an empty project's years follow the calendar). */
async function planYears(page: Page): Promise<string[]> {
  const headers = [0, 1, 2, 3].map((i) => grid(page).locator(`[role="columnheader"][col-id="amount:${i}"]`));
  return Promise.all(headers.map(async (x) => (await x.innerText()).trim()));
}

async function fteTotals(page: Page): Promise<number[]> {
  await page.getByRole('tab', { name: 'Oversigt' }).click();
  const totals = page
    .getByRole('table', { name: 'Årsværk pr. år' })
    .getByRole('row', { name: /^Årsværk i alt/ });
  const numbers = await rowNumbers(totals);
  await page.getByRole('tab', { name: 'Forslag' }).click();
  return numbers;
}

/**
 * Moves along the first row with the arrow keys, as a user would, to its last column; the columns off screen are
 * not drawn until the grid scrolls to them. Answers the column it stops at.
 */
async function toRowEnd(page: Page): Promise<string> {
  await cell(page, 0, 'title').click();
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('col-id') ?? '');
  let at = await focused();
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press('ArrowRight');
    const next = await focused();
    if (next === at) break;
    at = next;
  }
  return at;
}

/** The first row's årsværk as the grid shows them. */
async function gridFte(page: Page): Promise<string[]> {
  await toRowEnd(page);
  return Promise.all([0, 1, 2, 3].map((i) => text(page, 0, `fte:${i}`)));
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  describe(`årsværk pr. planår ved ${width}×${height}`, () => {
    it('et årsværk skrevet i gitteret står i sin kolonne og fortrydes med Ctrl+Z; Vis årsværk skjuler og viser kolonnerne', async () => {
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await pasteProposals(page, EXCEL, 2);
      const years = await planYears(page);
      await expect.poll(() => toRowEnd(page)).toBe('fte:3');
      await expectInView(
        page,
        grid(page).getByRole('columnheader', { name: `Årsværk ${years[3] ?? ''}` }),
        'sidste årsværk',
      );

      await cell(page, 0, 'catalogue').click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.type('-1,5');
      await page.keyboard.press('Enter');
      await expect.poll(() => text(page, 0, 'fte:0')).toBe('-1,50');
      await h.shot(page, `aarsvaerk-gitter-${width}`);
      await page.keyboard.press('Control+Z');
      await expect.poll(() => text(page, 0, 'fte:0')).toBe('0,00');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Fortrudt' }).count()).toBe(1);

      // "Vis årsværk" off: the four columns go; the amounts and the catalogue stay.
      const toggle = page.getByRole('checkbox', { name: 'Vis årsværk' });
      expect(await toggle.isChecked()).toBe(true);
      await toggle.uncheck();
      await expect.poll(() => toRowEnd(page)).toBe('catalogue');
      expect(
        await grid(page)
          .getByRole('columnheader', { name: /^Årsværk/ })
          .count(),
      ).toBe(0);
      await expectInView(
        page,
        grid(page).getByRole('columnheader', { name: 'Katalog', exact: true }),
        'Katalog',
      );
      await h.shot(page, `aarsvaerk-skjult-${width}`);

      // Remembered in this browser: a new window starts with them hidden, and the box brings them back. (A new
      // context with this one's local storage, not its IndexedDB: the unsaved work here would be offered back.)
      const later = await h.browser.newContext({
        storageState: await context.storageState(),
        viewport: { width, height },
      });
      const again = await later.newPage();
      await again.goto(h.url);
      await startEmptyProject(again);
      await again.getByRole('button', { name: 'Nyt forslag' }).click();
      await row(again, 0).waitFor();
      expect(await again.getByRole('checkbox', { name: 'Vis årsværk' }).isChecked()).toBe(false);
      expect(await toRowEnd(again)).toBe('catalogue');
      await again.getByRole('checkbox', { name: 'Vis årsværk' }).check();
      await expect.poll(() => toRowEnd(again)).toBe('fte:3');
      await expectInView(
        again,
        grid(again).getByRole('columnheader', { name: `Årsværk ${years[3] ?? ''}`, exact: true }),
        'Årsværk igen',
      );
      await later.close();
      expect(errors).toEqual([]);
      await context.close();
    });

    it('detaljepanelets årsværksfelter retter gitteret og Oversigts årsværk i alt; fortryd nævner året', async () => {
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await pasteProposals(page, EXCEL, 2);
      const years = await planYears(page);
      const id = await text(page, 0, 'id');

      await cell(page, 0, 'title').click();
      await page.getByRole('button', { name: 'Vis detaljer' }).click();
      const panel = page.getByRole('complementary', { name: 'Detaljer' });
      const field = (i: number) =>
        panel.getByRole('textbox', { name: `Årsværk ${years[i] ?? ''}`, exact: true });
      expect(await Promise.all([0, 1, 2, 3].map((i) => field(i).inputValue()))).toEqual([
        '0,00',
        '0,00',
        '0,00',
        '0,00',
      ]);

      // One year typed: its grid cell and Oversigt's total follow; undo names the year.
      await field(1).click();
      await page.keyboard.type('-2,5');
      await page.keyboard.press('Enter');
      await expect.poll(() => field(1).inputValue()).toBe('-2,50');
      expect(await gridFte(page)).toEqual(['0,00', '-2,50', '0,00', '0,00']);
      const undo = page.getByRole('button', { name: 'Fortryd', exact: true });
      expect(await undo.getAttribute('title')).toBe(
        `Fortryd ændring af Årsværk ${years[1] ?? ''} i ${id} (Ctrl+Z)`,
      );
      await h.shot(page, `aarsvaerk-detaljer-${width}`);
      await field(1).scrollIntoViewIfNeeded();
      const box = await field(1).boundingBox();
      expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(width);

      // A row of four cells from Excel fills the four years at once, as one step.
      await field(0).click();
      await pasteText(page, '-1\t-2\t-3\t-4,25\r\n');
      await expect.poll(() => field(3).inputValue()).toBe('-4,25');
      expect(await gridFte(page)).toEqual(['-1,00', '-2,00', '-3,00', '-4,25']);
      // The pinned totals row sums the årsværk of the rows shown, as it sums the amounts.
      const fteTotal = grid(page).locator('.ag-row-pinned [col-id="fte:3"]').first();
      expect((await fteTotal.innerText()).trim()).toBe('-4,25');
      expect(await undo.getAttribute('title')).toBe(
        `Fortryd ændring af Årsværk ${years[0] ?? ''}–${years[3] ?? ''} i ${id} (Ctrl+Z)`,
      );
      expect(await fteTotals(page)).toEqual([-1, -2, -3, -4.3]);

      // Text that is no number, or beyond the bound on one year's årsværk, is marked and changes nothing.
      for (const typed of ['mange', '100.000']) {
        await field(2).fill(typed);
        await field(2).press('Enter');
        expect(await field(2).getAttribute('aria-invalid'), typed).toBe('true');
        expect(await field(2).getAttribute('title'), typed).toContain('er ikke et antal årsværk');
      }
      await field(2).press('Escape');
      expect((await gridFte(page))[2]).toBe('-3,00');
      await expect.poll(() => field(2).inputValue()).toBe('-3,00');

      // Undo takes back the pasted row, then the typed year: the grid and Oversigt follow.
      await undo.click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Fortrudt' }).innerText())
        .toBe(`Fortrudt: ændring af Årsværk ${years[0] ?? ''}–${years[3] ?? ''} i ${id}`);
      await expect.poll(() => field(0).inputValue()).toBe('0,00');
      expect(await gridFte(page)).toEqual(['0,00', '-2,50', '0,00', '0,00']);
      expect(await fteTotals(page)).toEqual([0, -2.5, 0, 0]);
      await undo.click();
      await expect.poll(() => field(1).inputValue()).toBe('0,00');
      expect(await gridFte(page)).toEqual(['0,00', '0,00', '0,00', '0,00']);
      expect((await fteTotal.innerText()).trim()).toBe('0,00');
      expect(await fteTotals(page)).toEqual([0, 0, 0, 0]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
