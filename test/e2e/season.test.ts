/**
 * The budget season in the browser: where a number on screen comes from. Numbers are checked against the fixtures'
 * own sums (proposals-list.xlsx.expected.json, budget-clean.xlsx.expected.json), never against the app's.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { parseDanishNumber } from '../../shared/numbers/index.ts';
import { readExpected } from '../helpers/fixtures.ts';
import { FIXTURES, SHOTS, useHarness } from './harness.ts';
import { openpyxlEdit } from '../helpers/openpyxl.ts';
import { cell, chooseFiles, newProjectFromBudget, typeInCell } from './app-driver.ts';

const h = useHarness();

interface ProposalsExpected {
  proposal_count: number;
  per_vej: Record<string, Record<string, number>>;
  proposals: { nr: string; titel: string; vej: string; amounts: Record<string, number> }[];
}

const num = (text: string): number => parseDanishNumber(text.trim()) ?? Number.NaN;

/** The trace dialog's rows: [first column, …, amount] for each listed item, and the I alt row's amount. */
async function traceRows(dialog: Locator): Promise<{ rows: string[][]; total: number }> {
  const body = dialog.locator('.ag-row:not(.ag-row-pinned)');
  const byIndex: [number, string[]][] = [];
  for (const r of await body.all())
    byIndex.push([
      Number(await r.getAttribute('row-index')),
      (await r.locator('[role="gridcell"]').allInnerTexts()).map((t) => t.trim()),
    ]);
  const rows = byIndex.sort((a, b) => a[0] - b[0]).map(([, cells]) => cells);
  const pinned = dialog.locator('.ag-row-pinned [col-id="amount"]').first();
  return { rows, total: num(await pinned.innerText()) };
}

/** The cell that has the keyboard focus: its column and text. */
async function activeCell(page: Page): Promise<{ col: string | null; text: string } | null> {
  return page.evaluate(() => {
    const a = document.activeElement;
    return a?.classList.contains('ag-cell')
      ? { col: a.getAttribute('col-id'), text: (a.textContent ?? '').trim() }
      : null;
  });
}

async function countAllStatuses(page: Page): Promise<void> {
  for (const name of ['Forslag', 'Prioriteret', 'Fravalgt', 'Til modning']) {
    const box = page.getByRole('checkbox', { name, exact: true });
    if (!(await box.isChecked())) await box.check();
  }
}

