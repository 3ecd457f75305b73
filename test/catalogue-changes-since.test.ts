/**
 * The catalogue sheet "Ændringer siden <version>": on the fixture project (proposals-list.xlsx's proposals), a
 * version, then one proposal added, one removed, one prioritised with new amounts. The expected numbers are the
 * edits' own amounts; the sheet is read back with exceljs.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../shared/catalogue/index.ts';
import { openCatalogue } from '../shared/catalogue/open.ts';
import { krToThousands } from '../shared/model/money.ts';
import { blankProposal } from '../shared/model/proposal.ts';
import type { Project } from '../shared/model/project.ts';
import { takeVersion } from '../shared/season/index.ts';
import { fixtureProject } from './helpers/catalogue-project.ts';

const YEARS = [2026, 2027, 2028, 2029];

function edited(): { project: Project; removed: string; changed: string } {
  let project = takeVersion(fixtureProject(), 'Administrationens forslag', {
    who: 'MJ',
    when: '2026-08-20T10:00:00.000Z',
  });
  const [first, second] = project.proposals;
  if (!first || !second) throw new Error('fixture');
  project = {
    ...project,
    proposals: [
      { ...first, status: 'prioriteret', amounts: first.amounts.map((a) => a - 100_000) },
      ...project.proposals.slice(2),
      blankProposal('A-1', 4, {
        title: 'Partiets forslag',
        committee: 'Økonomiudvalget',
        vej: 'direkte',
        status: 'prioriteret',
        amounts: [-500_000, -500_000, -500_000, -500_000],
      }),
    ],
  };
  return { project, removed: second.id, changed: first.id };
}

async function sheetRows(bytes: Uint8Array, name: string): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const ws = wb.getWorksheet(name);
  if (!ws)
    throw new Error(`arket '${name}' mangler; arkene er ${wb.worksheets.map((w) => w.name).join(', ')}`);
  const rows: (string | number | null)[][] = [];
  ws.eachRow((row) => {
    const values: (string | number | null)[] = [];
    for (let c = 1; c <= 16; c++) {
      const v: unknown = row.getCell(c).value;
      values.push(typeof v === 'string' || typeof v === 'number' ? v : null);
    }
    rows.push(values);
  });
  return rows;
}

describe('kataloget med "Ændringer siden <version>"', () => {
  it('viser totaler før, efter og forskel, og de nye, fjernede og ændrede forslag', async () => {
    const { project, removed, changed } = edited();
    const bytes = await buildCatalogue(project, {
      since: 'administrationens forslag',
      proposalSheets: false,
      now: new Date('2026-09-01T12:00:00Z'),
    });
    // Excel's 31 characters: the name is cut, the title inside is whole.
    const rows = await sheetRows(bytes, 'Ændringer siden Administration…');
    expect(rows[0]?.[0]).toBe('Ændringer siden Administrationens forslag');
    const version = project.versions[0];
    const before = version?.proposals ?? [];
    const counted = new Set(project.countedStatuses);
    const sum = (list: readonly { status: string; amounts: readonly number[] }[], i: number): number =>
      list.filter((p) => counted.has(p.status as never)).reduce((s, p) => s + (p.amounts[i] ?? 0), 0);
    const total = rows.find((r) => r[1] === 'I alt');
    YEARS.forEach((_, i) => {
      expect(total?.[2 + i], `før ${YEARS[i]}`).toBeCloseTo(krToThousands(sum(before, i)), 6);
      expect(total?.[6 + i], `efter ${YEARS[i]}`).toBeCloseTo(krToThousands(sum(project.proposals, i)), 6);
      expect(total?.[10 + i], `forskel ${YEARS[i]}`).toBeCloseTo(
        krToThousands(sum(project.proposals, i) - sum(before, i)),
        6,
      );
    });
    const direkte = rows.find((r) => r[1] === 'Den direkte vej');
    expect(direkte?.slice(10, 14)).toEqual([-500, -500, -500, -500]);

    const at = (title: RegExp): number => rows.findIndex((r) => typeof r[0] === 'string' && title.test(r[0]));
    const added = at(/^Nye forslag \(1\)$/);
    expect(rows[added + 2]?.slice(0, 6)).toEqual(['A-1', 'Partiets forslag', -500, -500, -500, -500]);
    const gone = at(/^Fjernede forslag \(1\)$/);
    expect(rows[gone + 2]?.[0]).toBe(removed);
    const changedAt = at(/^Ændrede forslag \(1\)$/);
    const row = rows[changedAt + 2];
    expect(row?.[0]).toBe(changed);
    expect(row?.slice(2, 6)).toEqual([-100, -100, -100, -100]);
    expect(String(row?.[6])).toMatch(/^Status: \S+( \S+)? → Prioriteret$/);
  });

  it('uden --since er arket der ikke, og et katalog med arket åbner igen uden ændringer', async () => {
    const { project } = edited();
    const plain = await buildCatalogue(project, { proposalSheets: false });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      plain.buffer.slice(plain.byteOffset, plain.byteOffset + plain.byteLength) as ArrayBuffer,
    );
    expect(wb.worksheets.some((w) => w.name.startsWith('Ændringer siden'))).toBe(false);
    const withSheet = await buildCatalogue(project, {
      since: 'Administrationens forslag',
      proposalSheets: false,
    });
    const opened = await openCatalogue(withSheet, 'katalog.xlsx');
    expect(opened.changes).toEqual([]);
    expect(opened.project.versions.map((v) => v.name)).toEqual(['Administrationens forslag']);
  });

  it('en version, der ikke findes, afvises med en dansk besked', async () => {
    await expect(buildCatalogue(edited().project, { since: 'Budgetforlig' })).rejects.toThrow(
      "Projektet har ingen version 'Budgetforlig'. Versionerne er: 'Administrationens forslag'.",
    );
  });
});
