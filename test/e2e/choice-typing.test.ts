/**
 * Vej, kategori, status and udvalg in Forslag are typed into like any cell: a label, any case, or the start of
 * one picks it with Enter; ambiguous text keeps the list open with its matches; a paste goes by the same rule and
 * leaves the same validation marks. At 1280×720 and 1920×1080.
 */
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import type { Page } from 'playwright-core';
import { pasteProposals, cell, pasteText, text, typeInCell } from './app-driver.ts';

const h = useHarness();

/** Three proposals as copied from Excel: title, committee, area, vej, kategori, status, four years. */
const EXCEL =
  'Færre vikarer\tØkonomiudvalget\tAdministration\tbrede\tEffektivisering\tForslag\t-100\t-200\t-300\t-400\r\n' +
  'Kortere åbningstid\tKultur- og Fritidsudvalget\tBiblioteker\tbrede\tServicereduktion\tForslag\t-10\t-20\t-30\t-40\r\n' +
  'Lukning af Solsikken\tBørne- og Ungeudvalget\tDagtilbud\tsmalle\tOpgavebortfald\tForslag\t-1\t-2\t-3\t-4\r\n';

/** The cell's validation mark: its marker class and the reason the grid gives on hover. */
async function mark(page: Page, rowIndex: number, colId: string): Promise<string> {
  const c = cell(page, rowIndex, colId);
  const marked = await c.evaluate((e) => e.classList.contains('cell-issue'));
  return marked ? ((await c.getAttribute('title')) ?? '(uden grund)') : '';
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  describe(`at skrive i vej, kategori, status og udvalg ved ${width}×${height}`, () => {
    it('tekst, navn eller entydig begyndelse + Enter vælger; tvetydig tekst viser de mulige', async () => {
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await pasteProposals(page, EXCEL, 3);

      await typeInCell(page, 0, 'vej', 'stille');
      await expect.poll(() => text(page, 0, 'vej')).toBe('Den stille vej');
      await typeInCell(page, 1, 'vej', 'Den direkte vej');
      await expect.poll(() => text(page, 1, 'vej')).toBe('Den direkte vej');
      await typeInCell(page, 0, 'kategori', 's');
      await expect.poll(() => text(page, 0, 'kategori')).toBe('Servicereduktion');
      await typeInCell(page, 0, 'status', 'Fravalgt');
      await expect.poll(() => text(page, 0, 'status')).toBe('Fravalgt');
      await typeInCell(page, 1, 'status', 'fravalgt');
      await expect.poll(() => text(page, 1, 'status')).toBe('Fravalgt');
      await typeInCell(page, 2, 'committee', 'kul');
      await expect.poll(() => text(page, 2, 'committee')).toBe('Kultur- og Fritidsudvalget');

      // "s" is the start of two veje: Enter keeps the list open with both; one more letter decides.
      await typeInCell(page, 2, 'vej', 's');
      const list = page.getByRole('listbox', { name: 'Vej' });
      await expect
        .poll(() => list.getByRole('option').allInnerTexts())
        .toEqual(['Den stille vej', 'Den smalle vej']);
      await h.shot(page, `valgcelle-tvetydig-${width}`);
      await page.keyboard.type('t');
      await expect.poll(() => list.getByRole('option').allInnerTexts()).toEqual(['Den stille vej']);
      await page.keyboard.press('Enter');
      await expect.poll(() => text(page, 2, 'vej')).toBe('Den stille vej');
      await list.waitFor({ state: 'detached' });

      // F2 opens the list on the cell's own value; the arrow keys move from it.
      await typeInCell(page, 1, 'kategori', 'e');
      await expect.poll(() => text(page, 1, 'kategori')).toBe('Effektivisering');
      await cell(page, 1, 'status').click();
      await page.keyboard.press('F2');
      const statuses = page.getByRole('listbox', { name: 'Status' });
      await expect.poll(() => statuses.getByRole('option', { selected: true }).innerText()).toBe('Fravalgt');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect.poll(() => text(page, 1, 'status')).toBe('Prioriteret');

      // A paste goes by the same rule: "op" is Opgavebortfald, the ambiguous "s" is refused and said so.
      await cell(page, 0, 'kategori').click();
      await pasteText(page, 'op');
      await expect.poll(() => text(page, 0, 'kategori')).toBe('Opgavebortfald');
      await cell(page, 0, 'vej').click();
      await pasteText(page, 's');
      await expect
        .poll(() => page.getByText('1 celle(r) kunne ikke læses og blev sprunget over.').count())
        .toBe(1);
      expect(await text(page, 0, 'vej')).toBe('Den stille vej');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('indsat tekst vælger efter de samme regler og får de samme mærker som skrevet tekst', async () => {
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await pasteProposals(page, EXCEL, 3);

      // A column of three cells from Excel: a value, a label and the start of one, in any case.
      await cell(page, 0, 'vej').click();
      await pasteText(page, 'stille\r\nDen direkte vej\r\nSMAL\r\n');
      await expect
        .poll(() => Promise.all([0, 1, 2].map((r) => text(page, r, 'vej'))))
        .toEqual(['Den stille vej', 'Den direkte vej', 'Den smalle vej']);
      await cell(page, 0, 'status').click();
      await pasteText(page, 'fravalgt\r\nTil modning\r\np\r\n');
      await expect
        .poll(() => Promise.all([0, 1, 2].map((r) => text(page, r, 'status'))))
        .toEqual(['Fravalgt', 'Til modning', 'Prioriteret']);
      await cell(page, 0, 'committee').click();
      await pasteText(page, 'kul\r\n');
      await expect.poll(() => text(page, 0, 'committee')).toBe('Kultur- og Fritidsudvalget');

      // An empty cell from Excel clears the vej, and the cell gets the same mark as one cleared by typing (Delete).
      await cell(page, 0, 'vej').click();
      await pasteText(page, '\r\n');
      await expect.poll(() => text(page, 0, 'vej')).toBe('');
      await cell(page, 1, 'vej').click();
      await page.keyboard.press('Delete');
      await expect.poll(() => text(page, 1, 'vej')).toBe('');
      const missing = 'Vej mangler: vælg en af de fem veje.';
      await expect.poll(() => mark(page, 0, 'vej')).toBe(missing);
      expect(await mark(page, 1, 'vej')).toBe(missing);
      expect(await mark(page, 2, 'vej')).toBe('');

      // Picked again by a paste and by typing: both marks go.
      await cell(page, 0, 'vej').click();
      await pasteText(page, 'brede');
      await typeInCell(page, 1, 'vej', 'tv');
      await expect.poll(() => text(page, 1, 'vej')).toBe('Den tværgående vej');
      expect(await text(page, 0, 'vej')).toBe('Den brede vej');
      await expect.poll(() => mark(page, 0, 'vej')).toBe('');
      expect(await mark(page, 1, 'vej')).toBe('');

      // Text that is no kategori is refused when pasted, and said so; the cell keeps its value and has no mark.
      await cell(page, 2, 'kategori').click();
      await pasteText(page, 'sparerunde');
      await expect
        .poll(() => page.getByText('1 celle(r) kunne ikke læses og blev sprunget over.').count())
        .toBe(1);
      expect(await text(page, 2, 'kategori')).toBe('Opgavebortfald');
      expect(await mark(page, 2, 'kategori')).toBe('');
      await h.shot(page, `valgcelle-indsat-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
