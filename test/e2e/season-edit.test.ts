/**
 * Renaming a version with a typo and deleting an ændringsforslag from the wrong file, in the browser: the lists,
 * the side-by-side comparison and "Sammenlign med…" follow, a version an ændringsforslag is read on is not deleted
 * (the dialog names it), and each step is one named undo step. Amendments are proposals-list.xlsx with one amount
 * changed (openpyxl), so the files are the public fixture's layout.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readExpected } from '../helpers/fixtures.ts';
import { openpyxlEdit } from '../helpers/openpyxl.ts';
import { FIXTURES, SHOTS, useHarness } from './harness.ts';
import { chooseFiles, newProjectFromBudget } from './app-driver.ts';

const h = useHarness();

async function saveVersion(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Gem version', exact: true }).click();
  const save = page.getByRole('dialog', { name: 'Gem version' });
  await save.getByRole('textbox', { name: 'Navn' }).fill(name);
  await save.getByRole('button', { name: 'Gem version' }).click();
  await save.waitFor({ state: 'detached' });
}

async function openAmendments(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Ændringsforslag', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ændringsforslag' });
  await dialog.waitFor();
  return dialog;
}

async function openVersions(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Versioner', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Versioner' });
  await dialog.waitFor();
  return dialog;
}

/** The first cell of each body row of a table (the names in a list). */
async function rowNames(table: Locator): Promise<string[]> {
  return (await table.locator('tbody tr > :first-child').allInnerTexts()).map((t) => t.trim());
}

/** The column heads of the side-by-side comparison, without their buttons. */
async function comparisonHeads(dialog: Locator): Promise<string[]> {
  const table = dialog.getByRole('table', { name: /Ændringsforslagene side om side/ });
  if ((await table.count()) === 0) return [];
  return (await table.getByRole('columnheader').allInnerTexts()).map((t) => t.split('\n')[0]?.trim() ?? '');
}

async function shots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await h.shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await h.shot(page, `${name}-1920`);
  await page.setViewportSize({ width: 1400, height: 900 });
}

