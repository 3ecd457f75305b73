import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalogue } from '../../shared/catalogue/index.ts';
import { READABLE_BUDGETS, readExpected } from '../helpers/fixtures.ts';
import { FIXTURES, SHOTS, useHarness, type HarnessInUse } from './harness.ts';
import {
  cell,
  chooseFiles,
  cellTexts,
  newProjectFromBudget,
  pasteText,
  row,
  rowNumbers,
  startEmptyProject,
  text,
  typeInCell,
} from './app-driver.ts';

const h = useHarness();

describe('arbejdsbordet i browseren', () => {
  it('starter med knapperne til et nyt projekt og viser de fire faner', async () => {
    const { page, context, errors } = await h.newPage();
    await expect(page.getByRole('button', { name: 'Nyt projekt fra budget' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('button', { name: 'Åbn projekt' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Tomt projekt' }).click();
    for (const name of ['Budget', 'Forslag', 'Oversigt', 'Værktøjer']) {
      expect(await page.getByRole('tab', { name }).count()).toBe(1);
    }
    expect(await page.getByRole('tab', { name: 'Forslag' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('grid').first().waitFor();
    await h.shot(page, 'frame');

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Forslag redigeres som i Excel', () => {
  it('skriv erstatter, Enter flytter ned, indsæt tre rækker fra Excel, fortryd og gentag indsætningen', async () => {
    const { page, context, errors } = await h.newPage();
    await startEmptyProject(page);
    await page.getByRole('button', { name: 'Nyt forslag' }).click();
    await typeInCell(page, 0, 'title', 'Færre vikarer');
    await expect.poll(() => text(page, 0, 'title')).toBe('Færre vikarer');
    // Typing over an amount replaces it; Danish parentheses are a negative number.
    await cell(page, 0, 'amount:0').click();
    await page.keyboard.type('(1.234,5)');
    await page.keyboard.press('Tab');
    await expect.poll(() => text(page, 0, 'amount:0')).toBe('-1.234,5');
    // Esc cancels an edit.
    await cell(page, 0, 'amount:1').click();
    await page.keyboard.type('999');
    await page.keyboard.press('Escape');
    await expect.poll(() => text(page, 0, 'amount:1')).toBe('0,0');

    // Three rows copied from Excel: CRLF, tabs, Danish numbers, quoted cells; pasted at row 2's title.
    await page.getByRole('button', { name: 'Nyt forslag' }).click();
    await cell(page, 1, 'title').click();
    const excel =
      'Lukning af Solsikken\tBørne- og Ungeudvalget\tDagtilbud\tDen smalle vej\tOpgavebortfald\tForslag\t-2.000\t-2.000\t-2.000\t-2.000\r\n' +
      '"Ny ""digital"" post"\tØkonomiudvalget\tAdministration\ttværgående\tEffektivisering\tPrioriteret\t-150,5\t-300\t-300\t-300\r\n' +
      'Kortere åbningstid\tKultur- og Fritidsudvalget\tBiblioteker\tbrede\tServicereduktion\tForslag\t(250)\t(250)\t(250)\t(250)\r\n';
    await pasteText(page, excel);
    await row(page, 3).waitFor();
    expect(await cellTexts(page, 1, ['title', 'committee', 'vej', 'kategori', 'status', 'amount:0'])).toEqual(
      [
        'Lukning af Solsikken',
        'Børne- og Ungeudvalget',
        'Den smalle vej',
        'Opgavebortfald',
        'Forslag',
        '-2.000,0',
      ],
    );
    expect(await cellTexts(page, 2, ['title', 'vej', 'status', 'amount:0', 'amount:1'])).toEqual([
      'Ny "digital" post',
      'Den tværgående vej',
      'Prioriteret',
      '-150,5',
      '-300,0',
    ]);
    expect(await cellTexts(page, 3, ['title', 'vej', 'amount:3'])).toEqual([
      'Kortere åbningstid',
      'Den brede vej',
      '-250,0',
    ]);
    expect(await cellTexts(page, 0, ['title'])).toEqual(['Færre vikarer']);
    await h.shot(page, 'forslag-paste');

    // Undo takes the whole paste back in one step; redo brings it again.
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await row(page, 3).waitFor({ state: 'detached' });
    expect(await cellTexts(page, 1, ['title', 'amount:0'])).toEqual(['', '0,0']);
    await cell(page, 0, 'title').click();
    await page.keyboard.press('Control+Y');
    await row(page, 3).waitFor();
    expect(await cellTexts(page, 3, ['title'])).toEqual(['Kortere åbningstid']);
    await page.keyboard.press('Control+Z');
    await row(page, 3).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Gentag' }).click();
    await row(page, 3).waitFor();
    expect(await cellTexts(page, 2, ['title'])).toEqual(['Ny "digital" post']);

    // Delete clears a cell; Ctrl+D fills it from the cell above.
    await cell(page, 3, 'vej').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => text(page, 3, 'vej')).toBe('');
    await page.keyboard.press('Control+D');
    await expect.poll(() => text(page, 3, 'vej')).toBe('Den tværgående vej');
    // Oversigt: a row per vej and a column per year; an edit in Forslag shows there at once.
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    const totals = page.getByRole('table', { name: 'Total pr. år' });
    expect(await totals.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['2027', '2028', '2029', '2030']),
    );
    const smalle = totals.getByRole('row', { name: /Den smalle vej/ });
    expect((await smalle.getByRole('cell').allInnerTexts()).map((t) => t.trim())).toEqual([
      '-2.000,0',
      '-2.000,0',
      '-2.000,0',
      '-2.000,0',
    ]);
    await page.getByRole('tab', { name: 'Forslag' }).click();
    await typeInCell(page, 1, 'amount:0', '-1.234.567');
    await page.getByRole('tab', { name: 'Oversigt' }).click();
    expect((await smalle.getByRole('cell').first().innerText()).trim()).toBe('-1.234.567,0');
    await h.shot(page, 'oversigt');
    expect(errors).toEqual([]);
    await context.close();
  });
});

interface BudgetExpected {
  grand_total: Record<string, number>;
  row_count: number;
  per_udvalg: Record<string, Record<string, number>>;
  tolerance: number;
}

function expected(file: string): BudgetExpected {
  // Computed by the fixture generator from its own data, never by reading the workbook back (README.md).
  return readExpected<BudgetExpected>(file);
}

describe('nyt projekt fra budget', () => {
  for (const file of READABLE_BUDGETS) {
    it(`${file}: Budget-fanens totaler svarer til de uafhængigt beregnede`, async () => {
      const { page, context, errors } = await h.newPage();
      await newProjectFromBudget(page, FIXTURES, file);
      await page.getByRole('tab', { name: 'Budget' }).click();
      const exp = expected(file);
      const years = Object.keys(exp.grand_total);
      const summary = page.getByRole('table', { name: 'Udvalg og politikområder' });
      const totalRow = summary.getByRole('row', { name: /^I alt/ });
      await totalRow.waitFor();
      const total = await rowNumbers(totalRow);
      // As many numbers as plan years, so a missing cell cannot pass unnoticed.
      expect(total).toHaveLength(years.length);
      total.forEach((v, i) => expect(v).toBeCloseTo(exp.grand_total[years[i] ?? ''] ?? NaN, 1));
      for (const [committee, amounts] of Object.entries(exp.per_udvalg)) {
        const got = await rowNumbers(summary.getByRole('row', { name: committee }));
        expect(got).toHaveLength(years.length);
        got.forEach((v, i) => expect(v).toBeCloseTo(amounts[years[i] ?? ''] ?? NaN, 1));
      }
      // The grid's pinned totals row sums every line when nothing is filtered.
      await expect.poll(() => page.getByText(`${exp.row_count.toLocaleString('da-DK')} af`).count()).toBe(1);
      await h.shot(page, `budget-${file}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('en fil kernen ikke kan bruge', () => {
  it('budget-clean.ods: fejlen vises med kernens danske besked og filnavnet og lukkes med Luk', async () => {
    const { page, context } = await h.newPage();
    await chooseFiles(page, 'Nyt projekt fra budget', [join(FIXTURES, 'budget-clean.ods')]);
    const dialog = page.getByRole('alertdialog', { name: 'Fejl' });
    await dialog.waitFor({ timeout: 60_000 });
    const text = await dialog.innerText();
    expect(text).toContain('budget-clean.ods');
    expect(text).toMatch(/OpenDocument|ods/i);
    await h.shot(page, 'fejl-ods');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  });
});

interface ProposalsExpected {
  proposal_count: number;
  totals: { amounts: Record<string, number> };
  per_vej: Record<string, Record<string, number>>;
}

function proposalsExpected(file: string): ProposalsExpected {
  return readExpected<ProposalsExpected>(file);
}

describe('en budgetsæson i browseren', () => {
  let session: Awaited<ReturnType<HarnessInUse['newPage']>>;

  beforeAll(async () => {
    session = await h.newPage();
    await newProjectFromBudget(session.page, FIXTURES, 'budget-clean.xlsx');
  });

  afterAll(async () => {
    await session?.context.close();
  });

  it('importerer liste- og skemaforslag; rapporten lukkes med Luk; Oversigt viser deres sum pr. vej', async () => {
    const { page } = session;
    const files = ['proposals-list.xlsx', 'proposal-forms.xlsx'];
    await chooseFiles(
      page,
      'Importér forslag',
      files.map((f) => join(FIXTURES, f)),
    );
    const report = page.getByRole('dialog', { name: 'Forslag importeret' });
    await report.waitFor({ timeout: 60_000 });
    await h.shot(page, 'forslag-rapport');
    await page.getByRole('button', { name: 'Luk', exact: true }).click();
    await report.waitFor({ state: 'detached' });
    const exp = files.map(proposalsExpected);
    const count = exp.reduce((n, e) => n + e.proposal_count, 0);
    await expect.poll(() => page.getByText(`${count} af ${count} forslag`).count()).toBe(1);

    await page.getByRole('tab', { name: 'Oversigt' }).click();
    // Count every status, so the sum is the files' own total.
    for (const name of ['Forslag', 'Prioriteret', 'Fravalgt', 'Til modning']) {
      const box = page.getByRole('checkbox', { name, exact: true });
      if (!(await box.isChecked())) await box.check();
    }
    const totals = page.getByRole('table', { name: 'Total pr. år' });
    const years = Object.keys(exp[0]?.totals.amounts ?? {});
    const vejNames: Record<string, string> = {
      stille: 'Den stille vej',
      brede: 'Den brede vej',
      smalle: 'Den smalle vej',
      tværgående: 'Den tværgående vej',
      direkte: 'Den direkte vej',
    };
    for (const [vej, name] of Object.entries(vejNames)) {
      const got = await rowNumbers(totals.getByRole('row', { name }));
      got.forEach((v, i) => {
        const year = years[i] ?? '';
        const want = exp.reduce((s, e) => s + (e.per_vej[vej]?.[year] ?? 0), 0);
        expect(v).toBeCloseTo(want, 1);
      });
    }
    const all = await rowNumbers(totals.getByRole('row', { name: /^I alt/ }));
    all.forEach((v, i) =>
      expect(v).toBeCloseTo(
        exp.reduce((s, e) => s + (e.totals.amounts[years[i] ?? ''] ?? 0), 0),
        1,
      ),
    );
    await h.shot(page, 'oversigt-forslag');
  });

  it('eksporterer kataloget, og kernen læser det igen med de samme forslag', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Eksportér katalog', exact: true }).click();
    for (const name of ['Forslag', 'Prioriteret', 'Fravalgt', 'Til modning']) {
      const box = page.getByRole('dialog').getByRole('checkbox', { name, exact: true });
      if (!(await box.isChecked())) await box.check();
    }
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Gem katalog' }).click();
    const file = join(SHOTS, 'katalog.xlsx');
    await (await download).saveAs(file);
    const opened = await openCatalogue(new Uint8Array(readFileSync(file)), 'katalog.xlsx');
    const exp = ['proposals-list.xlsx', 'proposal-forms.xlsx'].map(proposalsExpected);
    expect(opened.project.proposals.length).toBe(exp.reduce((n, e) => n + e.proposal_count, 0));
    const years = Object.keys(exp[0]?.totals.amounts ?? {});
    years.forEach((year, i) => {
      const sum = opened.project.proposals.reduce((s, p) => s + (p.amounts[i] ?? 0), 0);
      expect(sum / 1000).toBeCloseTo(
        exp.reduce((s, e) => s + (e.totals.amounts[year] ?? 0), 0),
        1,
      );
    });
  });

  it('udskriver kataloget: forside, resumé, oversigt, listen, en A4-side pr. forslag og årsværk med kommune, dato og sidetal, og appen kommer igen bagefter', async () => {
    const { page } = session;
    // The browser's print dialog cannot be driven headless: record what is on the page when it is asked for.
    await page.evaluate(`window.print = () => {
      window.__printed = document.documentElement.outerHTML;
    }`);
    await page.getByRole('button', { name: 'Eksportér katalog', exact: true }).click();
    for (const name of ['Forslag', 'Prioriteret', 'Fravalgt', 'Til modning']) {
      const box = page.getByRole('dialog').getByRole('checkbox', { name, exact: true });
      if (!(await box.isChecked())) await box.check();
    }
    await page.getByRole('button', { name: 'Udskriv / PDF' }).click();
    await expect.poll(() => page.evaluate('Boolean(window.__printed)')).toBe(true);
    await page.getByRole('tab', { name: 'Forslag' }).waitFor();
    const printed = await page.evaluate<string>('window.__printed ?? ""');
    const exp = ['proposals-list.xlsx', 'proposal-forms.xlsx'].map(proposalsExpected);
    const count = exp.reduce((n, e) => n + e.proposal_count, 0);
    expect(printed.match(/class="print-page print-proposal"/g)?.length).toBe(count);
    expect(printed).toContain('Prioriteringskatalog, budget 2026-2029');
    // Lay the printed page out on A4 as Chromium's print does, and see one page per proposal at least.
    const pdfPage = await session.context.newPage();
    await pdfPage.goto(h.url);
    await pdfPage.setContent(printed.replace(/<script[\s\S]*?<\/script>/g, ''));
    await pdfPage.getByRole('document', { name: 'Udskriftsvisning af kataloget' }).waitFor();
    await h.shot(pdfPage, 'udskrift');
    const bytes = await pdfPage.pdf({ preferCSSPageSize: true });
    const pdf = bytes.toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    // front page, Resumé, Oversigt, the list, one page per proposal, Årsværk
    expect(pages).toBeGreaterThanOrEqual(count + 5);
    // Every page's footer: the kommune (none is set in this project) and the date, and "Side n af N".
    const pdfPath = join(SHOTS, 'udskrift.pdf');
    writeFileSync(pdfPath, bytes);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const footers = [...text.matchAll(/^ *(\d\d\.\d\d\.\d{4}) +Side (\d+) af (\d+)/gm)];
    expect(footers.map((m) => Number(m[2]))).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(new Set(footers.map((m) => `${m[1]} ${m[3]}`)).size).toBe(1);
    expect(text).toContain('Antal forslag pr. vej');
    expect(text).toMatch(/Årsværk pr\. udvalg/);
    await pdfPage.close();
  });

  it('grønthøsteren skåner et fritaget udvalg og opretter forslag for de andre', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Forslag' }).click();
    const vejFilter = page.getByRole('combobox', { name: 'Filtrér på vej' });
    const committeeCells = page.getByRole('grid').first().locator('[role="gridcell"][col-id="committee"]');
    await vejFilter.selectOption({ value: 'direkte' });
    const before = await committeeCells.allInnerTexts();

    await page.getByRole('tab', { name: 'Værktøjer' }).click();
    for (const year of [2026, 2027, 2028, 2029]) {
      await page.getByRole('textbox', { name: `Besparelse ${year}` }).fill('5.000');
    }
    const cut = page.getByRole('region', { name: 'Den direkte vej: grønthøster' });
    await cut.getByRole('checkbox', { name: 'Økonomiudvalget' }).check();
    await page.getByRole('button', { name: 'Vis fordeling' }).click();
    const preview = page.getByRole('table', { name: 'Grønthøsterens fordeling pr. udvalg' });
    await preview.waitFor();
    expect(await preview.getByRole('row', { name: /Økonomiudvalget/ }).count()).toBe(0);
    expect(await rowNumbers(preview.getByRole('row', { name: /^I alt/ }))).toEqual([
      -5000, -5000, -5000, -5000,
    ]);
    await h.shot(page, 'groenthoester');
    await page.getByRole('button', { name: 'Opret forslag' }).click();

    await page.getByRole('tab', { name: 'Forslag' }).click();
    await vejFilter.selectOption({ value: 'direkte' });
    await expect.poll(async () => (await committeeCells.allInnerTexts()).length).toBe(before.length + 5);
    const after = await committeeCells.allInnerTexts();
    const count = (list: string[], name: string) => list.filter((c) => c === name).length;
    // Five committees share the cut; the exempt one gets no proposal.
    expect(count(after, 'Økonomiudvalget')).toBe(count(before, 'Økonomiudvalget'));
    expect(count(after, 'Børne- og Ungeudvalget')).toBe(count(before, 'Børne- og Ungeudvalget') + 1);
    await vejFilter.selectOption({ value: '' });
  });

  it('efter genindlæsning tilbydes det ikke gemte arbejde, og Gendan bringer det tilbage', async () => {
    const { page } = session;
    const total = async () =>
      /af (\d+) forslag/.exec(await page.getByText(/\d+ af \d+ forslag/).innerText())?.[1];
    const before = await total();
    expect(Number(before)).toBeGreaterThan(70);
    // Autosave runs when the window loses focus (and about a second after each change); the reload waits for the
    // recovery copy, not for a time.
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const request = indexedDB.open('raaderum', 1);
              request.onsuccess = () => {
                const count = request.result.transaction('recovery').objectStore('recovery').count();
                count.onsuccess = () => resolve(count.result);
              };
            }),
        ),
      )
      .toBe(1);
    await page.reload();
    await page.getByRole('button', { name: 'Gendan' }).click({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Forslag' }).click();
    await expect.poll(total).toBe(before);
    await h.shot(page, 'gendannet');
    expect(session.errors).toEqual([]);
  });
});
