import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, useHarness } from './harness.ts';
import { parseDanishNumber } from '../../shared/numbers/index.ts';
import { chooseFiles, grid, rowNumbers } from './app-driver.ts';

const h = useHarness();
let workbook: string;

/** An ERP export without a service column: funktion with its name, dranst with its name, 1.000 kr. per year. */
const LINES: [string, string, string, string, number][] = [
  ['Børne- og Ungeudvalget', '3.22.01 Folkeskoler', '1 Drift', 'Skoler', 400_000],
  ['Børne- og Ungeudvalget', '3.22.05 Skolefritidsordninger', '1 Drift', 'SFO', 50_000],
  ['Social- og Sundhedsudvalget', '5.57.72 Sociale formål', '1 Drift', 'Særlige ydelser', 20_000],
  ['Social- og Sundhedsudvalget', '5.57.71 Sygedagpenge', '1 Drift', 'Sygedagpenge', 80_000],
  ['Social- og Sundhedsudvalget', '5.57.71 Sygedagpenge', '2 Statsrefusion', 'Refusion', -30_000],
  ['Teknik- og Miljøudvalget', '1.38.61 Dagrenovation', '1 Drift', 'Affald', 15_000],
];
/** The service frame by the rules: the drift lines of 3.22.01 and 3.22.05 (added up here from the lines above). */
const SERVICE_BY_RULES = 450_000;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rapport');
  ws.addRow(['Udvalg', 'Funktion', 'Dranst', 'Tekst', 'Budget 2026', 'BO1', 'BO2', 'BO3']);
  for (const [committee, fn, dranst, text, amount] of LINES)
    ws.addRow([committee, fn, dranst, text, amount, amount, amount, amount]);
  mkdirSync(SHOTS, { recursive: true });
  workbook = join(SHOTS, 'budget-kontoplan.xlsx');
  writeFileSync(workbook, new Uint8Array(await wb.xlsx.writeBuffer()));
});

/** Screenshots at 1280×720 and 1920×1080; `inView` is scrolled into view at each size first. */
async function shots(page: Page, name: string, inView?: Locator): Promise<void> {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await inView?.scrollIntoViewIfNeeded();
    await h.shot(page, `${name}-${width}x${height}`);
  }
}

/** The frame rows of the wizard's kontoplan list, by their label. */
async function wizardFrame(page: Page, label: RegExp): Promise<number[]> {
  const frame = page.getByRole('table', { name: 'Servicerammen' });
  return rowNumbers(frame.getByRole('row', { name: label }));
}

/**
 * In the wizard, before the import: the funktioner as the rules classify them, with the service frame; 5.57.72
 * Sociale formål (overførsler by the rules) corrected to service, and the frame follows.
 */
