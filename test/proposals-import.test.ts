import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../shared/model/proposal.ts';
import { importProposals, type ImportProposalsOptions } from '../shared/proposals/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { readFixture } from './helpers/fixtures.ts';

const YEARS = [2026, 2027, 2028, 2029];

type Row = (string | number | null)[];

/** A small list-layout submission written with exceljs (a different writer than the one our reader was built on). */
async function listWorkbook(rows: Row[], above: Row[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Forslag');
  for (const r of above) ws.addRow(r);
  ws.addRow(['Forslag nr.', 'Udvalg', 'Titel', 'Vej', 'Kategori', 2026, 2027, 2028, 2029]);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function importBytes(
  files: { bytes: Uint8Array; name: string }[],
  options: Partial<ImportProposalsOptions> = {},
): ReturnType<typeof importProposals> {
  const opened = await Promise.all(
    files.map(async ({ bytes, name }) => ({ name, file: await openWorkbook(bytes, name) })),
  );
  return importProposals(opened, { years: YEARS, ...options });
}

/** One sheet written with exceljs (`fill` adds its rows, merges, …), imported as the file `name`. */
async function importSheet(
  name: string,
  sheet: string,
  fill: (ws: ExcelJS.Worksheet) => void,
): ReturnType<typeof importProposals> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet(sheet));
  return importBytes([{ bytes: new Uint8Array(await wb.xlsx.writeBuffer()), name }]);
}

const BU01: Row = [
  'BU-01',
  'Børne- og Ungeudvalget',
  'Lukning af klub',
  'Direkte',
  'Servicereduktion',
  100,
  200,
  200,
  200,
];
const BU02: Row = [
  'BU-02',
  'Børne- og Ungeudvalget',
  'Fælles indkøb',
  'Den stille vej',
  'Effektivisering',
  -50,
  -75,
  -75,
  -75,
];

describe('fortegn i indsendte forslag', () => {
  it('et ark med "Besparelse (positive tal)" vendes, og rapporten siger det', async () => {
    const bytes = await listWorkbook(
      [BU01, BU02],
      [[null, null, null, null, null, 'Besparelse (positive tal)']],
    );
    const result = await importBytes([{ bytes, name: 'positiv.xlsx' }]);
    expect(result.proposals.map((p) => p.amounts)).toEqual([
      [-100_000, -200_000, -200_000, -200_000],
      [50_000, 75_000, 75_000, 75_000],
    ]);
    const note = result.problems.find((p) => p.code === 'savings_positive_flipped');
    expect(note).toMatchObject({ severity: 'info', file: 'positiv.xlsx', sheet: 'Forslag', cell: 'F1' });
    expect(result.sheets[0]?.savingsFlipped).toBe(true);
  });

  it('uden en sådan erklæring er besparelser negative som skrevet', async () => {
    const bytes = await listWorkbook([BU01, BU02], [['Negative beløb = mindreudgift (besparelse).']]);
    const result = await importBytes([{ bytes, name: 'negativ.xlsx' }]);
    expect(result.proposals[0]?.amounts).toEqual([100_000, 200_000, 200_000, 200_000]);
    expect(result.problems.map((p) => p.code)).not.toContain('savings_positive_flipped');
  });

  it('--savings-positive vender alle ark og advarer, hvis arket selv siger det modsatte', async () => {
    const bytes = await listWorkbook([BU02], [['Negative beløb = mindreudgift (besparelse).']]);
    const result = await importBytes([{ bytes, name: 'tvunget.xlsx' }], { savingsPositive: true });
    expect(result.proposals[0]?.amounts).toEqual([50_000, 75_000, 75_000, 75_000]);
    const codes = result.problems.map((p) => p.code);
    expect(codes).toContain('savings_positive_forced');
    expect(codes).toContain('savings_sign_conflict');
  });

  it('"Besparelse" over mest positive beløb uden fortegnserklæring: intet vendes, men brugeren advares', async () => {
    const bytes = await listWorkbook([BU01], [[null, null, null, null, null, 'Besparelse']]);
    const result = await importBytes([{ bytes, name: 'tvivl.xlsx' }]);
    expect(result.proposals[0]?.amounts).toEqual([100_000, 200_000, 200_000, 200_000]);
    expect(result.problems.find((p) => p.code === 'savings_sign_doubt')).toMatchObject({
      severity: 'warning',
      cell: 'F1',
    });
  });

  it('et skema med en note om positive besparelser vendes', async () => {
    const result = await importSheet('skema.xlsx', 'Mit forslag', (ws) => {
      ws.addRow(['Forslag nr.', 'KF-99']);
      ws.addRow(['Titel:', 'Kortere åbningstid']);
      ws.addRow(['Udvalg', 'Kultur- og Fritidsudvalget']);
      ws.addRow(['Vej', 'Direkte']);
      ws.addRow(['Kategori', 'Servicereduktion']);
      ws.addRow([]);
      ws.addRow(['Økonomi (1.000 kr.)', '2026', '2027', '2028', '2029']);
      ws.addRow(['Besparelse', 10, 20, 20, 20]);
      // The sheet's sign covers the staff reduction beside the saving as well (issue 11, item 11).
      ws.addRow(['Årsværk', 0.5, 1, 1, 1]);
      ws.addRow(['Besparelser angives som positive tal.']);
    });
    expect(result.sheets[0]?.layout).toBe('form');
    expect(result.proposals[0]).toMatchObject({
      id: 'KF-99',
      title: 'Kortere åbningstid',
      vej: 'direkte',
      kategori: 'servicereduktion',
      amounts: [-10_000, -20_000, -20_000, -20_000],
      income: [0, 0, 0, 0],
      fte: [-0.5, -1, -1, -1],
    });
    expect(result.problems.find((p) => p.code === 'savings_positive_flipped')?.cell).toBe('A10');
  });
});

