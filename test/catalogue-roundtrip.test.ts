import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, DATA_SHEET_NAME, openCatalogue } from '../shared/catalogue/index.ts';
import { CHUNK_CHARS } from '../shared/catalogue/data-sheet.ts';
import { STATUS_LABEL } from '../shared/model/labels.ts';
import { isReadError } from '../shared/model/problem.ts';
import { blankProposal, KATEGORIER, STATUSES, VEJE, type Proposal } from '../shared/model/proposal.ts';
import { createProject } from '../shared/project/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { fixtureProject } from './helpers/catalogue-project.ts';
import { forslagSheet } from './helpers/forslag-sheet.ts';
import { FIXTURES, readFixture } from './helpers/fixtures.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const WILD = new URL('../../shared/fixtures/wild/', import.meta.url).pathname;

async function reopen(bytes: Uint8Array): Promise<Awaited<ReturnType<typeof openCatalogue>>> {
  return openCatalogue(bytes, 'katalog.xlsx');
}

/** Edits the workbook's Forslag sheet with exceljs, as another program would, and returns the new bytes. */
async function editForslag(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const ws = wb.getWorksheet('Forslag');
  if (!ws) throw new Error('Forslag mangler');
  edit(ws);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('katalog → projekt', () => {
  it('genåbnet katalog giver præcis det eksporterede projekt (alle forslagsfelter, mål, budget)', async () => {
    const project = fixtureProject();
    const opened = await reopen(await buildCatalogue(project, { now: NOW }));
    expect(opened.project).toEqual(project);
    expect(opened.changes).toEqual([]);
    expect(opened.added).toEqual([]);
    expect(opened.problems).toEqual([]);
  });

  it('også når kataloget kun viser et udsnit med positive besparelser og uden forslagsark', async () => {
    const project = fixtureProject();
    const bytes = await buildCatalogue(project, {
      now: NOW,
      statuses: ['prioriteret', 'forslag'],
      catalogue: 'Sparekatalog',
      savingsPositive: true,
      proposalSheets: false,
    });
    const opened = await reopen(bytes);
    expect(opened.project).toEqual(project);
    expect(opened.changes).toEqual([]);
    expect(opened.exportSettings.forslagIds).toEqual(
      project.proposals
        .filter(
          (p) => p.catalogue === 'Sparekatalog' && (p.status === 'prioriteret' || p.status === 'forslag'),
        )
        .map((p) => p.id),
    );
  });

  it('en tekst længere end en Excel-celle kan rumme deles over flere celler i det skjulte dataark', async () => {
    const project = fixtureProject();
    const bytes = await buildCatalogue(project, { now: NOW, proposalSheets: false });
    const file = await openWorkbook(bytes, 'katalog.xlsx');
    const data = file.sheets.find((s) => s.name === DATA_SHEET_NAME);
    expect(data?.visibility).toBe('veryHidden');
    const grid = await file.readSheetGrid(DATA_SHEET_NAME);
    const chunks = grid.rows.slice(1).map((r) => String(r[0]?.value ?? ''));
    expect(chunks.length).toBeGreaterThan(1);
    expect(grid.rows[0]?.[2]?.value).toBe(chunks.length);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(CHUNK_CHARS);
    const longest = project.proposals[1]?.description.length ?? 0;
    expect(longest).toBeGreaterThan(32_767);
  });

  it('vilkårlige forslag (tekster med emoji, citationstegn, tomme felter) overlever rundturen', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    const proposal = fc.record({
      title: text,
      committee: fc.constantFrom('Børne- og Ungeudvalget', 'Økonomiudvalget', ''),
      area: text,
      vej: fc.constantFrom(...VEJE, null),
      kategori: fc.constantFrom(...KATEGORIER, null),
      status: fc.constantFrom(...STATUSES),
      amounts: fc.array(fc.integer({ min: -5e9, max: 5e9 }), { minLength: 4, maxLength: 4 }),
      income: fc.array(fc.integer({ min: -5e9, max: 5e9 }), { minLength: 4, maxLength: 4 }),
      fte: fc.array(
        fc.integer({ min: -500, max: 500 }).map((n) => n / 10),
        { minLength: 4, maxLength: 4 },
      ),
      description: fc.string({ unit: 'grapheme', maxLength: 400 }),
      citizenImpact: text,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(proposal, { minLength: 0, maxLength: 6 }), async (drafts) => {
        const project = {
          ...createProject({ municipality: 'Fjordby Kommune', years: [2026, 2027, 2028, 2029] }),
          proposals: drafts.map((d, i) => blankProposal(`P-${i + 1}`, 4, { ...d, isService: i % 2 === 0 })),
        };
        const opened = await reopen(await buildCatalogue(project, { now: NOW, proposalSheets: false }));
        expect(opened.project).toEqual(project);
        expect(opened.changes).toEqual([]);
        expect(opened.added).toEqual([]);
      }),
      {
        numRuns: 12,
        // Found by the property: a carriage return in a text, which XML reads back as a line feed.
        examples: [
          [
            [
              {
                title: '!\r!',
                committee: 'Børne- og Ungeudvalget',
                area: 'a\r\nb',
                vej: 'stille',
                kategori: 'effektivisering',
                status: 'forslag',
                amounts: [0, 0, 0, 0],
                income: [0, 0, 0, 0],
                fte: [0, 0, 0, 0],
                description: '',
                citizenImpact: '',
              },
            ],
          ],
        ],
      },
    );
  });
});