async function correctInWizard(page: Page): Promise<void> {
  const sociale = page.getByRole('combobox', { name: 'Styringsområde for funktion 5.57.72' });
  await sociale.waitFor({ timeout: 60_000 });
  expect(await sociale.evaluate((e) => (e as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(
    'Overførsler (indkomstoverførsler og forsikrede ledige) (efter reglerne)',
  );
  const list = page.getByRole('table', { name: 'Funktioner efter kontoplanen' });
  // Name, lines, the first year's amount, the choice.
  expect((await rowNumbers(list.getByRole('row', { name: /^5\.57\.72/ }))).slice(1, 3)).toEqual([1, 20_000]);
  expect(await wizardFrame(page, /^Serviceudgifter i alt/)).toEqual([1, 2, 3, 4].map(() => SERVICE_BY_RULES));
  await sociale.selectOption({ label: 'Service' });
  await expect
    .poll(() => wizardFrame(page, /^Med 1 rettelse/))
    .toEqual([1, 2, 3, 4].map(() => SERVICE_BY_RULES + 20_000));
  expect(await wizardFrame(page, /^Efter reglerne/)).toEqual([1, 2, 3, 4].map(() => SERVICE_BY_RULES));
}

/** Oversigt: the budget year's amount of the target '1 % af servicerammen'. */
async function targetOf(page: Page): Promise<number | undefined> {
  const goals = page.getByRole('table', { name: 'Råderumsmål' });
  // Year, target, achieved, gap, attainment.
  return (await rowNumbers(goals.getByRole('row', { name: /^1 % af servicerammen/ })))[1];
}

/** The Budget grid's pinned totals row, per plan year. */
async function gridTotals(page: Page): Promise<number[]> {
  const cells = grid(page).locator('.ag-row-pinned [col-id^="year-"]');
  return (await cells.allInnerTexts()).map((t) => parseDanishNumber(t.trim()) ?? Number.NaN);
}

async function serviceRow(page: Page): Promise<number[]> {
  const summary = page.getByRole('table', { name: 'Udvalg og politikområder' });
  return rowNumbers(summary.getByRole('row', { name: /^Heraf serviceudgifter/ }));
}

describe('kontoplanen giver servicerammen, når filen ikke har en servicekolonne', () => {
  it('en funktion rettes i guiden før importen; rapporten siger kilden, Budget viser hovedkonto → funktion, Værktøjer retter igen', async () => {
    const { page, context, errors } = await h.newPage();
    await chooseFiles(page, 'Nyt projekt fra budget', [workbook]);
    await correctInWizard(page);
    await shots(page, 'kontoplan-guide', page.getByRole('table', { name: 'Funktioner efter kontoplanen' }));
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole('button', { name: 'Importér budget' }).click();
    const report = page.getByRole('dialog', { name: 'Budget importeret' });
    await report.waitFor({ timeout: 60_000 });
    expect(await report.innerText()).toContain(
      'Filen har ingen servicekolonne: servicefordelingen er fundet ud fra kontoplanen',
    );
    // The report lists the funktion as corrected.
    const sociale = page.getByRole('combobox', { name: 'Styringsområde for funktion 5.57.72' });
    expect(await sociale.inputValue()).toBe('service');
    await report.getByText('rettet').first().waitFor();
    await shots(page, 'kontoplan-rapport');
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole('button', { name: 'Luk', exact: true }).click();

    await page.getByRole('tab', { name: 'Budget' }).click();
    expect(await serviceRow(page)).toEqual([1, 2, 3, 4].map(() => SERVICE_BY_RULES + 20_000));
    const accounts = page.getByRole('table', { name: 'Hovedkonto, hovedfunktion og funktion' });
    await accounts.getByRole('button', { name: '3 Undervisning og kultur' }).click();
    await accounts.getByRole('button', { name: '3.22 Folkeskolen m.m.' }).click();
    // The kontoplan's name where Råderum knows it, the file's own text where it does not.
    expect(await rowNumbers(accounts.getByRole('row', { name: /^3\.22\.01 Folkeskoler/ }))).toEqual([
      400_000, 400_000, 400_000, 400_000,
    ]);
    await accounts.getByRole('row', { name: /^3\.22\.05 Skolefritidsordninger/ }).waitFor();
    await page
      .getByRole('combobox', { name: 'Filtrér på styringsområde' })
      .selectOption({ label: 'Overførsler (indkomstoverførsler og forsikrede ledige)' });
    expect(await rowNumbers(accounts.getByRole('row', { name: /^I alt/ }))).toEqual([
      80_000, 80_000, 80_000, 80_000,
    ]);
    // The filter narrows the grid too: its rows, its count and its totals row, which says what it sums.
    await expect.poll(() => page.getByText('1 af 6 linjer').count()).toBe(1);
    expect(await gridTotals(page)).toEqual([80_000, 80_000, 80_000, 80_000]);
    expect(await grid(page).locator('.ag-row-pinned').first().innerText()).toContain(
      'I alt, Overførsler (1 linjer)',
    );
    await page
      .getByRole('combobox', { name: 'Filtrér på styringsområde' })
      .selectOption({ label: 'Service' });
    await expect.poll(() => gridTotals(page)).toEqual([1, 2, 3, 4].map(() => SERVICE_BY_RULES + 20_000));
    await page.getByText('3 af 6 linjer').waitFor();
    await accounts.getByRole('button', { name: '5 Sociale opgaver og beskæftigelse' }).click();
    await shots(page, 'kontoplan-budget');
    await page.setViewportSize({ width: 1400, height: 900 });

    // A target of 1 % of the service frame: the frame is the service styringsområde (the correction included), and
    // Oversigt says beside the targets where it came from.
    await page.getByRole('tab', { name: 'Værktøjer' }).click();
    const targets = page.getByRole('region', { name: 'Råderumsmål' });
    await targets.getByRole('textbox', { name: 'Navn' }).fill('1 % af servicerammen');
    await targets.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Procent af servicerammen' });
    await targets.getByRole('textbox', { name: 'Procent' }).fill('1');
    await targets.getByRole('button', { name: 'Tilføj mål' }).click();
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    expect(await targetOf(page)).toBe(-(SERVICE_BY_RULES + 20_000) / 100);
    const goals = page.getByRole('table', { name: 'Råderumsmål' });
    expect(await goals.innerText()).toContain(
      'Servicerammen bag mål i procent og den stille vej: fundet ud fra kontoplanen (funktion og dranst)',
    );
    await shots(page, 'kontoplan-oversigt', goals);
    await page.setViewportSize({ width: 1400, height: 900 });

    // Værktøjer: the correction is there, and giving the funktion back to the rules takes it out of service.
    await page.getByRole('tab', { name: 'Værktøjer' }).click();
    const again = page.getByRole('combobox', { name: 'Styringsområde for funktion 5.57.72' });
    expect(await again.inputValue()).toBe('service');
    await shots(page, 'kontoplan-vaerktoejer');
    await page.setViewportSize({ width: 1400, height: 900 });
    await again.selectOption({ value: '' });
    await page.getByRole('tab', { name: 'Budget' }).click();
    await expect.poll(() => serviceRow(page)).toEqual([1, 2, 3, 4].map(() => SERVICE_BY_RULES));
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    expect(await targetOf(page)).toBe(-SERVICE_BY_RULES / 100);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('næste import af samme opbygning bruger rettelsen fra guiden', async () => {
    const { page, context, errors } = await h.newPage();
    await chooseFiles(page, 'Nyt projekt fra budget', [workbook]);
    await correctInWizard(page);
    await page.getByRole('button', { name: 'Importér budget' }).click();
    await page.getByRole('dialog', { name: 'Budget importeret' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Luk', exact: true }).click();

    // Next year's workbook of the same layout: the wizard says the mapping is the remembered one, with the correction.
    await chooseFiles(page, 'Nyt projekt fra budget', [workbook], 'Nyt projekt');
    await page
      .getByText('Kortlægningen fra sidste budget med samme opbygning er brugt')
      .waitFor({ timeout: 60_000 });
    const sociale = page.getByRole('combobox', { name: 'Styringsområde for funktion 5.57.72' });
    await sociale.waitFor({ timeout: 60_000 });
    expect(await sociale.inputValue()).toBe('service');
    await expect
      .poll(() => wizardFrame(page, /^Med 1 rettelse/))
      .toEqual([1, 2, 3, 4].map(() => SERVICE_BY_RULES + 20_000));
    await page.getByRole('button', { name: 'Importér budget' }).click();
    await page.getByRole('dialog', { name: 'Budget importeret' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Luk', exact: true }).click();
    await page.getByRole('tab', { name: 'Budget' }).click();
    expect(await serviceRow(page)).toEqual([1, 2, 3, 4].map(() => SERVICE_BY_RULES + 20_000));
    expect(errors).toEqual([]);
    await context.close();
  });
});
