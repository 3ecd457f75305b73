/** Årsværk per plan year in Forslag: a column per year after the catalogue, typed into and undone like an amount. */
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { cell, pasteText, row, startEmptyProject, text } from './app-driver.ts';

const h = useHarness();

describe('årsværk pr. planår i Forslag', () => {
  it('et årsværk skrevet i gitteret står i sin kolonne og fortrydes med Ctrl+Z', async () => {
    const { page, context, errors } = await h.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await startEmptyProject(page);
    await page.getByRole('button', { name: 'Nyt forslag' }).click();
    await cell(page, 0, 'title').click();
    await pasteText(
      page,
      'Færre vikarer\tØkonomiudvalget\tAdministration\tbrede\tEffektivisering\tForslag\t-100\r\n',
    );
    await row(page, 0).waitFor();
    await expect.poll(() => page.getByRole('columnheader', { name: 'Årsværk 2027' }).count()).toBe(1);

    await cell(page, 0, 'catalogue').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('-1,5');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 0, 'fte:0')).toBe('-1,50');
    await h.shot(page, 'aarsvaerk-1920');

    await page.keyboard.press('Control+Z');
    await expect.poll(() => text(page, 0, 'fte:0')).toBe('0,00');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Fortrudt' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
