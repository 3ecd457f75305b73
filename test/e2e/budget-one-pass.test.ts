/**
 * One pass over the sheet in the web edition: the wizard's service value count is the pass the import then uses, and
 * choices that do not change what is read (a value's reading, the unit) do not read the file again. The worker
 * reports each job's figures as a `raaderum:job` performance mark (renderer/src/worker/client.ts), `passes` being
 * how many passes it has run over a sheet. Totals from the fixtures' .expected.json.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readExpected } from '../helpers/fixtures.ts';
import { FIXTURES, useHarness } from './harness.ts';
import { chooseFiles, rowNumbers } from './app-driver.ts';

const h = useHarness();

interface Expected {
  row_count: number;
  grand_total: Record<string, number>;
  service_total: Record<string, number>;
  per_udvalg: Record<string, Record<string, number>>;
}

/** The worker's figures for each answered job of `kind`, oldest first. */
async function jobMarks(page: Page, kind: string): Promise<Record<string, number>[]> {
  const marks = await page.evaluate(() =>
    performance.getEntriesByName('raaderum:job').map((e) => (e instanceof PerformanceMark ? e.detail : null)),
  );
  return (marks as ({ kind?: string } & Record<string, number>)[]).filter((m) => m.kind === kind);
}

function reading(page: Page, value: string) {
  return page.getByRole('combobox', { name: `Værdien '${value}' læses som` });
}

/** "Importér budget", the report closed, the Budget tab's "I alt" and "Heraf serviceudgifter" rows. */
async function importAndTotals(page: Page, timeout: number): Promise<{ total: number[]; service: number[] }> {
  await page.getByRole('button', { name: 'Importér budget' }).click();
  await page.getByRole('dialog', { name: 'Budget importeret' }).waitFor({ timeout });
  await page.getByRole('button', { name: 'Luk', exact: true }).click();
  await page.getByRole('tab', { name: 'Budget' }).click();
  const summary = page.getByRole('table', { name: 'Udvalg og politikområder' });
  return {
    total: await rowNumbers(summary.getByRole('row', { name: /^I alt/ })),
    service: await rowNumbers(summary.getByRole('row', { name: /^Heraf serviceudgifter/ })),
  };
}

describe('én gennemlæsning af budgetarket', () => {
  it('budget-clean.xlsx: optællingen, et andet valg for en værdi og en skiftet enhed læser ikke filen igen', async () => {
    const file = 'budget-clean.xlsx';
    const exp = readExpected<Expected>(file);
    const { page, context, errors } = await h.newPage();
    await chooseFiles(page, 'Nyt projekt fra budget', [join(FIXTURES, file)]);
    const counts = page.getByRole('table', { name: 'Værdier i servicekolonnen' });
    await counts.waitFor({ timeout: 30_000 });
    // The exact count: the preliminary note is gone, and Ja + Nej are every line.
    await page.getByText('Foreløbigt tal fra arkets første rækker').waitFor({ state: 'detached' });
    const ja = await rowNumbers(counts.getByRole('row', { name: /^Ja/ }));
    const nej = await rowNumbers(counts.getByRole('row', { name: /^Nej/ }));
    expect((ja[0] ?? 0) + (nej[0] ?? 0)).toBe(exp.row_count);

    // 'Nej' read as service too, and the unit changed to kroner and back: nothing here changes what is read.
    await reading(page, 'Nej').selectOption({ label: 'Serviceudgift' });
    const unit = page.getByRole('combobox', { name: 'Beløbene er i' });
    await unit.selectOption({ label: 'kr.' });
    await unit.selectOption({ label: '1.000 kr.' });
    const { total, service } = await importAndTotals(page, 30_000);

    const years = Object.keys(exp.grand_total);
    expect(total).toHaveLength(years.length);
    total.forEach((v, i) => expect(v).toBeCloseTo(exp.grand_total[years[i] ?? ''] ?? NaN, 1));
    // Every line is service now, so the service frame is the whole budget.
    service.forEach((v, i) => expect(v).toBeCloseTo(exp.grand_total[years[i] ?? ''] ?? NaN, 1));
    const imported = await jobMarks(page, 'importBudget');
    expect(imported).toHaveLength(1);
    expect(imported[0]?.passes).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('budget-large.xlsx (200.000 linjer): Budget-fanen viser totalerne fra .expected.json efter én gennemlæsning', async () => {
    const file = 'budget-large.xlsx';
    const exp = readExpected<Expected>(file);
    const { page, context, errors } = await h.newPage();
    await chooseFiles(page, 'Nyt projekt fra budget', [join(FIXTURES, file)]);
    await page.getByRole('button', { name: 'Importér budget' }).waitFor({ timeout: 60_000 });
    // The wizard while the pass reads the sheet (the preview's counts, marked preliminary), then counted exactly.
    await page.setViewportSize({ width: 1280, height: 720 });
    await h.shot(page, 'guide-stor-foreloebig-1280');
    await page
      .getByText('Foreløbigt tal fra arkets første rækker')
      .waitFor({ state: 'detached', timeout: 120_000 });
    await h.shot(page, 'guide-stor-talt-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await h.shot(page, 'guide-stor-talt-1920');
    const { total, service } = await importAndTotals(page, 120_000);
    const years = Object.keys(exp.grand_total);
    expect(total).toHaveLength(years.length);
    total.forEach((v, i) => expect(v).toBeCloseTo(exp.grand_total[years[i] ?? ''] ?? NaN, 1));
    service.forEach((v, i) => expect(v).toBeCloseTo(exp.service_total[years[i] ?? ''] ?? NaN, 1));
    const summary = page.getByRole('table', { name: 'Udvalg og politikområder' });
    for (const [committee, amounts] of Object.entries(exp.per_udvalg)) {
      const got = await rowNumbers(summary.getByRole('row', { name: committee }));
      got.forEach((v, i) => expect(v).toBeCloseTo(amounts[years[i] ?? ''] ?? NaN, 1));
    }
    await expect.poll(() => page.getByText(`${exp.row_count.toLocaleString('da-DK')} af`).count()).toBe(1);
    await h.shot(page, 'budget-stor-1920');
    const imported = await jobMarks(page, 'importBudget');
    expect(imported[0]?.passes).toBe(1);
    // The lines crossed from the worker as columns (budget-transfer.ts), not as 200,000 cloned objects.
    expect(imported[0]?.transferBytes).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
