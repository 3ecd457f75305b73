import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../workbook/index.ts';
import { importBudget } from './import.ts';
import { previewBudget } from './preview.ts';

/** A one-or-more-sheet xlsx from rows of inline values (strings become inline strings, numbers numbers). */
function workbook(
  sheets: { name: string; state?: string; rows: (string | number | null)[][] }[],
): Uint8Array {
  const col = (i: number): string => String.fromCharCode(65 + i);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="r"><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}" ${s.state ? `state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://x/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    const rows = s.rows
      .map(
        (r, ri) =>
          `<row r="${ri + 1}">${r
            .map((v, ci) =>
              v === null
                ? ''
                : typeof v === 'number'
                  ? `<c r="${col(ci)}${ri + 1}"><v>${v}</v></c>`
                  : `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${v}</t></is></c>`,
            )
            .join('')}</row>`,
      )
      .join('');
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
    );
  });
  return zipSync(files);
}

const LINE = ['Børne- og Ungeudvalget', 'Skoler', '3.22.01', 'Løn'];

describe('planårene vælges fra overskrifterne', () => {
  it('sidste års budget foran planen er ikke en del af planen', async () => {
    const bytes = workbook([
      {
        name: 'Budget',
        rows: [
          ['Udvalg', 'Politikområde', 'Funktion', 'Tekst', 'Budget 2025', '2026', '2027', '2028', '2029'],
          [...LINE, 1, 2, 3, 4, 5],
        ],
      },
    ]);
    const preview = await previewBudget(await openWorkbook(bytes, 'a.xlsx'));
    expect(preview.years).toEqual([2026, 2027, 2028, 2029]);
    expect(preview.sheets[0]?.notPlanColumns).toEqual({ E: 'Budget 2025' });
  });

  it('et femte overslagsår efter planen er ikke en del af planen', async () => {
    const bytes = workbook([
      {
        name: 'Budget',
        rows: [
          [
            'Udvalg',
            'Politikområde',
            'Funktion',
            'Tekst',
            'Budget 2026',
            'Overslag 2027',
            'Overslag 2028',
            'Overslag 2029',
            'Overslag 2030',
          ],
          [...LINE, 1, 2, 3, 4, 5],
        ],
      },
    ]);
    const preview = await previewBudget(await openWorkbook(bytes, 'b.xlsx'));
    expect(preview.years).toEqual([2026, 2027, 2028, 2029]);
  });

  it('brugeren kan selv angive budgetåret', async () => {
    const bytes = workbook([
      {
        name: 'Budget',
        rows: [
          ['Udvalg', 'Politikområde', 'Funktion', 'Tekst', '2026', '2027', '2028', '2029', '2030'],
          [...LINE, 1, 2, 3, 4, 5],
        ],
      },
    ]);
    const file = await openWorkbook(bytes, 'c.xlsx');
    expect((await previewBudget(file, { budgetYear: 2027 })).years).toEqual([2027, 2028, 2029, 2030]);
    const budget = await importBudget(file, { budgetYear: 2027 });
    expect(budget.lines[0]?.amounts).toEqual([2000, 3000, 4000, 5000]);
  });
});

describe('arkenes roller', () => {
  it('et skjult ark bruges, når det er det eneste med et budget', async () => {
    const bytes = workbook([
      { name: 'Forside', rows: [['Fjordby Kommune'], ['Budget 2026-2029']] },
      {
        name: 'Data',
        state: 'hidden',
        rows: [
          ['Udvalg', 'Politikområde', 'Funktion', 'Tekst', '2026', '2027', '2028', '2029'],
          [...LINE, 1, 2, 3, 4],
        ],
      },
    ]);
    const file = await openWorkbook(bytes, 'd.xlsx');
    const preview = await previewBudget(file);
    expect(preview.sheets.map((s) => s.role)).toEqual(['ignored', 'budget']);
    expect((await importBudget(file)).lines).toHaveLength(1);
  });

  it('uden et budget nogen steder: no_amounts_found', async () => {
    const bytes = workbook([{ name: 'Notat', rows: [['Et notat'], ['om budgettet']] }]);
    await expect(previewBudget(await openWorkbook(bytes, 'e.xlsx'))).rejects.toMatchObject({
      problem: { code: 'no_amounts_found' },
    });
  });

  it('forhåndsvisningen viser rækkerne som dansk tekst', async () => {
    const bytes = workbook([
      {
        name: 'Budget',
        rows: [
          ['Udvalg', 'Politikområde', 'Funktion', 'Tekst', '2026', '2027', '2028', '2029'],
          [...LINE, 1234.5, -2500, 0, 7],
        ],
      },
    ]);
    const preview = await previewBudget(await openWorkbook(bytes, 'f.xlsx'));
    expect(preview.sheets[0]?.rows[1]?.cells.slice(4)).toEqual(['1.234,5', '-2.500', '0', '7']);
  });
});

