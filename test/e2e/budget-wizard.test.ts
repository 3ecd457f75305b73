import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, useHarness } from './harness.ts';
import { chooseFiles, rowNumbers } from './app-driver.ts';

const h = useHarness();
let workbook: string;

/** Lines of the test budget: 1.000 kr. for 2026-2029, and the finance system's word for service or transfer. */
const LINES: [string, string, string, string, number[]][] = [
  [
    'Børne- og Ungeudvalget',
    'Skoler',
    'Folkeskoler',
    'Drift - service',
    [412_350.5, 410_000, 409_000, 408_250],
  ],
  ['Børne- og Ungeudvalget', 'Dagtilbud', 'Vuggestuer', 'Drift - service', [98_400, 98_400, 97_900, 97_900]],
  [
    'Børne- og Ungeudvalget',
    'Særlige tilbud',
    'Friskoler',
    'Drift - overført',
    [21_300, 21_300, 21_300, 21_300],
  ],
  [
    'Social- og Sundhedsudvalget',
    'Ældre',
    'Hjemmepleje',
    'Drift - service',
    [250_000, 251_500, 253_000, 254_500],
  ],
  [
    'Social- og Sundhedsudvalget',
    'Beskæftigelse',
    'Kontanthjælp',
    'Drift - overført',
    [88_700, 87_000, 86_000, 85_500],
  ],
];

/** The service frame per year in 1.000 kr., added up here from the lines above. */
const SERVICE = [0, 1, 2, 3].map((i) =>
  LINES.filter((l) => l[3] === 'Drift - service').reduce((sum, l) => sum + (l[4][i] ?? 0), 0),
);

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget 2026');
  ws.addRow([
    'Udvalg',
    'Politikområde',
    'Tekst',
    'Serviceudgift',
    'Budget 2026',
    'BO 2027',
    'BO 2028',
    'BO 2029',
  ]);
  for (const [committee, area, text, service, amounts] of LINES)
    ws.addRow([committee, area, text, service, ...amounts]);
  mkdirSync(SHOTS, { recursive: true });
  workbook = join(SHOTS, 'budget-servicekoder.xlsx');
  writeFileSync(workbook, new Uint8Array(await wb.xlsx.writeBuffer()));
});

/** The wizard's choice for one value of the service column. */
function reading(page: Page, value: string) {
  return page.getByRole('combobox', { name: `Værdien '${value}' læses som` });
}

async function openWizard(page: Page, unsaved?: string): Promise<void> {
  await chooseFiles(page, 'Nyt projekt fra budget', [workbook], unsaved);
  await page.getByRole('table', { name: 'Værdier i servicekolonnen' }).waitFor({ timeout: 60_000 });
}

async function importAndReport(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Importér budget' }).click();
  const report = page.getByRole('dialog', { name: 'Budget importeret' });
  await report.waitFor({ timeout: 60_000 });
  return report.innerText();
}

/** Closes the import report and checks the Budget tab's "I alt" row: one number per plan year, as expected. */
async function expectBudgetTotals(page: Page, expected: readonly number[]): Promise<void> {
  await page.getByRole('button', { name: 'Luk', exact: true }).click();
  await page.getByRole('tab', { name: 'Budget' }).click();
  const summary = page.getByRole('table', { name: 'Udvalg og politikområder' });
  const total = await rowNumbers(summary.getByRole('row', { name: /^I alt/ }));
  expect(total).toHaveLength(4);
  total.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 1));
}