describe('ændringer i arket Forslag', () => {
  it('ændret beløb, status, titel og en ny række læses tilbage som præcis de ændringer', async () => {
    const project = fixtureProject();
    const bytes = await buildCatalogue(project, { now: NOW, proposalSheets: false });
    const sheet = await forslagSheet(bytes);
    const first = project.proposals[0] as Proposal;
    const third = project.proposals[2] as Proposal;
    const newStatus = third.status === 'prioriteret' ? 'tilModning' : 'prioriteret';
    const amountCell = sheet.cell(first.id, '2027');
    const statusCell = sheet.cell(third.id, 'Status');
    const titleCell = sheet.cell(third.id, 'Titel');
    const edited = await editForslag(bytes, (ws) => {
      ws.getCell(amountCell).value = -1234.5; // 2027 of the first proposal
      ws.getCell(statusCell).value = STATUS_LABEL[newStatus];
      ws.getCell(titleCell).value = 'Ny titel';
      const row = ws.getRow(ws.rowCount + 2);
      row.values = sheet.values({
        'Nr.': 'NY-1',
        Titel: 'Nyt forslag fra udvalget',
        Udvalg: 'Økonomiudvalget',
        Politikområde: 'Administration',
        Vej: 'Den stille vej',
        Kategori: 'Effektivisering',
        Status: 'Forslag',
        '2026': -100,
        '2027': -200,
        '2028': -300,
        '2029': -400,
        'Årsværk 2026': 0,
        'Årsværk 2027': -0.5,
        'Årsværk 2028': -1,
        'Årsværk 2029': -1,
        'Kort beskrivelse': 'Tilføjet i Excel',
      });
    });
    const opened = await reopen(edited);
    expect(opened.changes).toEqual([
      {
        id: first.id,
        changes: [
          { field: 'amount', year: 2027, before: first.amounts[1], after: -1_234_500, cell: amountCell },
        ],
      },
      {
        id: third.id,
        changes: [
          { field: 'title', before: third.title, after: 'Ny titel', cell: titleCell },
          { field: 'status', before: third.status, after: newStatus, cell: statusCell },
        ],
      },
    ]);
    expect(opened.added).toHaveLength(1);
    expect(opened.added[0]).toMatchObject({
      id: 'NY-1',
      title: 'Nyt forslag fra udvalget',
      committee: 'Økonomiudvalget',
      vej: 'stille',
      kategori: 'effektivisering',
      status: 'forslag',
      amounts: [-100_000, -200_000, -300_000, -400_000],
      fte: [0, -0.5, -1, -1],
      description: 'Tilføjet i Excel',
    });
    const changed = opened.project.proposals;
    expect(changed).toHaveLength(project.proposals.length + 1);
    expect(changed[0]?.amounts[1]).toBe(-1_234_500);
    expect(changed[2]?.status).toBe(newStatus);
    expect(opened.problems).toEqual([]);
  });

  it('med positive besparelser læses et rettet beløb tilbage med det gemte fortegn', async () => {
    const project = fixtureProject();
    const bytes = await buildCatalogue(project, { now: NOW, proposalSheets: false, savingsPositive: true });
    const cell = (await forslagSheet(bytes)).cell(project.proposals[0]?.id ?? '', 'Besparelse 2026');
    const edited = await editForslag(bytes, (ws) => {
      ws.getCell(cell).value = 500; // a saving of 500.000 kr. shown positive
    });
    const opened = await reopen(edited);
    expect(opened.changes[0]?.changes[0]).toMatchObject({ field: 'amount', year: 2026, after: -500_000 });
  });

  it('en slettet række og uforståelig tekst giver advarsler, ikke stille ændringer', async () => {
    const project = fixtureProject();
    const bytes = await buildCatalogue(project, { now: NOW, proposalSheets: false });
    const sheet = await forslagSheet(bytes);
    const [first, second] = project.proposals.map((p) => p.id);
    // Cells of the first proposal, whose row stays where it is when the second one's row is deleted.
    const vejCell = sheet.cell(first ?? '', 'Vej');
    const amountCell = sheet.cell(first ?? '', '2026');
    const edited = await editForslag(bytes, (ws) => {
      ws.spliceRows(sheet.row(second ?? ''), 1);
      ws.getCell(vejCell).value = 'Den krogede vej';
      ws.getCell(amountCell).value = 'mange penge';
    });
    const opened = await reopen(edited);
    expect(opened.changes).toEqual([]);
    expect(opened.project.proposals).toEqual(project.proposals);
    const codes = opened.problems.map((p) => `${p.code}:${p.cell ?? ''}`).sort();
    expect(codes).toEqual(
      [
        'forslag_row_removed:',
        `forslag_value_not_understood:${vejCell}`,
        `forslag_value_not_understood:${amountCell}`,
      ].sort(),
    );
  });
});

describe('filer der ikke er et katalog', () => {
  it('et almindeligt budget afvises med en dansk besked', async () => {
    const bytes = readFixture('budget-clean.xlsx');
    const error = await reopen(bytes).catch((e: unknown) => e);
    expect(isReadError(error) && error.problem.code).toBe('not_a_catalogue');
  });

  it('ingen fil fra andre programmer (fixtures/wild og public) får åbningen til at gå ned', async () => {
    let refused = 0;
    for (const folder of [WILD, FIXTURES]) {
      for (const name of readdirSync(folder).filter((f) =>
        /\.(xlsx|xlsm|xlsb|xls|ods|fods|numbers|csv)$/i.test(f),
      )) {
        const error = await reopen(new Uint8Array(readFileSync(join(folder, name)))).catch((e: unknown) => e);
        expect(isReadError(error), name).toBe(true);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(50);
  });

  it('tilfældige bytes afvises som ugyldig fil', async () => {
    const bytes = readFixture('bad-random-bytes.xlsx');
    const error = await reopen(bytes).catch((e: unknown) => e);
    expect(isReadError(error) && error.problem.code).toBe('not_an_xlsx');
  });
});