describe('overskriftsrækken findes', () => {
  const header = ['Udvalg', 'Politikområde', 'Funktion', 'Tekst', '2026', '2027', '2028', '2029'];
  const filler = (n: number): (string | number | null)[][] =>
    Array.from({ length: n }, (_, i) => [`Udvælgelse ${i + 1}:`, i % 3 === 0 ? 2026 : 'Alle']);

  it('en linje med årstal i indledningen er ikke overskriften, når der ikke følger budgetlinjer', async () => {
    const bytes = workbook([
      {
        name: 'Rapport',
        rows: [
          ['Beløbskolonner:', 'Budget 2026', 'Overslag 2027', 'Overslag 2028', 'Overslag 2029'],
          ...filler(48),
          // Scores no higher than the line above: only the budget lines below it make it the header.
          ['Tekst', 2026, 2027, 2028, 2029],
          ['Løn', 1, 2, 3, 4],
          ['Husleje', 10, 20, 30, 40],
        ],
      },
    ]);
    const file = await openWorkbook(bytes, 'g.xlsx');
    const preview = await previewBudget(file);
    expect(preview.sheets[0]?.headerRow).toBe(50);
    expect(preview.sheets[0]?.rows[0]?.row).toBe(50);
    const budget = await importBudget(file);
    expect(budget.lines.map((l) => l.amounts)).toEqual([
      [1000, 2000, 3000, 4000],
      [10_000, 20_000, 30_000, 40_000],
    ]);
  });

  it('en overskrift med budgetlinjer i de første 40 rækker vinder over en senere tabel', async () => {
    const rows: (string | number | null)[][] = [header, [...LINE, 1, 2, 3, 4], ...filler(50)];
    rows.push(['Udvalg', 'Politikområde', 'Funktion', 'Tekst', 'Afdeling', '2026', '2027', '2028', '2029']);
    rows.push([...LINE, 'x', 5, 6, 7, 8]);
    const preview = await previewBudget(await openWorkbook(workbook([{ name: 'Budget', rows }]), 'h.xlsx'));
    expect(preview.sheets[0]?.headerRow).toBe(1);
  });

  it('ud over række 200 ledes der ikke', async () => {
    const rows = [...filler(210), header, [...LINE, 1, 2, 3, 4]];
    await expect(
      previewBudget(await openWorkbook(workbook([{ name: 'Budget', rows }]), 'i.xlsx')),
    ).rejects.toMatchObject({ problem: { code: 'no_amounts_found' } });
  });
});

describe('år delt i udgift og indtægt', () => {
  it('en overskrift i én række med Udgift 2026 og Indtægt 2026: nettoen er summen', async () => {
    const header = ['Udvalg', 'Politikområde', 'Funktion', 'Tekst'];
    for (const y of [2026, 2027, 2028, 2029]) header.push(`Udgift ${y}`, `Indtægt ${y}`);
    const bytes = workbook([{ name: 'Budget', rows: [header, [...LINE, 10, -4, 20, -5, 30, -6, 40, -7]] }]);
    const file = await openWorkbook(bytes, 'j.xlsx');
    const preview = await previewBudget(file);
    expect(preview.sheets[0]?.years).toEqual({ '2026': 'E+F', '2027': 'G+H', '2028': 'I+J', '2029': 'K+L' });
    expect((await importBudget(file)).lines[0]?.amounts).toEqual([6000, 15_000, 24_000, 33_000]);
  });

  it('med en nettokolonne under året bruges den alene', async () => {
    const group = [null, null, null, null, 'Budget 2026', null, null];
    const sub = ['Udvalg', 'Politikområde', 'Funktion', 'Tekst', 'Udgift', 'Indtægt', 'Netto'];
    const years = [2027, 2028, 2029];
    for (const y of years) {
      group.push(`Overslag ${y}`, null, null);
      sub.push('Udgift', 'Indtægt', 'Netto');
    }
    const data = [...LINE, 10, -4, 6, 20, -5, 15, 30, -6, 24, 40, -7, 33];
    const bytes = workbook([{ name: 'Budget', rows: [group, sub, data] }]);
    const file = await openWorkbook(bytes, 'k.xlsx');
    const preview = await previewBudget(file);
    expect(preview.sheets[0]?.groupHeaderRow).toBe(1);
    expect(preview.sheets[0]?.headerRow).toBe(2);
    expect(preview.sheets[0]?.years).toEqual({ '2026': 'G', '2027': 'J', '2028': 'M', '2029': 'P' });
    expect((await importBudget(file)).lines[0]?.amounts).toEqual([6000, 15_000, 24_000, 33_000]);
  });
});
