import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SHOTS, useHarness } from './harness.ts';
import {
  cell,
  chooseFiles,
  newProjectFromBudget,
  pasteText,
  rowNumbers,
  startEmptyProject,
  text,
  typeInCell,
} from './app-driver.ts';

const h = useHarness();

describe('fortegn: positive beløb er besparelser', () => {
  it('Forslag viser og modtager besparelser som positive tal under overskriften Besparelse', async () => {
    const { page, context, errors } = await h.newPage();
    // The browser edition keeps no recent list, so the start screen shows no empty heading for one.
    await page.getByRole('button', { name: 'Tomt projekt' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Seneste projekter' }).count()).toBe(0);
    await startEmptyProject(page);
    await page.getByRole('button', { name: 'Nyt forslag' }).click();
    await typeInCell(page, 0, 'amount:0', '-250');
    await expect.poll(() => text(page, 0, 'amount:0')).toBe('-250,0');

    await page.getByRole('tab', { name: 'Værktøjer' }).click();
    await page.getByRole('combobox', { name: 'Fortegn' }).selectOption('positiveIsSaving');
    await page.getByRole('tab', { name: 'Forslag' }).click();
    await expect.poll(() => text(page, 0, 'amount:0')).toBe('250,0');
    const header = page.getByRole('columnheader', { name: /^Besparelse \(1\.000 kr\., \d{4}-priser\)$/ });
    expect(await header.count()).toBe(1);

    // Typed as a positive saving, stored as a negative amount: the other convention shows it with minus.
    await typeInCell(page, 0, 'amount:1', '1.500');
    await expect.poll(() => text(page, 0, 'amount:1')).toBe('1.500,0');
    await page.getByRole('tab', { name: 'Værktøjer' }).click();
    await page.getByRole('combobox', { name: 'Fortegn' }).selectOption('negativeIsSaving');
    await page.getByRole('tab', { name: 'Forslag' }).click();
    await expect.poll(() => text(page, 0, 'amount:1')).toBe('-1.500,0');
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

describe('gem og åbn projektet', () => {
  it('"Gem projekt" henter en .raaderum-fil; "Åbn projekt" i en ny fane viser forslaget igen', async () => {
    const first = await h.newPage();
    await startEmptyProject(first.page);
    await first.page.getByRole('button', { name: 'Nyt forslag' }).click();
    await typeInCell(first.page, 0, 'title', 'Lukning af filial');
    await typeInCell(first.page, 0, 'amount:2', '-725,5');
    await expect.poll(() => text(first.page, 0, 'amount:2')).toBe('-725,5');
    const download = first.page.waitForEvent('download', { timeout: 60_000 });
    await first.page.getByRole('button', { name: 'Gem projekt', exact: true }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/\.raaderum$/);
    const file = join(SHOTS, 'gemt-projekt.raaderum');
    await saved.saveAs(file);
    await expect.poll(() => first.page.getByText(/^Gemt som /).count()).toBe(1);
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await h.newPage();
    await chooseFiles(second.page, 'Åbn projekt', [file]);
    await expect.poll(() => text(second.page, 0, 'title')).toBe('Lukning af filial');
    expect(await text(second.page, 0, 'amount:2')).toBe('-725,5');
    expect(await text(second.page, 0, 'id')).toBe('F-001');
    expect(second.errors).toEqual([]);
    await second.context.close();
  });
});

describe('Oversigt: vej × kategori pr. år', () => {
  it('årvælgeren viser ét plans års beløb; Hele planperioden viser summen', async () => {
    const { page, context, errors } = await h.newPage();
    await startEmptyProject(page);
    await page.getByRole('button', { name: 'Nyt forslag' }).click();
    await cell(page, 0, 'vej').click();
    await pasteText(page, 'Den smalle vej\tEffektivisering\tPrioriteret\t-100\t-250\t0\t-1.000');
    await expect.poll(() => text(page, 0, 'amount:3')).toBe('-1.000,0');
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    const smalle = (name: RegExp) =>
      page.getByRole('table', { name }).getByRole('row', { name: /Den smalle vej/ });
    expect((await rowNumbers(smalle(/^Vej × kategori, sum/)))[0]).toBe(-1350);
    const chooser = page.getByRole('combobox', { name: 'Vej × kategori for' });
    await chooser.selectOption({ index: 2 });
    expect(await rowNumbers(smalle(/^Vej × kategori, \d{4}$/))).toEqual([-250, 0, 0, -250]);
    await chooser.selectOption({ index: 4 });
    expect((await rowNumbers(smalle(/^Vej × kategori, \d{4}$/)))[0]).toBe(-1000);
    // The chosen year stays when the user looks at another tab and comes back.
    await page.getByRole('tab', { name: 'Forslag' }).click();
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    expect((await rowNumbers(smalle(/^Vej × kategori, \d{4}$/)))[0]).toBe(-1000);
    await chooser.selectOption({ index: 0 });
    expect((await rowNumbers(smalle(/^Vej × kategori, sum/)))[0]).toBe(-1350);
    expect(errors).toEqual([]);
    await context.close();
  });
});
