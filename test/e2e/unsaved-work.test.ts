/**
 * Nothing is lost without asking (issue 10 §1), in the web edition at a laptop's and a desktop's size: the
 * "Vil du gemme ændringerne?" question before the project is replaced (Åbn projekt, Tomt projekt, Nyt projekt fra
 * budget, a dropped file; the web edition keeps no recent files, whose opening asks through the same path as a
 * drop: renderer/src/app-actions.test.ts), recovery after a reload, undo that
 * says what it undid, focus back where it was, and an export that says why it cannot run yet.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createProject } from '../../shared/project/index.ts';
import { projectToBytes } from '../../renderer/src/project-io.ts';
import { blankProposal } from '../../renderer/src/grid/proposal-fields.ts';
import { FIXTURES, SHOTS, useHarness } from './harness.ts';
import { cell, chooseFiles, startEmptyProject, typeInCell } from './app-driver.ts';

const h = useHarness();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** A saved project with two proposals, as a user would have it on disk. */
function savedProjectFile(): string {
  const dir = join(SHOTS, '..', 'unsaved-work');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'Budget 2027.raaderum');
  const project = createProject({ municipality: 'Eksempelby', budgetYear: 2027 });
  const proposals = ['Færre vikarer', 'Lukket svømmehal'].map((title, i) => ({
    ...blankProposal(`F-${i + 1}`, project.settings.years.length),
    title,
  }));
  writeFileSync(path, projectToBytes({ ...project, proposals }));
  return path;
}

async function open(size: { width: number; height: number }) {
  const session = await h.newPage();
  await session.page.setViewportSize(size);
  return session;
}

async function addProposal(page: Page, title: string): Promise<void> {
  // The new row comes last; its index is the count before it ("n af n forslag"), not a count of the grid's
  // row elements, which include the pinned totals row.
  const before = Number(await proposalCount(page));
  await page.getByRole('button', { name: 'Nyt forslag', exact: true }).click();
  await expect.poll(() => proposalCount(page)).toBe(String(before + 1));
  await typeInCell(page, before, 'title', title);
  await expect.poll(() => cell(page, before, 'title').innerText()).toBe(title);
}

const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

const promptFor = (page: Page, name: string) =>
  page.getByRole('alertdialog', { name: `Vil du gemme ændringerne i ${name}?` });

const proposalCount = async (page: Page): Promise<string | undefined> =>
  /af (\d+) forslag/.exec(await page.getByText(/\d+ af \d+ forslag/).innerText())?.[1];

/** How many recovery copies the page's host has written (the web host keeps them in IndexedDB). */
const recoveryCopies = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('raaderum', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('recovery', { keyPath: 'id' });
        request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('recovery', 'readonly').objectStore('recovery').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
      }),
  );