describe('værdier i servicekolonnen', () => {
  it('uden valg er hver linje ukendt, og rapporten siger det', async () => {
    const { page, context, errors } = await h.newPage();
    await openWizard(page);
    const table = page.getByRole('table', { name: 'Værdier i servicekolonnen' });
    expect(await rowNumbers(table.getByRole('row', { name: /^Drift - service/ }))).toEqual([3, NaN]);
    expect(await reading(page, 'Drift - service').inputValue()).toBe('unknown');
    expect(await page.getByText('5 linje(r) har en værdi, Råderum ikke kender').count()).toBe(1);
    const report = await importAndReport(page);
    // One warning per unknown value, with the number of lines that hold it.
    expect(report).toContain("3 linjer på arket 'Budget 2026' siger 'Drift - service' om serviceudgift");
    expect(report).toContain("2 linjer på arket 'Budget 2026' siger 'Drift - overført' om serviceudgift");
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Drift - service" valgt som Serviceudgift: ingen advarsler, servicerammen er de valgte linjer, valget huskes', async () => {
    const { page, context, errors } = await h.newPage();
    await openWizard(page);
    await reading(page, 'Drift - service').selectOption({ label: 'Serviceudgift' });
    await reading(page, 'Drift - overført').selectOption({ label: 'Ikke serviceudgift' });
    await expect.poll(() => page.getByText(/linje\(r\) har en værdi, Råderum ikke kender/).count()).toBe(0);
    await h.shot(page, 'servicevaerdier-valgt');
    const report = await importAndReport(page);
    expect(report).not.toContain('forstår Råderum ikke');
    expect(report).toContain(`${LINES.length} budgetlinjer er indlæst`);
    await page.getByRole('button', { name: 'Luk', exact: true }).click();

    await page.getByRole('tab', { name: 'Budget' }).click();
    const summary = page.getByRole('table', { name: 'Udvalg og politikområder' });
    const service = await rowNumbers(summary.getByRole('row', { name: /^Heraf serviceudgifter/ }));
    service.forEach((v, i) => expect(v).toBeCloseTo(SERVICE[i] ?? NaN, 1));

    // The same layout again (the imported project is not saved, so that is asked first): the confirmed
    // mapping, values included, is offered.
    await openWizard(page, 'Nyt projekt');
    await page.getByText('Kortlægningen fra sidste budget').waitFor();
    expect(await reading(page, 'Drift - service').inputValue()).toBe('yes');
    expect(await reading(page, 'Drift - overført').inputValue()).toBe('no');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('en overskrift i to rækker', () => {
  /** Udgift and Indtægt per year, in 1.000 kr.; each year's net is their sum. */
  const SPLIT: [string, string, number[], number[]][] = [
    [
      'Børne- og Ungeudvalget',
      'Folkeskoler',
      [412_350.5, 410_000, 409_000, 408_250],
      [-12_000, -12_000, -12_500, -12_500],
    ],
    [
      'Kultur- og Fritidsudvalget',
      'Biblioteker',
      [30_100, 30_100, 30_000, 30_000],
      [-1_250.5, -1_250, -1_250, -1_250],
    ],
    ['Teknik- og Miljøudvalget', 'Veje', [55_000, 54_000, 53_000, 52_000], [-4_000, -4_000, -4_000, -4_000]],
  ];
  const NET = [0, 1, 2, 3].map((i) =>
    SPLIT.reduce((sum, [, , out, inc]) => sum + (out[i] ?? 0) + (inc[i] ?? 0), 0),
  );
  let split: string;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget');
    ws.addRow([
      'Udvalg',
      'Tekst',
      'Budget 2026',
      '',
      'Overslag 2027',
      '',
      'Overslag 2028',
      '',
      'Overslag 2029',
      '',
    ]);
    ws.addRow(['', '', 'Udgift', 'Indtægt', 'Udgift', 'Indtægt', 'Udgift', 'Indtægt', 'Udgift', 'Indtægt']);
    for (const [c1, c2] of [
      ['C1', 'D1'],
      ['E1', 'F1'],
      ['G1', 'H1'],
      ['I1', 'J1'],
    ])
      ws.mergeCells(`${c1}:${c2}`);
    for (const [committee, text, out, inc] of SPLIT)
      ws.addRow([committee, text, ...out.flatMap((o, i) => [o, inc[i] ?? 0])]);
    split = join(SHOTS, 'budget-to-raekker.xlsx');
    writeFileSync(split, new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  it('guiden viser hvert års Udgift + Indtægt som lagt sammen, og Budget-fanen viser nettoet', async () => {
    const { page, context, errors } = await h.newPage();
    await chooseFiles(page, 'Nyt projekt fra budget', [split]);
    const year2026 = page.getByRole('combobox', { name: /^Beløb 2026/ });
    await year2026.waitFor({ timeout: 60_000 });
    const chosen = await year2026.evaluate(
      (e) => (e as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
    expect(chosen).toBe('C: Budget 2026 Udgift + D: Budget 2026 Indtægt (lagt sammen)');
    await h.shot(page, 'guide-to-raekker');
    await importAndReport(page);
    await expectBudgetTotals(page, NET);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('beløbenes enhed', () => {
  /** Whole kroner per year, as an ERP export writes them without saying so. */
  const KRONER: [string, string, number[]][] = [
    ['Børne- og Ungeudvalget', 'Folkeskoler', [412_350_500, 410_000_000, 409_000_000, 408_250_000]],
    ['Økonomiudvalget', 'Administration', [98_400_000, 98_400_000, 97_900_000, 97_900_000]],
  ];
  /** The same totals in 1.000 kr., added up here. */
  const THOUSANDS = [0, 1, 2, 3].map((i) => KRONER.reduce((sum, [, , kr]) => sum + (kr[i] ?? 0), 0) / 1000);
  let kroner: string;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Drift');
    ws.addRow(['Udvalg', 'Tekst', 'Budget 2026', 'BO1', 'BO2', 'BO3']);
    for (const [committee, text, kr] of KRONER) ws.addRow([committee, text, ...kr]);
    kroner = join(SHOTS, 'budget-kroner.xlsx');
    writeFileSync(kroner, new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  it('kroner valgt i guiden giver totaler i 1.000 kr., og valget huskes til næste gang', async () => {
    const { page, context, errors } = await h.newPage();
    await chooseFiles(page, 'Nyt projekt fra budget', [kroner]);
    const unit = page.getByRole('combobox', { name: 'Beløbene er i' });
    await unit.waitFor({ timeout: 60_000 });
    expect(await unit.inputValue()).toBe('thousands');
    await unit.selectOption({ label: 'kr.' });
    const report = await importAndReport(page);
    expect(report).not.toContain('ligner hele kroner');
    await expectBudgetTotals(page, THOUSANDS);

    await chooseFiles(page, 'Nyt projekt fra budget', [kroner], 'Nyt projekt');
    await page.getByText('Kortlægningen fra sidste budget').waitFor({ timeout: 60_000 });
    expect(await unit.inputValue()).toBe('kr');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('et år i to kolonner uden Udgift | Indtægt under', () => {
  /** Per year: the expenditure column, then the income column next to it, in 1.000 kr. */
  const ROWS: [string, string, number[]][] = [
    [
      'Børne- og Ungeudvalget',
      'Folkeskoler',
      [400_000, -12_000, 401_000, -12_000, 402_000, -12_500, 403_000, -12_500],
    ],
    ['Økonomiudvalget', 'Administration', [98_000, -1_500, 98_500, -1_500, 99_000, -1_500, 99_500, -1_500]],
  ];
  const NET = [0, 1, 2, 3].map((y) =>
    ROWS.reduce((sum, [, , cells]) => sum + (cells[2 * y] ?? 0) + (cells[2 * y + 1] ?? 0), 0),
  );
  let merged: string;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Drift');
    ws.getRow(1).values = [
      'Udvalg',
      'Tekst',
      'Budget 2026',
      null,
      'Budget 2027',
      null,
      'Budget 2028',
      null,
      'Budget 2029',
    ];
    for (const c of [3, 5, 7, 9]) ws.mergeCells(1, c, 1, c + 1);
    ROWS.forEach(([committee, text, cells], i) => (ws.getRow(2 + i).values = [committee, text, ...cells]));
    merged = join(SHOTS, 'budget-flettede-aar.xlsx');
    writeFileSync(merged, new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  it('guiden siger hvilke kolonner der har tal uden overskrift; lagt til årene giver nettoet', async () => {
    const { page, context, errors } = await h.newPage();
    await chooseFiles(page, 'Nyt projekt fra budget', [merged]);
    await page.getByRole('combobox', { name: /^Beløb 2026/ }).waitFor({ timeout: 60_000 });
    await page.getByText("Kolonnerne D, F, H og J på arket 'Drift' har tal, men ingen overskrift").waitFor();
    for (const [year, letter] of [
      [2026, 'D'],
      [2027, 'F'],
      [2028, 'H'],
      [2029, 'J'],
    ] as const)
      await page.getByRole('combobox', { name: `Læg til ${year}` }).selectOption(letter);
    await h.shot(page, 'guide-laeg-til');
    await importAndReport(page);
    await expectBudgetTotals(page, NET);
    expect(errors).toEqual([]);
    await context.close();
  });
});
