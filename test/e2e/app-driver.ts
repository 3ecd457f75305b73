import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { parseDanishNumber } from '../../shared/numbers/index.ts';

/** Helpers that drive the app the way a person does: by accessible names and the keyboard. */

export function grid(page: Page): Locator {
  return page.getByRole('grid').first();
}

/** A row of the first grid by its displayed index. */
export function row(page: Page, rowIndex: number): Locator {
  return grid(page).locator(`[role="row"][row-index="${rowIndex}"]`).first();
}

/** A cell of the Forslag grid by row index (as displayed) and column id. */
export function cell(page: Page, rowIndex: number, colId: string): Locator {
  return grid(page)
    .locator(`[role="row"][row-index="${rowIndex}"] [role="gridcell"][col-id="${colId}"]`)
    .first();
}

/** Clicks a cell of the Forslag grid, types `typed` and confirms it with Enter. */
export async function typeInCell(page: Page, rowIndex: number, colId: string, typed: string): Promise<void> {
  await cell(page, rowIndex, colId).click();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
}

/** Pastes text as the clipboard would deliver it after copying in Excel. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/**
 * An empty project whose Forslag grid holds `count` proposals pasted from Excel (`tsv`: one row each, from the
 * Titel column on); waits until the last of them is drawn.
 */
export async function pasteProposals(page: Page, tsv: string, count: number): Promise<void> {
  await startEmptyProject(page);
  await page.getByRole('button', { name: 'Nyt forslag' }).click();
  await cell(page, 0, 'title').click();
  await pasteText(page, tsv);
  await row(page, count - 1).waitFor();
}

/** What a copy (Ctrl+C) in the page puts on the clipboard, read from the copy event as the app answers it. */
export async function copiedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = new DataTransfer();
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    return data.getData('text/plain');
  });
}

export async function startEmptyProject(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tomt projekt' }).click();
  await grid(page).waitFor();
}

export async function cellTexts(page: Page, rowIndex: number, colIds: string[]): Promise<string[]> {
  return Promise.all(colIds.map(async (c) => (await cell(page, rowIndex, c).innerText()).trim()));
}

export async function text(page: Page, rowIndex: number, colId: string): Promise<string> {
  return (await cell(page, rowIndex, colId).innerText()).trim();
}

/** Clicks a button that opens a file input, and answers the file chooser. */
/**
 * Clicks a button that opens a file chooser and chooses `paths`. With `unsaved`, the project has unsaved changes:
 * the question "Vil du gemme ændringerne i <unsaved>?" must come first, and is answered "Gem ikke".
 */
export async function chooseFiles(
  page: Page,
  buttonName: string,
  paths: string[],
  unsaved?: string,
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName, exact: true }).first().click();
  if (unsaved !== undefined) {
    const prompt = page.getByRole('alertdialog', { name: `Vil du gemme ændringerne i ${unsaved}?` });
    await prompt.getByRole('button', { name: 'Gem ikke', exact: true }).click();
  }
  await (await chooser).setFiles(paths);
}

/**
 * "Nyt projekt fra budget" → the wizard's detected mapping → "Importér budget" → the report closed. Each
 * wait stays well inside a test's 60 s, so a stall fails with the step that stalled; the benchmark's large
 * files pass a longer wait.
 */
export async function newProjectFromBudget(
  page: Page,
  fixtures: string,
  file: string,
  stepTimeout = 25_000,
): Promise<void> {
  await chooseFiles(page, 'Nyt projekt fra budget', [join(fixtures, file)]);
  const confirm = page.getByRole('button', { name: 'Importér budget' });
  await confirm.waitFor({ timeout: stepTimeout });
  await confirm.click();
  await page.getByRole('dialog', { name: 'Budget importeret' }).waitFor({ timeout: stepTimeout });
  await page.getByRole('button', { name: 'Luk', exact: true }).click();
}

/** The numbers of a table row as shown on screen (Danish text → numbers in 1.000 kr.). */
export async function rowNumbers(row: Locator): Promise<number[]> {
  const texts = await row.getByRole('cell').allInnerTexts();
  return texts.map((t) => parseDanishNumber(t.trim()) ?? Number.NaN);
}

/** The element's box lies wholly inside the viewport (and is drawn: it has a size). */
export async function expectInView(page: Page, target: Locator, what: string): Promise<void> {
  const box = await target.boundingBox();
  const view = page.viewportSize();
  expect(box, what).not.toBeNull();
  if (!box || !view) return;
  expect(box.width, what).toBeGreaterThan(0);
  expect(box.x, what).toBeGreaterThanOrEqual(0);
  expect(box.y, what).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, what).toBeLessThanOrEqual(view.width + 0.5);
  expect(box.y + box.height, what).toBeLessThanOrEqual(view.height + 0.5);
}