describe('hvor hvert tal kommer fra', () => {
  let session: Awaited<ReturnType<typeof h.newPage>>;
  const expected = readExpected<ProposalsExpected>('proposals-list.xlsx');

  beforeAll(async () => {
    session = await h.newPage();
    await newProjectFromBudget(session.page, FIXTURES, 'budget-clean.xlsx');
    await chooseFiles(session.page, 'Importér forslag', [join(FIXTURES, 'proposals-list.xlsx')]);
    const report = session.page.getByRole('dialog', { name: 'Forslag importeret' });
    await report.waitFor({ timeout: 60_000 });
    await session.page.getByRole('button', { name: 'Luk', exact: true }).click();
  });
  afterAll(async () => {
    await session?.context.close();
  });

  it('Oversigt: tallet for den brede vej i 2027 består af netop de brede forslag; ét klik viser forslaget i Forslag', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    await countAllStatuses(page);
    const wanted = expected.proposals.filter((p) => p.vej === 'brede' && (p.amounts['2027'] ?? 0) !== 0);
    const cell = page
      .getByRole('table', { name: 'Total pr. år' })
      .getByRole('button', { name: /^Den brede vej, 2027: / });
    const shown = num(await cell.innerText());
    expect(shown).toBeCloseTo(expected.per_vej.brede?.['2027'] ?? NaN, 1);
    await cell.click();

    const dialog = page.getByRole('dialog', { name: 'Hvad består tallet af?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByText(`er summen af disse ${wanted.length} forslag`).count()).toBe(1);
    const { rows, total } = await traceRows(dialog);
    expect(rows.map((r) => r[0]).sort()).toEqual(wanted.map((p) => p.nr).sort());
    // Each amount as the fixture has it, and together exactly the number clicked.
    for (const r of rows) {
      const p = wanted.find((x) => x.nr === r[0]);
      expect(num(r[2] ?? ''), r[0]).toBeCloseTo(p?.amounts['2027'] ?? NaN, 1);
    }
    expect(total).toBe(shown);
    expect(rows.reduce((s, r) => s + Math.round(num(r[2] ?? '') * 1000), 0)).toBe(Math.round(shown * 1000));
    await page.setViewportSize({ width: 1280, height: 720 });
    await h.shot(page, 'spor-forslag-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await h.shot(page, 'spor-forslag-1920');
    await page.setViewportSize({ width: 1400, height: 900 });

    const [lastId, lastTitle] = rows[rows.length - 1] ?? [];
    await dialog.locator('[role="gridcell"][col-id="first"]', { hasText: lastId ?? '' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByRole('tab', { name: 'Forslag' }).getAttribute('aria-selected'))
      .toBe('true');
    // The proposal's title cell has the focus, scrolled into view.
    const focused = page.locator('.ag-cell-focus[col-id="title"]');
    await expect.poll(() => focused.count()).toBe(1);
    await expect.poll(async () => (await focused.innerText()).trim()).toBe(lastTitle);
    await expect.poll(() => activeCell(page)).toEqual({ col: 'title', text: lastTitle });
    await h.shot(page, 'spor-forslag-række');
  });

  it('Budget: et udvalgs tal består af budgetlinjer med fil, ark og celle; ét klik viser linjen i Budget', async () => {
    const { page } = session;
    const budget = readExpected<{ per_udvalg: Record<string, Record<string, number>> }>('budget-clean.xlsx');
    await page.getByRole('tab', { name: 'Budget' }).click();
    const committee = 'Kultur- og Fritidsudvalget';
    const cell = page.getByRole('button', { name: new RegExp(`^${committee}, 2026: `) });
    const shown = num(await cell.innerText());
    expect(shown).toBeCloseTo(budget.per_udvalg[committee]?.['2026'] ?? NaN, 1);
    await cell.click();
    const dialog = page.getByRole('dialog', { name: 'Hvad består tallet af?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByText(/er summen af disse [\d.]+ budgetlinjer/).count()).toBe(1);
    const { rows, total } = await traceRows(dialog);
    expect(total).toBe(shown);
    expect(rows.length).toBeGreaterThan(3);
    // Committee, area, text, amount, source: the source names the file, the sheet and the 2026 column's cell.
    for (const r of rows) {
      expect(r[0]).toBe(committee);
      expect(r[4]).toMatch(/^budget-clean\.xlsx · Budget · L\d+$/);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await h.shot(page, 'spor-budget-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await h.shot(page, 'spor-budget-1920');
    await page.setViewportSize({ width: 1400, height: 900 });

    const first = rows[0] ?? [];
    await dialog.locator('[role="gridcell"][col-id="text"]').first().click();
    await dialog.waitFor({ state: 'detached' });
    // The line's 2026 cell has the focus, in a row that says the line's text and amount.
    const focused = page.locator('.budget-view .ag-cell-focus[col-id="year-2026"]');
    await expect.poll(() => focused.count()).toBe(1);
    expect(num(await focused.innerText())).toBe(num(first[3] ?? ''));
    await expect.poll(() => activeCell(page)).toEqual({ col: 'year-2026', text: first[3] });
    const rowText = await focused.locator('xpath=ancestor::div[@role="row"][1]').innerText();
    // (Columns scrolled out of view are not drawn: the text is beside the amount, the committee is not.)
    expect(rowText).toContain(first[2] ?? '');
    await h.shot(page, 'spor-budget-linje');
  });

  it('en version tages, et forslag rettes, og sammenligningen viser netop den ændring med forskel; historikken siger hvem', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    await page.getByRole('button', { name: 'Gem version', exact: true }).click();
    const save = page.getByRole('dialog', { name: 'Gem version' });
    await save.getByRole('textbox', { name: 'Navn' }).fill('1. behandling');
    await save.getByRole('textbox', { name: /initialer/ }).fill('MJ');
    await save.getByRole('button', { name: 'Gem version' }).click();
    await save.waitFor({ state: 'detached' });

    // The same name again is refused with a Danish sentence, and nothing is saved.
    await page.getByRole('button', { name: 'Gem version', exact: true }).click();
    const again = page.getByRole('dialog', { name: 'Gem version' });
    await again.getByRole('textbox', { name: 'Navn' }).fill('1. behandling');
    await again.getByRole('button', { name: 'Gem version' }).click();
    await expect
      .poll(() =>
        again.getByText("Der er allerede en version med navnet '1. behandling'. Vælg et andet navn.").count(),
      )
      .toBe(1);
    await again.getByRole('button', { name: 'Annuller' }).click();

    await page.getByRole('tab', { name: 'Forslag' }).click();
    // The first journey left the grid scrolled to a proposal further down.
    await page.locator('.ag-cell-focus').first().click();
    await page.keyboard.press('Control+Home');
    const id = (await cell(page, 0, 'id').innerText()).trim();
    const before = (await cell(page, 0, 'amount:1').innerText()).trim();
    await typeInCell(page, 0, 'title', 'Ny titel efter 1. behandling');
    await typeInCell(page, 0, 'amount:1', '-999');

    await page.getByRole('tab', { name: 'Oversigt' }).click();
    await page.getByRole('button', { name: 'Sammenlign med', exact: true }).click();
    const compare = page.getByRole('dialog', { name: 'Sammenlign' });
    await compare.waitFor();
    await expect.poll(() => compare.getByRole('table', { name: 'Ændret (1)' }).count()).toBe(1);
    const changed = compare.getByRole('table', { name: 'Ændret (1)' });
    const titleRow = changed.getByRole('row', { name: /Titel/ });
    expect(await titleRow.innerText()).toContain('Ny titel efter 1. behandling');
    const amountRow = changed.getByRole('row', { name: /Beløb 2027/ });
    const amountCells = await amountRow.getByRole('cell').allInnerTexts();
    expect(num(amountCells[1] ?? '')).toBe(num(before));
    expect(amountCells[2]).toContain('-999');
    // The total for 2027 differs by exactly the edit.
    const totals = compare.getByRole('table', { name: 'Pr. vej' }).getByRole('row', { name: /^I alt/ });
    const t = (await totals.getByRole('cell').allInnerTexts()).map(num);
    expect(Math.round((t[5] ?? NaN) * 1000)).toBe(Math.round((-999 - num(before)) * 1000));
    await page.setViewportSize({ width: 1280, height: 720 });
    await h.shot(page, 'sammenlign-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await h.shot(page, 'sammenlign-1920');
    await page.setViewportSize({ width: 1400, height: 900 });
    await compare.getByRole('checkbox', { name: 'Markér ændringerne i Forslag' }).check();
    await compare.getByRole('button', { name: 'Luk' }).click();

    // Forslag marks exactly the changed cells, with what they were in the version on hover.
    await page.getByRole('tab', { name: 'Forslag' }).click();
    const marked = async (col: string): Promise<boolean> =>
      ((await cell(page, 0, col).getAttribute('class')) ?? '').includes('cell-changed');
    await expect.poll(() => marked('title')).toBe(true);
    expect(await marked('amount:1')).toBe(true);
    expect(await marked('amount:0')).toBe(false);
    expect(await marked('committee')).toBe(false);
    expect(await cell(page, 1, 'title').getAttribute('class')).not.toContain('cell-changed');

    // The detail panel's history: who (the initials), the field, old → new.
    await cell(page, 0, 'title').click();
    await page.getByRole('button', { name: 'Vis detaljer' }).click();
    const history = page.getByRole('region', { name: 'Historik' });
    await expect.poll(() => history.getByText('Ny titel efter 1. behandling').count()).toBeGreaterThan(0);
    expect(await history.innerText()).toMatch(/MJ · Rettet i Råderum/);
    expect(await history.innerText()).toContain(`Import af proposals-list.xlsx`);
    expect(id).not.toBe('');
    await h.shot(page, 'historik');
  });

  it('et ændringsforslag importeres fra en arbejdsbog, sammenlignes med versionen pr. år og vedtages', async () => {
    const { page } = session;
    // Party A's amendment: proposals-list.xlsx with BU-02's 2026 amount (H7) changed to -5.000.
    const file = join(SHOTS, 'aendringsforslag-A.xlsx');
    openpyxlEdit(join(FIXTURES, 'proposals-list.xlsx'), file, {
      set: [{ sheet: 'Forslag', cell: 'H7', value: -5000 }],
    });
    const bu02 = expected.proposals.find((p) => p.nr === 'BU-02')?.amounts['2026'] ?? NaN;

    await page.getByRole('tab', { name: 'Oversigt' }).click();
    await page.getByRole('button', { name: 'Ændringsforslag', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Ændringsforslag' });
    await dialog.getByRole('textbox', { name: 'Navn på ændringsforslaget' }).fill('Ændringsforslag fra A');
    await chooseFiles(page, 'Importér ændringsforslag…', [file]);
    const table = dialog.getByRole('table', { name: /Ændringsforslagene side om side/ });
    await table.waitFor({ timeout: 30_000 });
    const heads = (await table.getByRole('columnheader').allInnerTexts()).map((t) =>
      t.split('\n')[0]?.trim(),
    );
    expect(heads).toEqual(['År', '1. behandling', 'Ændringsforslag fra A']);
    const [base, amended] = (
      await table
        .getByRole('row', { name: /^Råderum i alt 2026/ })
        .getByRole('cell')
        .allInnerTexts()
    ).map(num);
    expect(Math.round(((amended ?? NaN) - (base ?? NaN)) * 1000)).toBe(Math.round((-5000 - bu02) * 1000));
    await page.setViewportSize({ width: 1280, height: 720 });
    await h.shot(page, 'aendringsforslag-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await h.shot(page, 'aendringsforslag-1920');
    await page.setViewportSize({ width: 1400, height: 900 });

    await dialog.getByRole('button', { name: 'Vedtag Ændringsforslag fra A' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Forslag' }).click();
    await page
      .locator('.ag-cell-focus')
      .first()
      .click()
      .catch(() => undefined);
    await page.keyboard.press('Control+Home');
    const row = page.getByRole('row', { name: /BU-02/ }).first();
    await expect.poll(async () => (await row.innerText()).includes('-5.000')).toBe(true);
  });
});
