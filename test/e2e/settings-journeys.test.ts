import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { cell, startEmptyProject, text } from './app-driver.ts';

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
