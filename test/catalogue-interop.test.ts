/**
 * The catalogue as real readers see it. LibreOffice opens each exported workbook with every formula recalculated
 * (../shared/tools/lo-recalc); its results must equal Råderum's own calculation (shared/calc, called here
 * independently of the writer) and, for the totals, the generator's numbers in proposals-list.xlsx.expected.json.
 * openpyxl (Debian's python3-openpyxl) reads the structure: sheets, panes, filter, print setup, formats, states.
 * LibreOffice is slow to start (~5-10 s), so two representative catalogues are exported once and checked in depth.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetAfter, computeBreakdown, evaluateTarget, budgetBase } from '../shared/calc/index.ts';
import { buildCatalogue, selectProposals, type CatalogueOptions } from '../shared/catalogue/index.ts';
import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../shared/model/labels.ts';
import { KATEGORIER, STATUSES, VEJE } from '../shared/model/proposal.ts';
import type { Project } from '../shared/model/project.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { fixtureProject } from './helpers/catalogue-project.ts';
import { readExpected } from './helpers/fixtures.ts';
import { libreOfficeRecalc, openpyxlDump, type WorkbookDump } from './helpers/openpyxl.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const YEARS = [2026, 2027, 2028, 2029];
const CALC_SHEETS = [
  'Forside',
  'Resumé',
  'Oversigt',
  'Forslag',
  'Årsværk',
  'Mål',
  'Budget efter prioritering',
];

interface Exported {
  project: Project;
  options: CatalogueOptions;
  path: string;
  bytes: Uint8Array;
  lo: Map<string, string[][]>;
  dump: WorkbookDump;
  sign: 1 | -1;
}

const exported: Record<'standard' | 'positive', Exported> = {} as Record<'standard' | 'positive', Exported>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'raaderum-catalogue-'));
  const cases: [keyof typeof exported, CatalogueOptions][] = [
    ['standard', { now: NOW }],
    [
      'positive',
      {
        now: NOW,
        savingsPositive: true,
        statuses: ['prioriteret', 'forslag', 'tilModning'],
        catalogue: 'Råderumskatalog',
        proposalSheets: false,
      },
    ],
  ];
  for (const [name, options] of cases) {
    const project = fixtureProject();
    const bytes = await buildCatalogue(project, options);
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, bytes);
    // Every proposal's form sheet too (their names are the proposal numbers).
    const formSheets =
      options.proposalSheets === false ? [] : selectProposals(project, options).map((p) => p.id);
    const lo = libreOfficeRecalc(path, [...CALC_SHEETS, ...formSheets]);
    exported[name] = {
      project,
      options,
      path,
      bytes,
      lo,
      dump: openpyxlDump(path, true),
      sign: options.savingsPositive ? -1 : 1,
    };
  }
});

function sheet(e: Exported, name: string): string[][] {
  const grid = e.lo.get(name);
  if (!grid) throw new Error(`LibreOffice skrev intet ark '${name}'`);
  return grid;
}

/** The first row whose column A is `label` (after `fromRow`, 0-based), as kroner per year (LibreOffice's values). */
function rowKr(grid: string[][], label: string, fromRow = 0): number[] {
  const index = grid.findIndex((r, i) => i >= fromRow && r[0] === label);
  if (index < 0) throw new Error(`Ingen række '${label}'`);
  return YEARS.map((_, i) => Math.round(Number(grid[index]?.[i + 1]) * 1000));
}

function flip(amounts: readonly number[], sign: 1 | -1): number[] {
  return amounts.map((a) => (a * sign === 0 ? 0 : a * sign));
}