describe('fortegn erklæret på et vejledningsark', () => {
  it('gælder alle skemaer i projektmappen, undtagen et skema der selv siger det modsatte', async () => {
    const wb = new ExcelJS.Workbook();
    const guide = wb.addWorksheet('Vejledning');
    guide.addRow(['Sådan udfylder du skemaet']);
    guide.addRow(['Besparelser angives som positive tal.']);
    const form = (id: string, note?: string): void => {
      const ws = wb.addWorksheet(id);
      ws.addRow(['Forslag nr.', id]);
      ws.addRow(['Forslagets titel', `Titel ${id}`]);
      ws.addRow(['Udvalg', 'Økonomiudvalget']);
      ws.addRow(['Vej', 'Stille']);
      ws.addRow(['Kategori', 'Effektivisering']);
      ws.addRow(['Økonomi (1.000 kr.)', 2026, 2027, 2028, 2029]);
      ws.addRow(['I alt', 100, 100, 100, 100]);
      if (note) ws.addRow([note]);
    };
    form('ØK-90');
    form('ØK-91', 'Negative beløb = mindreudgift.');
    const result = await importBytes([
      { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), name: 'vejl.xlsx' },
    ]);
    expect(result.proposals.map((p) => [p.id, p.amounts[0]])).toEqual([
      ['ØK-90', -100_000],
      ['ØK-91', 100_000],
    ]);
    const flipped = result.problems.filter((p) => p.code === 'savings_positive_flipped');
    expect(flipped.map((p) => p.sheet)).toEqual(['ØK-90']);
    expect(flipped[0]?.message).toContain("arket 'Vejledning', celle A2");
  });
});

describe('enhed', () => {
  it('et ark i hele kroner omregnes til 1.000 kr., og rapporten siger det', async () => {
    const bytes = await listWorkbook(
      [
        [
          'BU-09',
          'Børne- og Ungeudvalget',
          'Små beløb',
          'Stille',
          'Effektivisering',
          -12_345,
          -50_000,
          -50_000,
          -50_000,
        ],
      ],
      [['Beløb i kr.']],
    );
    const result = await importBytes([{ bytes, name: 'kroner.xlsx' }]);
    expect(result.proposals[0]?.amounts).toEqual([-12_345, -50_000, -50_000, -50_000]);
    expect(result.problems.find((p) => p.code === 'proposal_unit_kroner')?.cell).toBe('A1');
  });
});