describe('omdøb og slet versioner og ændringsforslag', () => {
  let session: Awaited<ReturnType<typeof h.newPage>>;

  beforeAll(async () => {
    session = await h.newPage();
    const { page } = session;
    await page.setViewportSize({ width: 1400, height: 900 });
    await newProjectFromBudget(page, FIXTURES, 'budget-clean.xlsx');
    await chooseFiles(page, 'Importér forslag', [join(FIXTURES, 'proposals-list.xlsx')]);
    await page.getByRole('dialog', { name: 'Forslag importeret' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Luk', exact: true }).click();
  });
  afterAll(async () => {
    await session?.context.close();
  });

  it('en version omdøbes, et ændringsforslag slettes, fortryd tager begge tilbage, og listerne og sammenligningerne følger med', async () => {
    const { page, errors } = session;
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    await saveVersion(page, '1. behandlig');
    // Two parties' amendments, both read on "1. behandlig" (the newest version when they are imported).
    const files = { A: join(SHOTS, 'omdoeb-A.xlsx'), V: join(SHOTS, 'omdoeb-V.xlsx') };
    openpyxlEdit(join(FIXTURES, 'proposals-list.xlsx'), files.A, {
      set: [{ sheet: 'Forslag', cell: 'H7', value: -5000 }],
    });
    openpyxlEdit(join(FIXTURES, 'proposals-list.xlsx'), files.V, {
      set: [{ sheet: 'Forslag', cell: 'H7', value: -7000 }],
    });
    const amendments = await openAmendments(page);
    for (const party of ['A', 'V'] as const) {
      await amendments
        .getByRole('textbox', { name: 'Navn på ændringsforslaget' })
        .fill(`Ændringsforslag fra ${party}`);
      await chooseFiles(page, 'Importér ændringsforslag…', [files[party]]);
      await expect
        .poll(() => comparisonHeads(amendments), { timeout: 30_000 })
        .toContain(`Ændringsforslag fra ${party}`);
    }
    await amendments.getByRole('button', { name: 'Luk', exact: true }).click();
    await saveVersion(page, 'Budgetforlig');

    // The version the amendments are read on cannot be deleted: the dialog says which amendments, and only closes.
    let versions = await openVersions(page);
    await versions.getByRole('button', { name: 'Slet 1. behandlig…' }).click();
    const refused = page.getByRole('alertdialog', { name: "Slet versionen '1. behandlig'" });
    await refused.waitFor();
    expect(await refused.getByRole('alert').innerText()).toBe(
      "Versionen '1. behandlig' kan ikke slettes, fordi ændringsforslagene 'Ændringsforslag fra A', 'Ændringsforslag fra V' bygger på den. Slet ændringsforslagene først.",
    );
    expect(await refused.getByRole('button', { name: /^Slet/ }).count()).toBe(0);
    await shots(page, 'slet-version-afvist');
    await refused.getByRole('button', { name: 'Luk', exact: true }).click();

    // Rename: a taken name is refused with the sentence "Gem version" uses; then the typo is mended.
    versions = page.getByRole('dialog', { name: 'Versioner' });
    await versions.getByRole('button', { name: 'Omdøb 1. behandlig…' }).click();
    const rename = page.getByRole('dialog', { name: "Omdøb versionen '1. behandlig'" });
    const field = rename.getByRole('textbox', { name: 'Nyt navn' });
    expect(await field.inputValue()).toBe('1. behandlig');
    await field.fill('budgetforlig');
    await rename.getByRole('button', { name: 'Omdøb', exact: true }).click();
    await expect
      .poll(() =>
        rename.getByText("Der er allerede en version med navnet 'Budgetforlig'. Vælg et andet navn.").count(),
      )
      .toBe(1);
    await shots(page, 'omdoeb-version');
    await field.fill('1. behandling');
    await rename.getByRole('button', { name: 'Omdøb', exact: true }).click();
    await rename.waitFor({ state: 'detached' });
    const list = versions.getByRole('table');
    await expect.poll(() => rowNames(list)).toEqual(['1. behandling', 'Budgetforlig']);
    await shots(page, 'versioner-liste');
    await versions.getByRole('button', { name: 'Annuller', exact: true }).click();
    const undo = page.getByRole('button', { name: 'Fortryd', exact: true });
    expect(await undo.getAttribute('title')).toBe(
      "Fortryd omdøbning af versionen '1. behandlig' til '1. behandling' (Ctrl+Z)",
    );
    expect(await page.getByLabel('Ikke gemte ændringer').count()).toBe(1);

    // "Sammenlign med…" offers the new name.
    await page.getByRole('button', { name: 'Sammenlign med', exact: true }).click();
    const compare = page.getByRole('dialog', { name: 'Sammenlign' });
    const from = compare.getByRole('combobox', { name: 'Fra' });
    expect(await from.locator('option').allInnerTexts()).toEqual(['1. behandling', 'Budgetforlig']);
    await from.selectOption('1. behandling');
    await compare.getByRole('button', { name: 'Luk', exact: true }).click();

    // The amendments follow the version's name; the wrong one is deleted after a question that says what is lost.
    const dialog = await openAmendments(page);
    const amendmentList = dialog.getByRole('table', { name: 'Ændringsforslagene', exact: true });
    expect(await amendmentList.locator('tbody tr td:nth-of-type(2)').allInnerTexts()).toEqual([
      '1. behandling',
      '1. behandling',
    ]);
    expect(await comparisonHeads(dialog)).toEqual([
      'År',
      '1. behandling',
      'Ændringsforslag fra A',
      'Ændringsforslag fra V',
    ]);
    await shots(page, 'aendringsforslag-liste');
    await dialog.getByRole('button', { name: 'Slet Ændringsforslag fra V…' }).click();
    const remove = page.getByRole('alertdialog', { name: "Slet ændringsforslaget 'Ændringsforslag fra V'" });
    await remove.waitFor();
    expect(await remove.innerText()).toContain(
      "Slet ændringsforslaget 'Ændringsforslag fra V'? Dets 1 ændring til versionen '1. behandling' forsvinder fra projektet og fra sammenligningen.",
    );
    await shots(page, 'slet-aendringsforslag');
    await remove.getByRole('button', { name: 'Slet ændringsforslag', exact: true }).click();
    await remove.waitFor({ state: 'detached' });
    const after = page.getByRole('dialog', { name: 'Ændringsforslag' });
    await expect.poll(() => comparisonHeads(after)).toEqual(['År', '1. behandling', 'Ændringsforslag fra A']);
    expect(await rowNames(after.getByRole('table', { name: 'Ændringsforslagene', exact: true }))).toEqual([
      'Ændringsforslag fra A',
    ]);
    await after.getByRole('button', { name: 'Luk', exact: true }).click();
    expect(await undo.getAttribute('title')).toBe(
      "Fortryd sletning af ændringsforslaget 'Ændringsforslag fra V' (Ctrl+Z)",
    );

    // Undo brings the amendment back into the comparison, then the old name back into every list.
    await undo.click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Fortrudt: sletning' }).count())
      .toBeGreaterThan(0);
    const back = await openAmendments(page);
    expect(await comparisonHeads(back)).toEqual([
      'År',
      '1. behandling',
      'Ændringsforslag fra A',
      'Ændringsforslag fra V',
    ]);
    await back.getByRole('button', { name: 'Luk', exact: true }).click();
    await undo.click();
    const old = await openAmendments(page);
    expect(await comparisonHeads(old)).toEqual([
      'År',
      '1. behandlig',
      'Ændringsforslag fra A',
      'Ændringsforslag fra V',
    ]);
    await old.getByRole('button', { name: 'Luk', exact: true }).click();
    versions = await openVersions(page);
    expect(await rowNames(versions.getByRole('table'))).toEqual(['1. behandlig', 'Budgetforlig']);

    // A version nothing is read on is deleted after a question that says what goes; the comparison stops offering it.
    await versions.getByRole('button', { name: 'Slet Budgetforlig…' }).click();
    const confirm = page.getByRole('alertdialog', { name: "Slet versionen 'Budgetforlig'" });
    const count = readExpected<{ proposal_count: number }>('proposals-list.xlsx').proposal_count;
    expect(await confirm.innerText()).toContain(
      `Slet versionen 'Budgetforlig'? Dens ${count} forslag, som de så ud, da den blev gemt, forsvinder`,
    );
    await shots(page, 'slet-version');
    await confirm.getByRole('button', { name: 'Slet version', exact: true }).click();
    await expect
      .poll(() => rowNames(page.getByRole('dialog', { name: 'Versioner' }).getByRole('table')))
      .toEqual(['1. behandlig']);
    await page
      .getByRole('dialog', { name: 'Versioner' })
      .getByRole('button', { name: 'Annuller', exact: true })
      .click();
    await page.getByRole('button', { name: 'Sammenlign med', exact: true }).click();
    const compared = page.getByRole('dialog', { name: 'Sammenlign' });
    expect(await compared.getByRole('combobox', { name: 'Fra' }).locator('option').allInnerTexts()).toEqual([
      '1. behandlig',
    ]);
    await compared.getByRole('button', { name: 'Luk', exact: true }).click();
    expect(await undo.getAttribute('title')).toBe("Fortryd sletning af versionen 'Budgetforlig' (Ctrl+Z)");
    expect(errors).toEqual([]);
  });
});
