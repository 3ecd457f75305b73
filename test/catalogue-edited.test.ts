/**
 * A colleague edits the catalogue with another program (openpyxl, like a script or a non-Excel spreadsheet would):
 * one amount, one status, one row added at the end. Re-opening must report exactly those changes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, openCatalogue } from '../shared/catalogue/index.ts';
import { STATUS_LABEL } from '../shared/model/labels.ts';
import type { Proposal } from '../shared/model/proposal.ts';
import { fixtureProject } from './helpers/catalogue-project.ts';
import { forslagSheet } from './helpers/forslag-sheet.ts';
import { openpyxlDump, openpyxlEdit } from './helpers/openpyxl.ts';

describe('katalog redigeret med openpyxl', () => {
  it('et ændret beløb, en ændret status og en tilføjet række er præcis de ændringer der meldes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raaderum-edit-'));
    const project = fixtureProject();
    const exported = join(dir, 'katalog.xlsx');
    const bytes = await buildCatalogue(project, { now: new Date('2026-03-01T10:00:00Z') });
    writeFileSync(exported, bytes);
    const sheet = await forslagSheet(bytes);
    const second = project.proposals[1] as Proposal;
    const fourth = project.proposals[3] as Proposal;
    const amountCell = sheet.cell(second.id, '2028');
    const statusCell = sheet.cell(fourth.id, 'Status');
    const newStatus = fourth.status === 'prioriteret' ? 'fravalgt' : 'prioriteret';
    const edited = join(dir, 'rettet.xlsx');
    openpyxlEdit(exported, edited, {
      set: [
        { sheet: 'Forslag', cell: amountCell, value: -999.9 },
        { sheet: 'Forslag', cell: statusCell, value: STATUS_LABEL[newStatus] },
      ],
      append: [
        {
          sheet: 'Forslag',
          values: sheet.values({
            'Nr.': 'KF-99',
            Titel: 'Lukning af kulturhus',
            Udvalg: 'Kultur- og Fritidsudvalget',
            Politikområde: 'Kultur',
            Vej: 'Den direkte vej',
            Kategori: 'Opgavebortfald',
            Status: 'Forslag',
            '2026': -10,
            '2027': -20.5,
            '2028': -30,
            '2029': -40,
            'Årsværk 2026': 0,
            'Årsværk 2027': -1,
            'Årsværk 2028': -1.5,
            'Årsværk 2029': -2,
            'Kort beskrivelse': 'Tilføjet med openpyxl',
          }),
        },
      ],
    });
    // openpyxl keeps the data sheet very hidden when it saves.
    expect(openpyxlDump(edited).sheets.find((s) => s.name === 'RaaderumData')?.state).toBe('veryHidden');
    const opened = await openCatalogue(new Uint8Array(readFileSync(edited)), 'rettet.xlsx');
    expect(opened.changes).toEqual([
      {
        id: second.id,
        changes: [
          { field: 'amount', year: 2028, before: second.amounts[2], after: -999_900, cell: amountCell },
        ],
      },
      {
        id: fourth.id,
        changes: [{ field: 'status', before: fourth.status, after: newStatus, cell: statusCell }],
      },
    ]);
    expect(
      opened.added.map((p) => [p.id, p.title, p.committee, p.vej, p.kategori, p.status, p.amounts, p.fte]),
    ).toEqual([
      [
        'KF-99',
        'Lukning af kulturhus',
        'Kultur- og Fritidsudvalget',
        'direkte',
        'opgavebortfald',
        'forslag',
        [-10_000, -20_500, -30_000, -40_000],
        [0, -1, -1.5, -2],
      ],
    ]);
    expect(opened.problems).toEqual([]);
    const expected = project.proposals.map((p, i) =>
      i === 1
        ? { ...p, amounts: p.amounts.map((a, y) => (y === 2 ? -999_900 : a)) }
        : i === 3
          ? { ...p, status: newStatus }
          : p,
    );
    expect(opened.project.proposals.slice(0, -1)).toEqual(expected);
    expect(opened.project.targets).toEqual(project.targets);
  });
});
