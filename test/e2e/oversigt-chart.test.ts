/**
 * Issue 10 §2 in the browser: "Råderum mod mål pr. år" draws what the table beside it says. Proposals pasted as
 * from Excel (savings, an investment that costs in its first year, a merudgift); two targets typed in Værktøjer.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseDanishNumber } from '../../shared/numbers/index.ts';
import { useHarness } from './harness.ts';
import { pasteProposals, rowNumbers } from './app-driver.ts';

const h = useHarness();

const PROPOSALS =
  'Færre vikarer\tBørne- og Ungeudvalget\tDagtilbud\tDen stille vej\tEffektivisering\tForslag\t-1.200\t-1.200\t-2.400\t-2.400\r\n' +
  'Ny velfærdsteknologi\tSocialudvalget\tHjemmepleje\ttværgående\tEffektivisering\tForslag\t2.000\t-500\t-1.500\t-1.500\r\n' +
  'Kortere åbningstid\tKultur- og Fritidsudvalget\tBiblioteker\tbrede\tServicereduktion\tForslag\t-800\t-900\t-1.000\t-1.000\r\n' +
  'Flere pladser\tBørne- og Ungeudvalget\tDagtilbud\tdirekte\tServicereduktion\tForslag\t350\t350\t350\t350\r\n';

async function addTarget(page: Page, name: string, amounts: string[]): Promise<void> {
  const section = page.getByRole('region', { name: 'Råderumsmål' });
  await section.getByRole('textbox', { name: 'Navn' }).fill(name);
  const inputs = section
    .getByRole('textbox')
    .filter({ hasNot: section.getByRole('textbox', { name: 'Navn' }) });
  for (const [i, a] of amounts.entries()) await inputs.nth(i + 1).fill(a);
  await section.getByRole('button', { name: 'Tilføj mål' }).click();
}

/** The chart's value at a y coordinate, read off two labelled gridlines as a reader of the chart would. */
async function chartScale(page: Page): Promise<(y: number) => number> {
  const ticks = page.locator('figure.chart g.tick');
  const read = async (i: number) => {
    const box = await ticks.nth(i).locator('line').boundingBox();
    const label = parseDanishNumber((await ticks.nth(i).locator('text').textContent()) ?? '');
    return { y: (box?.y ?? NaN) + (box?.height ?? 0) / 2, value: label ?? NaN };
  };
  const a = await read(0);
  const b = await read(1);
  return (y) => a.value + ((y - a.y) * (b.value - a.value)) / (b.y - a.y);
}

describe('diagrammet i Oversigt siger det samme som tabellen', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`ved ${width}×${height}: nettomærket pr. år står ved "I alt", mål er hver sin linje, forklaringen viser kun det tegnede`, async () => {
      const { page, context, errors } = await h.newPage();
      await page.setViewportSize({ width, height });
      await pasteProposals(page, PROPOSALS, 4);
      await page.getByRole('tab', { name: 'Værktøjer' }).click();
      await addTarget(page, 'Samlet mål', ['2.000', '3.000', '4.000', '5.000']);
      await addTarget(page, 'Handlekatalog', ['500', '500', '1.000', '1.000']);
      await page.getByRole('tab', { name: 'Oversigt' }).click();

      const total = await rowNumbers(
        page.getByRole('table', { name: 'Total pr. år' }).getByRole('row', { name: /^I alt/ }),
      );
      expect(total).toEqual([350, -2_250, -4_550, -4_550]);
      const chart = page.getByRole('figure').filter({ hasText: 'Råderum mod mål pr. år' });
      await chart.scrollIntoViewIfNeeded();
      await expect.poll(() => chart.getByText('Negative beløb er besparelser').count()).toBe(1);
      const valueAt = await chartScale(page);
      const years = (
        await page.getByRole('table', { name: 'Total pr. år' }).getByRole('columnheader').allInnerTexts()
      )
        .map((t) => t.trim())
        .filter((t) => /^\d{4}$/.test(t));
      expect(years).toHaveLength(4);
      for (const [i, year] of years.entries()) {
        const net = await page.locator(`figure.chart line.net[data-year="${year}"]`).boundingBox();
        expect(valueAt((net?.y ?? NaN) + (net?.height ?? 0) / 2)).toBeCloseTo(total[i] ?? NaN, -1);
        const label =
          (await page.locator(`figure.chart text.net-label[data-year="${year}"]`).textContent()) ?? '';
        expect(parseDanishNumber(label)).toBe(total[i]);
      }
      // The investment's first year is a merudgift: drawn above the zero line, savings below it.
      const zero = await page.locator('figure.chart line.zero').boundingBox();
      const cost = await page
        .locator(`figure.chart rect.cost[data-year="${years[0]}"][data-vej="tvaergaaende"]`)
        .boundingBox();
      const saving = await page
        .locator(`figure.chart rect.saving[data-year="${years[0]}"][data-vej="stille"]`)
        .boundingBox();
      expect((cost?.y ?? NaN) + (cost?.height ?? 0)).toBeLessThanOrEqual((zero?.y ?? 0) + 2);
      expect(saving?.y ?? NaN).toBeGreaterThanOrEqual((zero?.y ?? 0) - 2);
      // Each target its own line, at its own height.
      const handle = await page
        .locator(`figure.chart line.target[data-target="Handlekatalog"][data-year="${years[2]}"]`)
        .boundingBox();
      expect(valueAt((handle?.y ?? NaN) + (handle?.height ?? 0) / 2)).toBeCloseTo(-1_000, -1);
      const legend = (await page.locator('figure.chart g.legend text').allTextContents()).map((t) =>
        t.trim(),
      );
      expect(legend).toEqual([
        'Den stille vej',
        'Den brede vej',
        'Den tværgående vej',
        'Den direkte vej',
        'Merudgifter og investeringer',
        'I alt (netto)',
        'Mål: Samlet mål',
        'Mål: Handlekatalog',
      ]);
      // Inside the viewport, whole.
      const box = await chart.locator('svg').boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
      await h.shot(page, `oversigt-diagram-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