describe.each(['standard', 'positive'] as const)('LibreOffice genberegner kataloget (%s)', (name) => {
  it('hver formel i Forside, Resumé, Oversigt, Forslag, Årsværk, Mål og Budget giver det samme som den gemte værdi', async () => {
    const e = exported[name];
    const file = await openWorkbook(e.bytes, 'katalog.xlsx');
    let checked = 0;
    let texts = 0;
    for (const sheetName of CALC_SHEETS) {
      const grid = await file.readSheetGrid(sheetName);
      const lo = sheet(e, sheetName);
      grid.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (!cell?.formula) return;
          if (cell.kind === 'text') {
            // The Resumé's sentences: FIXED writes the reader's decimal sign (a point in this LibreOffice).
            expect(String(lo[r]?.[c]).replace(/\.(\d) mio/, ',$1 mio'), `${sheetName}!${cell.address}`).toBe(
              cell.value,
            );
            texts++;
            return;
          }
          const computed = Number(lo[r]?.[c]);
          expect(cell.kind, `${sheetName}!${cell.address}`).toBe('number');
          expect(
            Math.abs(computed - Number(cell.value)),
            `${sheetName}!${cell.address} = ${cell.formula}`,
          ).toBeLessThan(1e-6);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(100);
    expect(texts).toBe(e.project.targets.length * YEARS.length);
  });

  it('Oversigt: total, udvalg, kategori, vej, vej × kategori og status er Råderums egne tal', () => {
    const e = exported[name];
    const selected = selectProposals(e.project, e.options);
    const b = computeBreakdown(selected, YEARS.length);
    const grid = sheet(e, 'Oversigt');
    expect(rowKr(grid, 'I alt')).toEqual(flip(b.total, e.sign));
    for (const [committee, amounts] of Object.entries(b.byCommittee))
      expect(rowKr(grid, committee)).toEqual(flip(amounts, e.sign));
    for (const k of KATEGORIER) expect(rowKr(grid, KATEGORI_LABEL[k])).toEqual(flip(b.byKategori[k], e.sign));
    for (const v of VEJE) expect(rowKr(grid, VEJ_LABEL[v])).toEqual(flip(b.byVej[v], e.sign));
    for (const s of STATUSES) expect(rowKr(grid, STATUS_LABEL[s])).toEqual(flip(b.byStatus[s], e.sign));
    let combos = 0;
    for (const v of VEJE)
      for (const k of KATEGORIER) {
        const label = `${VEJ_LABEL[v]} / ${KATEGORI_LABEL[k].toLowerCase()}`;
        if (!grid.some((r) => r[0] === label)) continue;
        combos++;
        expect(rowKr(grid, label)).toEqual(flip(b.byVejKategori[v][k], e.sign));
      }
    expect(combos).toBeGreaterThan(5);
  });

  it('mål: mål, opnået og forskel pr. år som calc beregner dem', () => {
    const e = exported[name];
    const counted = e.project.countedStatuses;
    const proposals = selectProposals(e.project, e.options).filter((p) => counted.includes(p.status));
    const frame = e.project.budget ? budgetBase(e.project.budget, YEARS).serviceFrame : null;
    const grid = sheet(e, 'Oversigt');
    for (const target of e.project.targets) {
      const t = evaluateTarget(target, { yearCount: YEARS.length, serviceFrame: frame, proposals });
      const start = grid.findIndex((r) => r[0] === `${target.name}: mål`);
      expect(rowKr(grid, `${target.name}: mål`)).toEqual(flip(t.target, e.sign));
      expect(rowKr(grid, `${target.name}: opnået`)).toEqual(flip(t.achieved, e.sign));
      // The row after "opnået" is the gap (target − achieved), whatever its sign wording.
      expect(grid[start + 2]?.[0]).toMatch(/^.+: mangler/);
      expect(YEARS.map((_, i) => Math.round(Number(grid[start + 2]?.[i + 1]) * 1000))).toEqual(
        flip(t.gap, e.sign),
      );
    }
  });

  it('budget efter prioritering pr. udvalg er basis plus de forslag der tæller', () => {
    const e = exported[name];
    const budget = e.project.budget;
    if (!budget) throw new Error('testprojektet har et budget');
    const after = budgetAfter(
      budget,
      selectProposals(e.project, e.options),
      e.project.countedStatuses,
      YEARS,
    );
    const grid = sheet(e, 'Budget efter prioritering');
    const header = grid.findIndex((r) => r[0] === 'Budget efter prioritering' && r[1] === '2026');
    for (const [committee, amounts] of Object.entries(after.byCommittee))
      expect(rowKr(grid, committee, header)).toEqual(amounts);
  });

  it('Forslag-arkets totalrække og forsidens optælling passer', () => {
    const e = exported[name];
    const selected = selectProposals(e.project, e.options);
    const total = computeBreakdown(selected, YEARS.length).total;
    const forslag = sheet(e, 'Forslag');
    const row = forslag.find((r) => r[0] === 'I alt');
    expect(YEARS.map((_, i) => Math.round(Number(row?.[4 + i]) * 1000))).toEqual(flip(total, e.sign));
    const forside = sheet(e, 'Forside');
    for (const s of STATUSES)
      expect(Number(forside.find((r) => r[0] === STATUS_LABEL[s])?.[1])).toBe(
        selected.filter((p) => p.status === s).length,
      );
  });
});

describe('LibreOffice genberegner forslagsarkene', () => {
  it('Udgifter, Indtægter og Netto pr. år: Netto er forslagets beløb, Indtægter dets indtægtsdel', async () => {
    const e = exported.standard;
    const file = await openWorkbook(e.bytes, 'katalog.xlsx');
    const selected = selectProposals(e.project, e.options);
    expect(selected.filter((p) => p.income.some((a) => a < 0)).length).toBeGreaterThan(0);
    expect(selected.filter((p) => p.income.some((a) => a > 0)).length).toBeGreaterThan(0);
    let formulas = 0;
    for (const p of selected) {
      const lo = sheet(e, p.id);
      const header = lo.findIndex((r) => r[0]?.startsWith('Økonomi') === true);
      expect(header, p.id).toBeGreaterThan(0);
      expect(rowKr(lo, 'Netto', header), p.id).toEqual(p.amounts);
      expect(rowKr(lo, 'Indtægter', header), p.id).toEqual(p.income);
      expect(rowKr(lo, 'Udgifter', header), p.id).toEqual(p.amounts.map((a, i) => a - (p.income[i] ?? 0)));
      // and each cached value Råderum wrote is what LibreOffice computes
      const grid = await file.readSheetGrid(p.id);
      grid.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (!cell?.formula) return;
          expect(Math.abs(Number(lo[r]?.[c]) - Number(cell.value)), `${p.id}!${cell.address}`).toBeLessThan(
            1e-6,
          );
          formulas++;
        }),
      );
    }
    expect(formulas).toBe(selected.length * YEARS.length * 4);
  });
});

