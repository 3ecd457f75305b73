/**
 * The proposal detail panel's expenditure/income table in the browser, on proposals imported from the form-layout
 * fixture. Expected numbers: proposal-forms.xlsx.expected.json (the generator's `udgifter`, `indtaegter`, `i_alt`).
 */
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseDanishNumber } from '../../shared/numbers/index.ts';
import { readExpected } from '../helpers/fixtures.ts';
import { FIXTURES, useHarness } from './harness.ts';
import { cell, chooseFiles, newProjectFromBudget, pasteText, text } from './app-driver.ts';

type YearRecord = Record<string, number>;
interface Expected {
  proposals: { nr: string; udgifter: YearRecord; indtaegter: YearRecord; i_alt: YearRecord }[];
}

const h = useHarness();

/** The numbers of a table row (by its row header) in 1.000 kr. */
async function rowNumbers(panel: Locator, label: string): Promise<(number | null)[]> {
  const texts = await panel.getByRole('row', { name: label }).getByRole('cell').allInnerTexts();
  return texts.map((t) => parseDanishNumber(t.trim()));
}

async function inputNumbers(panel: Locator, years: readonly string[]): Promise<(number | null)[]> {
  return Promise.all(
    years.map(async (y) =>
      parseDanishNumber(await panel.getByRole('textbox', { name: `Indtægter ${y}` }).inputValue()),
    ),
  );
}

describe('forslagets udgifter og indtægter i detaljepanelet', () => {
  it('viser skemaets udgifter, indtægter og netto; en rettet indtægt kan fortrydes; en række fra Excel fylder årene', async () => {
    const expected = readExpected<Expected>('proposal-forms.xlsx');
    const first = expected.proposals[0];
    if (!first) throw new Error('fixturen har ingen forslag');
    const years = Object.keys(first.i_alt);
    const { page, context, errors } = await h.newPage();
    await newProjectFromBudget(page, FIXTURES, 'budget-clean.xlsx');
    await chooseFiles(page, 'Importér forslag', [join(FIXTURES, 'proposal-forms.xlsx')]);
    const report = page.getByRole('dialog', { name: 'Forslag importeret' });
    await report.waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Luk', exact: true }).click();
    await report.waitFor({ state: 'detached' });

    await expect.poll(() => text(page, 0, 'id')).toBe(first.nr);
    await cell(page, 0, 'title').click();
    await page.getByRole('button', { name: 'Vis detaljer' }).click();
    const panel = page.getByRole('complementary', { name: 'Detaljer' });
    await panel.waitFor();
    const record = (r: YearRecord): number[] => years.map((y) => r[y] ?? 0);
    expect(await rowNumbers(panel, 'Udgifter')).toEqual(record(first.udgifter));
    expect(await inputNumbers(panel, years)).toEqual(record(first.indtaegter));
    expect(await rowNumbers(panel, 'Netto')).toEqual(record(first.i_alt));
    await h.shot(page, 'detalje-indtaegter');

    // A merindtægt typed the Danish way: the income and the expenditure change, the net amount does not.
    const firstYear = panel.getByRole('textbox', { name: `Indtægter ${years[0]}` });
    await firstYear.click();
    await page.keyboard.type('(12,5)');
    await page.keyboard.press('Enter');
    await expect.poll(() => firstYear.inputValue()).toBe('-12,5');
    const net0 = first.i_alt[years[0] ?? ''] ?? 0;
    await expect.poll(async () => (await rowNumbers(panel, 'Udgifter'))[0]).toBeCloseTo(net0 + 12.5, 6);
    expect((await rowNumbers(panel, 'Netto'))[0]).toBe(net0);
    expect(parseDanishNumber(await text(page, 0, 'amount:0'))).toBe(net0);

    // One undo step takes it back.
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await expect
      .poll(async () => parseDanishNumber(await firstYear.inputValue()))
      .toBe(first.indtaegter[years[0] ?? '']);
    expect(await rowNumbers(panel, 'Udgifter')).toEqual(record(first.udgifter));

    // A row of four cells copied in Excel, pasted into the first year, fills all four years.
    await firstYear.click();
    await pasteText(page, '-1\t-2\t-3\t-4\r\n');
    await expect.poll(() => inputNumbers(panel, years)).toEqual([-1, -2, -3, -4]);
    expect(await rowNumbers(panel, 'Netto')).toEqual(record(first.i_alt));

    // Text that is no number is marked and changes nothing.
    const lastYear = panel.getByRole('textbox', { name: `Indtægter ${years[years.length - 1]}` });
    await lastYear.fill('mange');
    await lastYear.press('Enter');
    expect(await lastYear.getAttribute('aria-invalid')).toBe('true');
    expect((await inputNumbers(panel, years)).slice(0, 3)).toEqual([-1, -2, -3]);
    await lastYear.press('Escape');
    await expect.poll(() => lastYear.inputValue()).toBe('-4');

    expect(errors).toEqual([]);
    await context.close();
  });
});