for (const size of SIZES) {
  const at = `${size.width}x${size.height}`;

  describe(`intet går tabt uden at spørge (${at})`, () => {
    it('Åbn projekt med ikke gemte ændringer spørger med Gem, Gem ikke og Annuller; Annuller beholder projektet og fortryd, og fokus kommer tilbage', async () => {
      const { page, context, errors } = await open(size);
      await startEmptyProject(page);
      await addProposal(page, 'Færre vikarer');
      const opener = page.getByRole('button', { name: 'Åbn projekt', exact: true });
      await opener.click();
      const prompt = promptFor(page, 'Nyt projekt');
      await prompt.waitFor();
      for (const name of ['Gem', 'Gem ikke', 'Annuller'])
        expect(await prompt.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
      // The buttons lie inside the window, whatever its size.
      const box = await prompt.getByRole('button', { name: 'Annuller' }).boundingBox();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height);
      await h.shot(page, `gem-aendringerne-${at}`);

      await prompt.getByRole('button', { name: 'Annuller' }).click();
      await prompt.waitFor({ state: 'detached' });
      expect(await proposalCount(page)).toBe('1');
      expect(await cell(page, 0, 'title').innerText()).toBe('Færre vikarer');
      expect(await page.getByRole('button', { name: 'Fortryd', exact: true }).isEnabled()).toBe(true);
      await expect.poll(() => focusedName(page)).toBe('Åbn projekt');

      // Esc is Annuller too, and focus returns the same way.
      await opener.click();
      await prompt.waitFor();
      await page.keyboard.press('Escape');
      await prompt.waitFor({ state: 'detached' });
      await expect.poll(() => focusedName(page)).toBe('Åbn projekt');
      expect(await proposalCount(page)).toBe('1');

      // Gem ikke goes on: Tomt projekt starts afresh.
      await page.getByRole('button', { name: 'Tomt projekt', exact: true }).click();
      await prompt.waitFor();
      await prompt.getByRole('button', { name: 'Gem ikke' }).click();
      await expect.poll(() => proposalCount(page)).toBe('0');
      expect(await page.getByRole('button', { name: 'Fortryd', exact: true }).isDisabled()).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('Nyt projekt fra budget spørger først; Annuller beholder projektet, Gem ikke går videre til guiden', async () => {
      const { page, context, errors } = await open(size);
      await startEmptyProject(page);
      await addProposal(page, 'Færre vikarer');
      await page.getByRole('button', { name: 'Nyt projekt fra budget', exact: true }).click();
      const prompt = promptFor(page, 'Nyt projekt');
      await prompt.waitFor();
      await prompt.getByRole('button', { name: 'Annuller' }).click();
      await prompt.waitFor({ state: 'detached' });
      expect(await proposalCount(page)).toBe('1');
      await expect.poll(() => focusedName(page)).toBe('Nyt projekt fra budget');

      await chooseFiles(page, 'Nyt projekt fra budget', [join(FIXTURES, 'budget-clean.xlsx')], 'Nyt projekt');
      const confirm = page.getByRole('button', { name: 'Importér budget' });
      await confirm.waitFor({ timeout: 25_000 });
      await h.shot(page, `gem-aendringerne-budget-${at}`);
      await confirm.click();
      await page.getByRole('dialog', { name: 'Budget importeret' }).waitFor({ timeout: 25_000 });
      await page.getByRole('button', { name: 'Luk', exact: true }).click();
      await page.getByRole('tab', { name: 'Forslag' }).click();
      await expect.poll(() => proposalCount(page)).toBe('0');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('en projektfil sluppet på vinduet spørger først; Gem gemmer og åbner så filen', async () => {
      const { page, context, errors } = await open(size);
      await startEmptyProject(page);
      await addProposal(page, 'Færre vikarer');
      const bytes = [...projectToBytes(createProject({ municipality: 'Andetby', budgetYear: 2027 }))];
      await page.evaluate((data) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], 'Andetby.raaderum'));
        document
          .querySelector('.app')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, bytes);
      const prompt = promptFor(page, 'Nyt projekt');
      await prompt.waitFor();
      await prompt.getByRole('button', { name: 'Annuller' }).click();
      expect(await proposalCount(page)).toBe('1');

      await page.evaluate((data) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], 'Andetby.raaderum'));
        document
          .querySelector('.app')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, bytes);
      await prompt.waitFor();
      const download = page.waitForEvent('download');
      await prompt.getByRole('button', { name: 'Gem', exact: true }).click();
      expect((await download).suggestedFilename()).toMatch(/\.raaderum$/);
      await expect.poll(() => page.locator('.project-name').innerText()).toContain('Andetby.raaderum');
      expect(await proposalCount(page)).toBe('0');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('en genindlæsning lige efter en ændring tilbyder den igen, under filens navn og som ikke gemt', async () => {
      const { page, context, errors } = await open(size);
      await chooseFiles(page, 'Åbn projekt', [savedProjectFile()]);
      await page.getByRole('tab', { name: 'Forslag' }).waitFor();
      await addProposal(page, 'Kortere åbningstid');
      // Written within about two seconds of the edit, with no blur or other nudge.
      await expect.poll(() => recoveryCopies(page), { timeout: 3_000, interval: 100 }).toBe(1);
      // A second tab while this one is still open: the work is not lost, so it is not offered there.
      const other = await context.newPage();
      await other.setViewportSize(size);
      await other.goto(h.url);
      await other.getByRole('button', { name: 'Tomt projekt' }).waitFor();
      await other.waitForTimeout(1_000); // the offer, were it made, comes from one IndexedDB read at start
      expect(await other.getByRole('button', { name: 'Gendan' }).count()).toBe(0);
      await other.close();
      await page.reload();
      const restore = page.getByRole('button', { name: 'Gendan' });
      await restore.click();
      await expect.poll(() => page.locator('.project-name').innerText()).toContain('Budget 2027.raaderum');
      expect(await page.getByLabel('Ikke gemte ændringer').count()).toBe(1);
      await page.getByRole('tab', { name: 'Forslag' }).click();
      await expect.poll(() => proposalCount(page)).toBe('3');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('Fortryd uden for gitteret siger, hvad det fortrød, og knapperne nævner næste trin', async () => {
      const { page, context, errors } = await open(size);
      await startEmptyProject(page);
      await chooseFiles(page, 'Importér forslag', [join(FIXTURES, 'proposals-list.xlsx')]);
      const report = page.getByRole('dialog', { name: 'Forslag importeret' });
      await report.waitFor({ timeout: 30_000 });
      const added = /(\d+) forslag fra/.exec(await report.innerText())?.[1] ?? '?';
      await report.getByRole('button', { name: 'Luk', exact: true }).click();
      const step = `import af ${added} forslag`;

      await page.getByRole('tab', { name: 'Oversigt' }).click();
      const undo = page.getByRole('button', { name: 'Fortryd', exact: true });
      const redo = page.getByRole('button', { name: 'Gentag', exact: true });
      expect(await undo.getAttribute('title')).toBe(`Fortryd ${step} (Ctrl+Z)`);
      await undo.click();
      const status = page.getByRole('status').filter({ hasText: 'Fortrudt' });
      await expect.poll(() => status.innerText()).toBe(`Fortrudt: ${step}`);
      expect(await redo.getAttribute('title')).toBe(`Gentag ${step} (Ctrl+Y)`);
      await h.shot(page, `fortrudt-statuslinje-${at}`);
      const statusBox = await status.boundingBox();
      expect((statusBox?.x ?? Infinity) + (statusBox?.width ?? 0)).toBeLessThanOrEqual(size.width);

      await redo.click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Gentaget' }).innerText())
        .toBe(`Gentaget: ${step}`);
      await page.getByRole('tab', { name: 'Forslag' }).click();
      expect(await proposalCount(page)).toBe(added);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('Eksportér katalog er slået fra med grunden, til projektet har forslag; hver fane åbner øverst', async () => {
      const { page, context, errors } = await open(size);
      await startEmptyProject(page);
      const exportButton = page.getByRole('button', { name: 'Eksportér katalog' });
      expect(await exportButton.isDisabled()).toBe(true);
      const reason = 'Projektet har hverken budget eller forslag endnu.';
      expect(await exportButton.getAttribute('title')).toContain(reason);
      expect(await exportButton.getAttribute('aria-description')).toContain(reason);

      await chooseFiles(page, 'Importér forslag', [join(FIXTURES, 'proposals-list.xlsx')]);
      const report = page.getByRole('dialog', { name: 'Forslag importeret' });
      await report.waitFor({ timeout: 30_000 });
      await report.getByRole('button', { name: 'Luk', exact: true }).click();
      expect(await exportButton.isEnabled()).toBe(true);
      expect(await exportButton.getAttribute('aria-description')).toBeNull();

      // The export dialog gives focus back to its button when it closes.
      await exportButton.click();
      await page.getByRole('dialog', { name: 'Eksportér katalog' }).waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedName(page)).toBe('Eksportér katalog');

      await page.getByRole('tab', { name: 'Oversigt' }).click();
      const workArea = page.locator('main.work-area');
      const scrolled = await workArea.evaluate((el) => {
        el.scrollTo({ top: el.scrollHeight });
        return el.scrollTop;
      });
      // Oversigt is taller than a laptop's window, so there is somewhere to scroll from.
      if (size.height === 720) expect(scrolled).toBeGreaterThan(0);
      await page.getByRole('tab', { name: 'Værktøjer' }).click();
      expect(await workArea.evaluate((el) => el.scrollTop)).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