describe('tal fra fixturens generator', () => {
  it('Oversigt i alt og pr. udvalg er de tal proposals-list.xlsx.expected.json angiver', () => {
    const expected = readExpected<{
      totals: { amounts: Record<string, number> };
      per_udvalg: Record<string, Record<string, number>>;
    }>('proposals-list.xlsx');
    const grid = sheet(exported.standard, 'Oversigt');
    const kr = (record: Record<string, number>): number[] =>
      YEARS.map((y) => Math.round((record[String(y)] ?? 0) * 1000));
    expect(rowKr(grid, 'I alt')).toEqual(kr(expected.totals.amounts));
    for (const [committee, amounts] of Object.entries(expected.per_udvalg))
      expect(rowKr(grid, committee)).toEqual(kr(amounts));
  });
});

describe('openpyxl læser strukturen', () => {
  it('arkene i rækkefølge: forside, resumé, oversigt, forslag, årsværk, mål, budget, ét ark pr. forslag, skjult dataark', () => {
    const { dump, project } = exported.standard;
    expect(dump.sheets.map((s) => s.name)).toEqual([
      'Forside',
      'Resumé',
      'Oversigt',
      'Forslag',
      'Årsværk',
      'Mål',
      'Budget efter prioritering',
      ...project.proposals.map((p) => p.id),
      'RaaderumData',
    ]);
    expect(dump.sheets.filter((s) => s.state !== 'visible').map((s) => [s.name, s.state])).toEqual([
      ['RaaderumData', 'veryHidden'],
    ]);
    expect(exported.positive.dump.sheets.map((s) => s.name)).toEqual([
      'Forside',
      'Resumé',
      'Oversigt',
      'Forslag',
      'Årsværk',
      'Mål',
      'Budget efter prioritering',
      'RaaderumData',
    ]);
    expect(dump.fullCalcOnLoad).toBe(true);
  });

  it('Forslag: fastfrosset overskrift, autofilter, gentagne overskrifter ved udskrift, liggende A4', () => {
    const forslag = exported.standard.dump.sheets.find((s) => s.name === 'Forslag');
    const n = exported.standard.project.proposals.length;
    // Grouped by udvalg: a heading row, the proposals and a subtotal row per udvalg, a blank row between groups.
    const groups = new Set(exported.standard.project.proposals.map((p) => p.committee.trim())).size;
    const last = 1 + n + 3 * groups - 1;
    expect(forslag).toMatchObject({
      freezePanes: 'C2',
      autoFilter: `A1:T${last}`,
      printTitleRows: '$1:$1',
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const cells = forslag?.cells ?? {};
    expect(cells.A1?.[0]).toBe('Nr.');
    expect(cells.E1?.[0]).toBe('2026');
    expect(cells.I1?.[0]).toBe('Årsværk 2026');
    expect(cells.A2?.[0]).toBe(exported.standard.project.proposals[0]?.committee);
    expect(cells.E3?.[1]).toBe('#,##0.0');
    expect(cells.I3?.[1]).toBe('#,##0.0');
    expect(cells[`E${last + 2}`]?.[0]).toBe(`=SUBTOTAL(9,E2:E${last})`);
    // Drop-down lists for the columns the reader must understand, with room for rows added by hand.
    expect(forslag?.validations.map((v) => [v.at(0), v.at(2)])).toEqual([
      [
        `C2:C${last + 500}`,
        '"Den stille vej,Den brede vej,Den smalle vej,Den tværgående vej,Den direkte vej"',
      ],
      [`D2:D${last + 500}`, '"Effektivisering,Servicereduktion,Opgavebortfald"'],
      [`O2:O${last + 500}`, '"Forslag,Prioriteret,Fravalgt,Til modning"'],
    ]);
    // Widths fit the content: the committee column is wide enough for "Social- og Sundhedsudvalget".
    expect(forslag?.columnWidths.M).toBeGreaterThanOrEqual('Social- og Sundhedsudvalget'.length);
  });

  it('hvert synligt ark: A4, tilpasset bredden, sidefod med katalogets navn og "Side &P af &N"', () => {
    for (const e of [exported.standard, exported.positive]) {
      const name = e.options.catalogue ?? 'Prioriteringskatalog, budget 2026-2029';
      for (const s of e.dump.sheets.filter((x) => x.state === 'visible')) {
        expect(s, s.name).toMatchObject({
          paperSize: 9,
          fitToPage: true,
          fitToWidth: 1,
          footerLeft: name,
          footerRight: 'Side &P af &N',
        });
      }
    }
    const form = exported.standard.dump.sheets.find((s) => s.name === 'BU-03');
    // Fitted to the width only: a long description flows onto a second page instead of shrinking.
    expect(form).toMatchObject({ orientation: 'portrait', fitToHeight: 0 });
  });

  it('Oversigt har formler med danske talformater; forsiden har enhed, fortegn og dato', () => {
    const { dump } = exported.standard;
    const oversigt = dump.sheets.find((s) => s.name === 'Oversigt')?.cells ?? {};
    expect(String(oversigt.B5?.[0])).toMatch(/^=SUM/);
    expect(oversigt.B5?.[1]).toBe('#,##0.0');
    const forside = Object.values(dump.sheets.find((s) => s.name === 'Forside')?.cells ?? {}).map(
      (c) => c[0],
    );
    expect(forside).toContain('Prioriteringskatalog, budget 2026-2029');
    expect(forside).toContain(
      'Beløb i 1.000 kr., 2026-priser. Negative beløb er mindreudgifter eller merindtægter.',
    );
    expect(forside).toContain('Dato: 01.03.2026');
    const positive = Object.values(
      exported.positive.dump.sheets.find((s) => s.name === 'Forside')?.cells ?? {},
    ).map((c) => c[0]);
    expect(
      positive.some((t) => typeof t === 'string' && t.includes('Positive beløb er mindreudgifter')),
    ).toBe(true);
    expect(exported.positive.dump.sheets.find((s) => s.name === 'Forslag')?.cells?.E1?.[0]).toBe(
      'Besparelse 2026',
    );
  });

  it('forslagsarket har titel, udvalg, vej, kategori, beskrivelse, konsekvenser og økonomitabel', () => {
    const { dump, project } = exported.standard;
    const p = project.proposals.find((x) => x.id === 'BU-03');
    const cells = dump.sheets.find((s) => s.name === 'BU-03')?.cells ?? {};
    const texts = Object.values(cells).map((c) => c[0]);
    expect(texts).toContain(`BU-03: ${p?.title}`);
    for (const label of [
      'Udvalg',
      'Vej',
      'Kategori',
      'Status',
      'Beskrivelse',
      'Konsekvenser for borgerne',
      'Konsekvenser for medarbejdere',
      'Årsværk',
    ])
      expect(texts).toContain(label);
    expect(texts).toContain(p?.description);
    expect(texts.some((t) => typeof t === 'string' && t.startsWith("='Forslag'!H"))).toBe(true);
    // BU-03 is an investment: its payback is shown.
    expect(texts).toContain('Tilbagebetalt');
  });
});
