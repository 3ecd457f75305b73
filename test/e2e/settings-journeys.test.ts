import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startHarness, type Harness } from './harness.ts';
import { cell, newProjectFromBudget, rowNumbers, startEmptyProject, text } from './app-driver.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('fortegn: positive beløb er besparelser', () => {
  it('Forslag viser og modtager besparelser som positive tal under overskriften Besparelse', async () => {
    const { page, context, errors } = await h.newPage();
    // The browser edition keeps no recent list, so the start screen shows no empty heading for one.
    await page.getByRole('button', { name: 'Tomt projekt' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Seneste projekter' }).count()).toBe(0);
    await startEmptyProject(page);
    await page.getByRole('button', { name: 'Nyt forslag' }).click();
    await cell(page, 0, 'amount:0').click();
    await page.keyboard.type('-250');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 0, 'amount:0')).toBe('-250');

    await page.getByRole('tab', { name: 'Værktøjer' }).click();
    await page.getByRole('combobox', { name: 'Fortegn' }).selectOption('positiveIsSaving');
    await page.getByRole('tab', { name: 'Forslag' }).click();
    await expect.poll(() => text(page, 0, 'amount:0')).toBe('250');
    const header = page.getByRole('columnheader', { name: /^Besparelse \(1\.000 kr\., \d{4}-priser\)$/ });
    expect(await header.count()).toBe(1);

    // Typed as a positive saving, stored as a negative amount: the other convention shows it with minus.
    await cell(page, 0, 'amount:1').click();
    await page.keyboard.type('1.500');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 0, 'amount:1')).toBe('1.500');
    await page.getByRole('tab', { name: 'Værktøjer' }).click();
    await page.getByRole('combobox', { name: 'Fortegn' }).selectOption('negativeIsSaving');
    await page.getByRole('tab', { name: 'Forslag' }).click();
    await expect.poll(() => text(page, 0, 'amount:1')).toBe('-1.500');
    expect(await page.getByRole('columnheader', { name: /^Beløb \(1\.000 kr\./ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Værktøjer husker indtastningerne', () => {
  it('grønthøsterens og den stille vejs felter og forhåndsvisning er der stadig efter et fanebyt', async () => {
    const { page, context, errors } = await h.newPage();
    await newProjectFromBudget(page, FIXTURES, 'budget-clean.xlsx');
    await page.getByRole('tab', { name: 'Værktøjer' }).click();
    const first = page.getByRole('textbox', { name: /^Besparelse \d{4}$/ }).first();
    await first.fill('4.000');
    const cut = page.getByRole('region', { name: 'Den direkte vej: grønthøster' });
    const committee = cut.getByRole('checkbox').first();
    await committee.check();
    await page.getByRole('button', { name: 'Vis fordeling' }).click();
    const preview = page.getByRole('table', { name: 'Grønthøsterens fordeling pr. udvalg' });
    await preview.waitFor();
    const before = await rowNumbers(preview.getByRole('row', { name: /^I alt/ }));
    expect(before[0]).toBe(-4000);
    const percent = page.getByRole('textbox', { name: 'Effektivisering pr. år (%)' });
    await percent.fill('2,5');
    await page.getByRole('checkbox', { name: 'Med rentes rente' }).first().check();

    await page.getByRole('tab', { name: 'Forslag' }).click();
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    await page.getByRole('tab', { name: 'Værktøjer' }).click();

    expect(await first.inputValue()).toBe('4.000');
    expect(await committee.isChecked()).toBe(true);
    expect(await percent.inputValue()).toBe('2,5');
    expect(await page.getByRole('checkbox', { name: 'Med rentes rente' }).first().isChecked()).toBe(true);
    await preview.waitFor();
    expect(await rowNumbers(preview.getByRole('row', { name: /^I alt/ }))).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
