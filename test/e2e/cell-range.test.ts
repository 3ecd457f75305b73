/**
 * A block of cells in the Forslag grid, chosen as in Excel with Shift+click or Shift+arrow keys: copied out as
 * the block, cleared with Delete, filled with one pasted value, filled down with Ctrl+D, and each of these
 * undone in one step.
 */
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { pasteProposals, cell, cellTexts, copiedText, pasteText, text } from './app-driver.ts';

const h = useHarness();

/** Three proposals as copied from Excel: title, committee, area, vej, kategori, status, four years. */
const EXCEL =
  'Færre vikarer\tØkonomiudvalget\tAdministration\tbrede\tEffektivisering\tForslag\t-100\t-200\t-300\t-400\r\n' +
  'Kortere åbningstid\tKultur- og Fritidsudvalget\tBiblioteker\tbrede\tServicereduktion\tForslag\t-10\t-20\t-30\t-40\r\n' +
  'Lukning af Solsikken\tBørne- og Ungeudvalget\tDagtilbud\tsmalle\tOpgavebortfald\tForslag\t-1\t-2\t-3\t-4\r\n';

/** A fresh page with the three proposals pasted into the Forslag grid. */
async function threeProposals(): ReturnType<typeof h.newPage> {
  const opened = await h.newPage();
  const { page } = opened;
  await pasteProposals(page, EXCEL, 3);
  return opened;
}

describe('en blok af celler i Forslag', () => {
  it('Shift+klik vælger en blok, der kopieres som blok, ryddes med Delete og fyldes med én indsat værdi', async () => {
    const { page, context, errors } = await threeProposals();

    // From 2026 in the first row to 2027 in the third: three rows, two years.
    await cell(page, 0, 'amount:0').click();
    await cell(page, 2, 'amount:1').click({ modifiers: ['Shift'] });
    expect(await copiedText(page)).toBe('-100\t-200\r\n-10\t-20\r\n-1\t-2\r\n');
    await h.shot(page, 'forslag-blok');

    await page.keyboard.press('Delete');
    await expect
      .poll(() => cellTexts(page, 1, ['amount:0', 'amount:1', 'amount:2']))
      .toEqual(['0,0', '0,0', '-30,0']);
    expect(await cellTexts(page, 0, ['title', 'amount:0', 'amount:2'])).toEqual([
      'Færre vikarer',
      '0,0',
      '-300,0',
    ]);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => cellTexts(page, 2, ['amount:0', 'amount:1'])).toEqual(['-1,0', '-2,0']);

    // One value pasted into the block fills every cell of it.
    await pasteText(page, '-5');
    await expect
      .poll(() => cellTexts(page, 2, ['amount:0', 'amount:1', 'amount:2']))
      .toEqual(['-5,0', '-5,0', '-3,0']);
    expect(await cellTexts(page, 0, ['amount:0', 'amount:1'])).toEqual(['-5,0', '-5,0']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Shift+pil udvider blokken fra den valgte celle; Ctrl+D fylder blokkens øverste række nedad', async () => {
    const { page, context, errors } = await threeProposals();

    await cell(page, 0, 'vej').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await copiedText(page)).toBe(
      'Den brede vej\tEffektivisering\r\nDen brede vej\tServicereduktion\r\nDen smalle vej\tOpgavebortfald\r\n',
    );
    await page.keyboard.press('Control+D');
    await expect.poll(() => text(page, 2, 'kategori')).toBe('Effektivisering');
    expect(await cellTexts(page, 2, ['vej', 'kategori', 'title'])).toEqual([
      'Den brede vej',
      'Effektivisering',
      'Lukning af Solsikken',
    ]);
    // A click without Shift ends the block: copy is the one cell again.
    await cell(page, 1, 'title').click();
    expect(await copiedText(page)).toBe('Kortere åbningstid\r\n');
    expect(errors).toEqual([]);
    await context.close();
  });
});