describe('advarsler med celle', () => {
  it('ukendt vej og kategori bliver tomme med en advarsel, der peger på cellen', async () => {
    const bytes = await listWorkbook([
      ['BU-03', 'Børne- og Ungeudvalget', 'Noget', 'Den grønne vej', 'Besparelse', -1, -1, -1, -1],
    ]);
    const result = await importBytes([{ bytes, name: 'ukendt.xlsx' }]);
    expect(result.proposals[0]).toMatchObject({ vej: null, kategori: null });
    expect(result.problems.find((p) => p.code === 'proposal_vej_unrecognised')).toMatchObject({
      severity: 'warning',
      file: 'ukendt.xlsx',
      sheet: 'Forslag',
      cell: 'D2',
    });
    expect(result.problems.find((p) => p.code === 'proposal_kategori_unrecognised')?.cell).toBe('E2');
  });

  it('tekst-tal læses på dansk, og fejlværdier nævnes', async () => {
    const result = await importSheet('tekst.xlsx', 'Forslag', (ws) => {
      ws.addRow(['Forslag nr.', 'Titel', 'Vej', 'Kategori', 2026, 2027, 2028, 2029]);
      ws.addRow(['SS-01', 'Tekst-tal', 'Stille', 'Effektivisering', '-1.234,5', '(250)', '-', null]);
      ws.getCell('H2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    expect(result.proposals[0]?.amounts).toEqual([-1_234_500, -250_000, 0, 0]);
    expect(result.problems.find((p) => p.code === 'proposal_error_value')?.cell).toBe('H2');
  });

  it('en projektperiode med et år, filen ikke har, giver 0 og en advarsel', async () => {
    const bytes = await listWorkbook([BU02]);
    const opened = await openWorkbook(bytes, 'kort.xlsx');
    const result = await importProposals([{ file: opened, name: 'kort.xlsx' }], {
      years: [2027, 2028, 2029, 2030],
    });
    expect(result.proposals[0]?.amounts).toEqual([-75_000, -75_000, -75_000, 0]);
    expect(result.problems.find((p) => p.code === 'proposal_year_missing')?.message).toContain('2030');
  });
});

describe('dubletter overskrives aldrig i stilhed', () => {
  const fixture = async (): Promise<{ bytes: Uint8Array; name: string }> => ({
    bytes: readFixture('proposals-list.xlsx'),
    name: 'proposals-list.xlsx',
  });

  it('samme fil to gange: genkendes som de samme forslag og tilføjes ikke igen', async () => {
    const first = await importBytes([await fixture()]);
    const again = await importBytes([await fixture()], { existing: first.proposals });
    expect(again.added).toBe(0);
    expect(again.identical).toBe(60);
    expect(again.proposals).toEqual(first.proposals);
    expect(again.problems.filter((p) => p.code === 'proposal_identical')).toHaveLength(60);
  });

  it('et ændret forslag med samme nummer omdøbes som standard, med begge kilder i advarslen', async () => {
    const first = await importBytes([await fixture()]);
    const edited: Proposal[] = first.proposals.map((p) =>
      p.id === 'BU-01'
        ? { ...p, amounts: [0, 0, 0, 0], source: { file: 'gammel.xlsx', sheet: 'Ark1', row: 9 } }
        : p,
    );
    const result = await importBytes([await fixture()], { existing: edited });
    expect(result.renamed).toBe(1);
    expect(result.identical).toBe(59);
    expect(result.proposals).toHaveLength(61);
    const renamed = result.proposals.find((p) => p.id === 'BU-01 (2)');
    expect(renamed?.amounts).toEqual([-2_490_000, -2_490_000, -2_490_000, -2_490_000]);
    expect(result.proposals.find((p) => p.id === 'BU-01')?.amounts).toEqual([0, 0, 0, 0]);
    const warning = result.problems.find((p) => p.code === 'proposal_duplicate_renamed');
    expect(warning).toMatchObject({
      severity: 'warning',
      file: 'proposals-list.xlsx',
      sheet: 'Forslag',
      cell: 'A6',
    });
    expect(warning?.message).toContain('gammel.xlsx');
    expect(warning?.message).toContain('proposals-list.xlsx');
  });

  it('skip beholder det eksisterende, replace erstatter det men beholder projektets status', async () => {
    const first = await importBytes([await fixture()]);
    const edited: Proposal[] = first.proposals.map((p) =>
      p.id === 'BU-01' ? { ...p, title: 'Gammel titel', status: 'prioriteret' } : p,
    );
    const skipped = await importBytes([await fixture()], { existing: edited, onDuplicate: 'skip' });
    expect(skipped.skipped).toBe(1);
    expect(skipped.proposals).toHaveLength(60);
    expect(skipped.proposals.find((p) => p.id === 'BU-01')?.title).toBe('Gammel titel');
    expect(skipped.problems.map((p) => p.code)).toContain('proposal_duplicate_skipped');

    const replaced = await importBytes([await fixture()], { existing: edited, onDuplicate: 'replace' });
    expect(replaced.replaced).toBe(1);
    expect(replaced.proposals).toHaveLength(60);
    const bu01 = replaced.proposals.find((p) => p.id === 'BU-01');
    expect(bu01?.title).toBe('Flere netværksplejefamilier frem for opholdssteder');
    expect(bu01?.status).toBe('prioriteret');
    expect(replaced.proposals[0]?.id).toBe('BU-01');
  });

  it('dubletter inden for én fil og på tværs af filer', async () => {
    const changed: Row = [...BU01];
    changed[2] = 'Lukning af to klubber';
    const a = await listWorkbook([BU01, changed, BU01]);
    const b = await listWorkbook([BU02, BU01]);
    const result = await importBytes([
      { bytes: a, name: 'a.xlsx' },
      { bytes: b, name: 'b.xlsx' },
    ]);
    expect(result.proposals.map((p) => p.id)).toEqual(['BU-01', 'BU-01 (2)', 'BU-02']);
    expect(result.proposals[1]?.title).toBe('Lukning af to klubber');
    expect(result.identical).toBe(2);
    expect(result.renamed).toBe(1);
    // Re-importing both files changes nothing, renamed proposal included.
    const again = await importBytes(
      [
        { bytes: a, name: 'a.xlsx' },
        { bytes: b, name: 'b.xlsx' },
      ],
      { existing: result.proposals },
    );
    expect(again.added).toBe(0);
    expect(again.proposals).toEqual(result.proposals);
  });
});

describe('filer uden forslag', () => {
  it('et budget er ikke en forslagsliste; rapporten siger, at der ingen forslag er', async () => {
    const bytes = readFixture('budget-erp-export.xlsx');
    const result = await importBytes([{ bytes, name: 'budget-erp-export.xlsx' }]);
    expect(result.added).toBe(0);
    expect(result.problems.map((p) => p.code)).toContain('no_proposals_found');
  });
});

describe('andre måder at skrive en liste på', () => {
  it('et udvalg flettet ned over sine forslag gælder for hver række', async () => {
    const result = await importSheet('flettet.xlsx', 'Liste', (ws) => {
      ws.addRow([
        'Nr.',
        'Udvalg',
        'Forslag',
        'Vej',
        'Kategori',
        'Budget 2026',
        'Overslag 2027',
        'Overslag 2028',
        'Overslag 2029',
      ]);
      ws.addRow([
        'TM-01',
        'Teknik- og Miljøudvalget',
        'Færre vejbump',
        'Bred',
        'Servicereduktion',
        -1,
        -1,
        -1,
        -1,
      ]);
      ws.addRow(['TM-02', null, 'Mindre saltning', 'Bred', 'Servicereduktion', -2, -2, -2, -2]);
      ws.addRow(['TM-03', null, 'Slukket gadelys', 'Direkte', 'Servicereduktion', -3, -3, -3, -3]);
      ws.mergeCells('B2:B4');
      ws.addRow(['I alt', null, null, null, null, -6, -6, -6, -6]);
    });
    expect(result.proposals.map((p) => [p.id, p.committee, p.title])).toEqual([
      ['TM-01', 'Teknik- og Miljøudvalget', 'Færre vejbump'],
      ['TM-02', 'Teknik- og Miljøudvalget', 'Mindre saltning'],
      ['TM-03', 'Teknik- og Miljøudvalget', 'Slukket gadelys'],
    ]);
    expect(result.proposals.map((p) => p.amounts[3])).toEqual([-1000, -2000, -3000]);
  });

  it('ét ark pr. udvalg uden udvalgskolonne: arkets navn er udvalget; årsværk i egne kolonner', async () => {
    const result = await importSheet('kf.xlsx', 'Kultur- og Fritidsudvalget', (ws) => {
      ws.addRow([
        'Forslag nr.',
        'Titel',
        'Vej',
        'Kategori',
        2026,
        2027,
        2028,
        2029,
        'Årsværk 2026',
        'Årsværk 2027',
        'Årsværk 2028',
        'Årsværk 2029',
        'Investering',
      ]);
      ws.addRow([
        'KF-40',
        'Ny hal',
        'Stille',
        'Effektivisering',
        500,
        -100,
        -200,
        -200,
        1,
        0,
        -0.5,
        -0.5,
        'Ja',
      ]);
      ws.addRow([
        'KF-41',
        'Lukket café',
        'Direkte',
        'Opgavebortfald',
        -10,
        -10,
        -10,
        -10,
        -0.25,
        -0.25,
        -0.25,
        -0.25,
        'Nej',
      ]);
    });
    expect(result.proposals.map((p) => p.committee)).toEqual([
      'Kultur- og Fritidsudvalget',
      'Kultur- og Fritidsudvalget',
    ]);
    expect(result.proposals[0]?.fte).toEqual([1, 0, -0.5, -0.5]);
    expect(result.proposals[0]?.investment).toBe(500_000);
    expect(result.proposals[1]?.investment).toBe(0);
    expect(result.proposals[1]?.fte).toEqual([-0.3, -0.3, -0.3, -0.3]);
  });

  it('en dansk CSV-liste (semikolon, decimalkomma) læses som en liste', async () => {
    const csv = [
      'Forslag nr.;Titel;Udvalg;Vej;Kategori;2026;2027;2028;2029',
      'ØK-50;Færre licenser;Økonomiudvalget;Den tværgående vej;Effektiviseringer;-12,5;-25;-25;-25',
    ].join('\r\n');
    const result = await importBytes([{ bytes: new TextEncoder().encode(csv), name: 'forslag.csv' }]);
    expect(result.proposals[0]).toMatchObject({
      id: 'ØK-50',
      vej: 'tvaergaaende',
      kategori: 'effektivisering',
      amounts: [-12_500, -25_000, -25_000, -25_000],
    });
  });
});

describe('andre forslagsskemaer', () => {
  it('etiketter i kolonne B, år ned ad rækkerne og Udgifter/Indtægter/I alt på tværs', async () => {
    const result = await importSheet('ss.xlsx', 'Ark1', (ws) => {
      ws.addRow([null, 'Forslagsnummer:', null, 'SS-70']);
      ws.addRow([null, 'Titel på forslaget:', null, 'Færre vikarer']);
      ws.addRow([null, 'Fagudvalg', null, 'Social- og Sundhedsudvalget']);
      ws.addRow([null, 'Politikområde', null, 'Ældre']);
      ws.addRow([null, 'Vej', null, 'den SMALLE vej']);
      ws.addRow([null, 'Kategori', null, 'Effektiviseringer']);
      ws.addRow([]);
      ws.addRow([
        null,
        'År',
        'Merudgifter/mindreudgifter',
        'Merindtægter/mindreindtægter',
        'I alt',
        'Årsværk',
      ]);
      ws.addRow([null, '2026', -100, 10, -90, -0.5]);
      ws.addRow([null, '2027', -200, 20, -180, -1]);
      ws.addRow([null, '2028', -200, 20, -180, -1]);
      ws.addRow([null, '2029', -200, 20, -180, -1]);
    });
    expect(result.sheets[0]?.layout).toBe('form');
    expect(result.proposals[0]).toMatchObject({
      id: 'SS-70',
      title: 'Færre vikarer',
      committee: 'Social- og Sundhedsudvalget',
      area: 'Ældre',
      vej: 'smalle',
      kategori: 'effektivisering',
      amounts: [-90_000, -180_000, -180_000, -180_000],
      income: [10_000, 20_000, 20_000, 20_000],
      fte: [-0.5, -1, -1, -1],
    });
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('etiket og værdi i samme celle ("Forslag nr.: TM-30")', async () => {
    const result = await importSheet('inline.xlsx', 'Skema', (ws) => {
      ws.addRow(['Forslag nr.: TM-30']);
      ws.addRow(['Titel: Færre tømninger']);
      ws.addRow(['Udvalg: Teknik- og Miljøudvalget']);
      ws.addRow(['Vej: Bred']);
      ws.addRow(['Kategori: Servicereduktion']);
      ws.addRow(['Økonomi (1.000 kr.)', 2026, 2027, 2028, 2029]);
      ws.addRow(['I alt', -1, -2, -3, -4]);
    });
    expect(result.proposals[0]).toMatchObject({
      id: 'TM-30',
      title: 'Færre tømninger',
      committee: 'Teknik- og Miljøudvalget',
      vej: 'brede',
      kategori: 'servicereduktion',
      amounts: [-1000, -2000, -3000, -4000],
    });
  });

  it('en oversigt over skemaerne i samme projektmappe giver ikke dubletter', async () => {
    const wb = new ExcelJS.Workbook();
    const overview = wb.addWorksheet('Oversigt');
    overview.addRow(['Forslag nr.', 'Titel', 2026, 2027, 2028, 2029]);
    overview.addRow(['KF-70', 'Kortere sæson', -1, -2, -2, -2]);
    overview.addRow(['KF-71', 'Kun i oversigten', -5, -5, -5, -5]);
    const ws = wb.addWorksheet('KF-70');
    ws.addRow(['Forslag nr.', 'KF-70']);
    ws.addRow(['Forslagets titel', 'Kortere sæson i friluftsbadet']);
    ws.addRow(['Udvalg', 'Kultur- og Fritidsudvalget']);
    ws.addRow(['Økonomi (1.000 kr.)', 2026, 2027, 2028, 2029]);
    ws.addRow(['I alt', -1, -2, -2, -2]);
    const result = await importBytes([
      { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), name: 'oversigt.xlsx' },
    ]);
    expect(result.proposals.map((p) => [p.id, p.title])).toEqual([
      ['KF-71', 'Kun i oversigten'],
      ['KF-70', 'Kortere sæson i friluftsbadet'],
    ]);
    expect(result.problems.map((p) => p.code)).toContain('proposal_overview_rows_skipped');
  });

  it('I alt uden beregnet værdi: Udgifter + Indtægter bruges, og I alt der ikke stemmer, nævnes', async () => {
    const wb = new ExcelJS.Workbook();
    const make = (name: string, total: (col: string) => ExcelJS.CellValue): void => {
      const ws = wb.addWorksheet(name);
      ws.addRow(['Forslag nr.', name]);
      ws.addRow(['Forslagets titel', `Titel ${name}`]);
      ws.addRow(['Udvalg', 'Økonomiudvalget']);
      ws.addRow(['Vej', 'Stille']);
      ws.addRow(['Kategori', 'Effektivisering']);
      ws.addRow(['Økonomi (1.000 kr.)', 2026, 2027, 2028, 2029]);
      ws.addRow(['Udgifter', -10, -20, -30, -40]);
      ws.addRow(['Indtægter', null, -1, null, -1]);
      ws.addRow(['I alt', ...['B', 'C', 'D', 'E'].map(total)]);
    };
    make('ØK-80', (c) => ({ formula: `${c}7+${c}8` }) as ExcelJS.CellFormulaValue);
    make('ØK-81', () => -5);
    const result = await importBytes([
      { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), name: 'ok.xlsx' },
    ]);
    expect(result.proposals.map((p) => p.amounts)).toEqual([
      [-10_000, -21_000, -30_000, -41_000],
      [-5_000, -5_000, -5_000, -5_000],
    ]);
    // The Indtægter row is kept as written (empty = 0), also where 'I alt' wins over the parts.
    expect(result.proposals.map((p) => p.income)).toEqual([
      [0, -1_000, 0, -1_000],
      [0, -1_000, 0, -1_000],
    ]);
    const codes = result.problems.map((p) => [p.code, p.sheet, p.cell]);
    expect(codes).toContainEqual(['proposal_total_computed', 'ØK-80', 'A9']);
    expect(codes).toContainEqual(['proposal_total_mismatch', 'ØK-81', 'A9']);
  });
});

describe('skemaets indtægtsrække under andre navne', () => {
  it('"Udgifter i alt", "Heraf indtægter" og "Netto i alt": delene er ikke totalen', async () => {
    const result = await importSheet('ss.xlsx', 'SS-90', (ws) => {
      ws.addRow(['Forslag nr.', 'SS-90']);
      ws.addRow(['Titel', 'Egenbetaling for madservice']);
      ws.addRow(['Udvalg', 'Social- og Sundhedsudvalget']);
      ws.addRow(['Vej', 'Direkte']);
      ws.addRow(['Kategori', 'Servicereduktion']);
      ws.addRow(['Økonomi (1.000 kr.)', 2026, 2027, 2028, 2029]);
      ws.addRow(['Lønudgifter', -50, -100, -100, -100]);
      ws.addRow(['Udgifter i alt', -50, -100, -100, -100]);
      ws.addRow(['Heraf indtægter', -20, -40, -40, -40]);
      ws.addRow(['Netto i alt', -70, -140, -140, -140]);
    });
    expect(result.proposals[0]).toMatchObject({
      id: 'SS-90',
      amounts: [-70_000, -140_000, -140_000, -140_000],
      income: [-20_000, -40_000, -40_000, -40_000],
    });
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});

describe('merindtægter skrevet positive i skemaet', () => {
  it('når I alt er Udgifter minus Indtægter, gemmes indtægterne med modsat fortegn, og det siges', async () => {
    const result = await importSheet('tm.xlsx', 'TM-91', (ws) => {
      ws.addRow(['Forslag nr.', 'TM-91']);
      ws.addRow(['Titel', 'Betalingsparkering ved stranden']);
      ws.addRow(['Udvalg', 'Teknik- og Miljøudvalget']);
      ws.addRow(['Økonomi (1.000 kr.)', 2026, 2027, 2028, 2029]);
      ws.addRow(['Udgifter', 40, 10, 10, 10]);
      ws.addRow(['Merindtægter', 100, 200, 200, 0]);
      ws.addRow(['I alt', -60, -190, -190, 10]);
    });
    expect(result.proposals[0]).toMatchObject({
      amounts: [-60_000, -190_000, -190_000, 10_000],
      income: [-100_000, -200_000, -200_000, 0],
    });
    expect(result.problems.map((p) => [p.code, p.cell])).toContainEqual([
      'proposal_income_sign_turned',
      'A6',
    ]);
    expect(result.problems.map((p) => p.code)).not.toContain('proposal_total_mismatch');
  });
});

describe('liste med Udgifter og Indtægter for sig', () => {
  it('beløbet er Udgifter + Indtægter, når der ingen I alt-kolonne er', async () => {
    const result = await importSheet('ui.xlsx', 'Forslag', (ws) => {
      ws.addRow([null, null, 'Udgifter', null, null, null, 'Indtægter', null, null, null, 'Årsværk']);
      ws.addRow(['Nr.', 'Titel', 2026, 2027, 2028, 2029, 2026, 2027, 2028, 2029, 2026, 2027, 2028, 2029]);
      ws.addRow(['KF-60', 'Højere takster', -10, -10, -10, -10, -5, -6, -7, -8, 0, 0, 0, -0.5]);
      ws.mergeCells('C1:F1');
      ws.mergeCells('G1:J1');
      ws.mergeCells('K1:N1');
    });
    expect(result.proposals[0]?.amounts).toEqual([-15_000, -16_000, -17_000, -18_000]);
    expect(result.proposals[0]?.income).toEqual([-5_000, -6_000, -7_000, -8_000]);
    expect(result.proposals[0]?.fte).toEqual([0, 0, 0, -0.5]);
  });

  it('en I alt-kolonne er beløbet, og indtægtskolonnerne gemmes som indtægtsdelen', async () => {
    const result = await importSheet('ialt.xlsx', 'Forslag', (ws) => {
      ws.addRow([null, null, 'Indtægter', null, null, null, 'I alt']);
      ws.addRow(['Nr.', 'Titel', 2026, 2027, 2028, 2029, 2026, 2027, 2028, 2029]);
      ws.addRow(['KF-61', 'Udlejning af sale', -2, -4, -4, -4, -12.5, -24, -24, -24]);
      ws.addRow(['KF-62', 'Lukket café', 3.5, 7, 7, 7, -20, -40, -40, -40]);
      ws.mergeCells('C1:F1');
      ws.mergeCells('G1:J1');
    });
    expect(result.proposals.map((p) => [p.id, p.amounts, p.income])).toEqual([
      ['KF-61', [-12_500, -24_000, -24_000, -24_000], [-2_000, -4_000, -4_000, -4_000]],
      ['KF-62', [-20_000, -40_000, -40_000, -40_000], [3_500, 7_000, 7_000, 7_000]],
    ]);
  });

  it('positive besparelser i kroner: indtægterne vendes og omregnes som beløbet', async () => {
    const result = await importSheet('kroner.xlsx', 'Forslag', (ws) => {
      ws.addRow(['Beløb i kr. Besparelser og merindtægter angives som positive tal.']);
      ws.addRow([null, null, 'Udgifter', null, null, null, 'Indtægter']);
      ws.addRow(['Nr.', 'Titel', 2026, 2027, 2028, 2029, 2026, 2027, 2028, 2029]);
      ws.addRow([
        'TM-61',
        'Parkeringsafgift',
        0,
        100_000,
        100_000,
        100_000,
        50_000,
        250_000,
        250_000,
        250_000,
      ]);
      ws.mergeCells('C2:F2');
      ws.mergeCells('G2:J2');
    });
    expect(result.sheets[0]?.savingsFlipped).toBe(true);
    expect(result.proposals[0]?.amounts).toEqual([-50_000, -350_000, -350_000, -350_000]);
    expect(result.proposals[0]?.income).toEqual([-50_000, -250_000, -250_000, -250_000]);
  });
});

describe('udvalg fra budgettet', () => {
  it('et udvalg stavet anderledes får budgettets stavemåde; et ukendt udvalg giver en advarsel', async () => {
    const bytes = await listWorkbook([
      ['BU-11', 'Børne- og ungeudvalget', 'Et', 'Stille', 'Effektivisering', -1, -1, -1, -1],
      ['XX-01', 'Skoleudvalget', 'To', 'Stille', 'Effektivisering', -1, -1, -1, -1],
    ]);
    const result = await importBytes([{ bytes, name: 'udvalg.xlsx' }], {
      committees: ['Børne- og Ungeudvalget', 'Økonomiudvalget'],
    });
    expect(result.proposals.map((p) => p.committee)).toEqual(['Børne- og Ungeudvalget', 'Skoleudvalget']);
    expect(result.problems.filter((p) => p.code === 'proposal_committee_unknown')).toHaveLength(1);
  });
});

describe('kolonnenavne', () => {
  it('"Forslag" er titlen, medmindre der også er en titelkolonne; så er det nummeret', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('A');
    a.addRow([
      'Nr',
      'Forslag',
      'Ansvarligt udvalg',
      'Fagområde',
      'Vej',
      'Kategorisering',
      2026,
      2027,
      2028,
      2029,
    ]);
    a.addRow([
      'BE-01',
      'Færre kurser',
      'Beskæftigelsesudvalget',
      'Jobcenter',
      'Stille',
      'Effektivisering',
      -1,
      -1,
      -1,
      -1,
    ]);
    const b = wb.addWorksheet('B');
    b.addRow(['Forslag', 'Titel', 'Udvalg', 2026, 2027, 2028, 2029]);
    b.addRow(['BE-02', 'Færre møder', 'Beskæftigelsesudvalget', -2, -2, -2, -2]);
    const result = await importBytes([
      { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), name: 'navne.xlsx' },
    ]);
    expect(result.proposals.map((p) => [p.id, p.title, p.committee, p.area, p.vej, p.kategori])).toEqual([
      ['BE-01', 'Færre kurser', 'Beskæftigelsesudvalget', 'Jobcenter', 'stille', 'effektivisering'],
      ['BE-02', 'Færre møder', 'Beskæftigelsesudvalget', '', null, null],
    ]);
    // No vej/kategori column: the report asks for them, on the right sheet.
    expect(result.problems.filter((p) => p.code === 'proposal_vej_missing').map((p) => p.sheet)).toEqual([
      'B',
    ]);
  });
});
