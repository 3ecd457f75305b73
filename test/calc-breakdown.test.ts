import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeBreakdown, KATEGORI_KEYS, UNKNOWN_KEY, VEJ_KEYS } from '../shared/calc/index.ts';
import { toYearRecord } from '../shared/model/money.ts';
import { KATEGORIER, STATUSES, VEJE, type Proposal } from '../shared/model/proposal.ts';
import { importProposals } from '../shared/proposals/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import {
  FIXTURES,
  FIXTURE_KATEGORI_NAME,
  FIXTURE_VEJ_NAME,
  proposal,
  proposalsFromExpected,
  readExpected,
  YEARS,
} from './calc-fixtures.ts';

const arbProposal = (years: number): fc.Arbitrary<Proposal> =>
  fc
    .record({
      id: fc.string({ maxLength: 6 }),
      committee: fc.constantFrom(
        'Børne- og Ungeudvalget',
        'Økonomiudvalget',
        'Kultur- og Fritidsudvalget',
        '',
        '  ',
      ),
      catalogue: fc.constantFrom('', 'Handlekatalog', 'Effektiviseringskatalog'),
      vej: fc.option(fc.constantFrom(...VEJE), { nil: null }),
      kategori: fc.option(fc.constantFrom(...KATEGORIER), { nil: null }),
      status: fc.constantFrom(...STATUSES),
      amounts: fc.array(fc.integer({ min: -1e10, max: 1e10 }), { minLength: years, maxLength: years }),
    })
    .map((r) => proposal(r));

function sumOf(rows: Iterable<readonly number[]>, n: number): number[] {
  const total = new Array<number>(n).fill(0);
  for (const row of rows) row.forEach((x, i) => (total[i] = (total[i] ?? 0) + x));
  return total;
}

function manualTotal(proposals: readonly Proposal[], n: number): number[] {
  return sumOf(
    proposals.map((p) => p.amounts),
    n,
  );
}

describe('opgørelse af forslag', () => {
  it('hver opdeling summer til totalen (vej, kategori, udvalg, status, katalog, vej × kategori)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(arbProposal(n), { maxLength: 40 }),
              fc.option(fc.subarray([...STATUSES]), { nil: undefined }),
            ),
          ),
        ([n, proposals, statuses]) => {
          const b = computeBreakdown(proposals, n, statuses);
          const counted = statuses ? proposals.filter((p) => statuses.includes(p.status)) : proposals;
          expect(b.total).toEqual(manualTotal(counted, n));
          expect(b.count).toBe(counted.length);
          expect(sumOf(Object.values(b.byVej), n)).toEqual(b.total);
          expect(sumOf(Object.values(b.byKategori), n)).toEqual(b.total);
          expect(sumOf(Object.values(b.byCommittee), n)).toEqual(b.total);
          expect(sumOf(Object.values(b.byStatus), n)).toEqual(b.total);
          expect(sumOf(Object.values(b.byCatalogue), n)).toEqual(b.total);
          expect(
            sumOf(
              Object.values(b.byVejKategori).flatMap((k) => Object.values(k)),
              n,
            ),
          ).toEqual(b.total);
          // per vej, the kategorier inside it sum to that vej
          for (const vej of VEJ_KEYS)
            expect(sumOf(Object.values(b.byVejKategori[vej]), n)).toEqual(b.byVej[vej]);
          const counts = Object.values(b.countByCommittee).reduce((a, c) => a + c, 0);
          expect(counts).toBe(b.count);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ukendt vej/kategori og tomt udvalg forbliver synlige under "ukendt"', () => {
    const proposals = [
      proposal({ id: 'A', amounts: [-100_000, -200_000], vej: null, kategori: null, committee: ' ' }),
      proposal({ id: 'B', amounts: [-1_000, -1_000], vej: 'brede', kategori: 'opgavebortfald' }),
    ];
    const b = computeBreakdown(proposals, 2);
    expect(b.byVej[UNKNOWN_KEY]).toEqual([-100_000, -200_000]);
    expect(b.byKategori[UNKNOWN_KEY]).toEqual([-100_000, -200_000]);
    expect(b.byCommittee[UNKNOWN_KEY]).toEqual([-100_000, -200_000]);
    expect(b.byVejKategori[UNKNOWN_KEY][UNKNOWN_KEY]).toEqual([-100_000, -200_000]);
    expect(b.countByVej[UNKNOWN_KEY]).toBe(1);
    expect(b.total).toEqual([-101_000, -201_000]);
    expect(KATEGORI_KEYS).toContain(UNKNOWN_KEY);
  });

  it('kun de valgte statusser tæller (det vedtagne budget tæller kun prioriteret)', () => {
    const proposals = [
      proposal({ id: 'A', amounts: [-5_000_000], status: 'prioriteret' }),
      proposal({ id: 'B', amounts: [-7_000_000], status: 'fravalgt' }),
      proposal({ id: 'C', amounts: [-11_000_000], status: 'forslag' }),
    ];
    expect(computeBreakdown(proposals, 1, ['prioriteret']).total).toEqual([-5_000_000]);
    expect(computeBreakdown(proposals, 1).total).toEqual([-23_000_000]);
    expect(computeBreakdown(proposals, 1, []).total).toEqual([0]);
  });

  // Expected numbers: the fixture generator's own sums (Python), see /work/shared/fixtures/public/README.md.
  for (const name of ['proposals-list.xlsx', 'proposal-forms.xlsx']) {
    it(`${name}: totaler pr. vej, kategori og udvalg svarer til generatorens`, () => {
      interface Expected {
        totals: { amounts: Record<string, number> };
        per_vej: Record<string, Record<string, number>>;
        per_kategori: Record<string, Record<string, number>>;
        per_udvalg: Record<string, Record<string, number>>;
        count_per_vej: Record<string, number>;
        proposal_count: number;
      }
      const expected = readExpected<Expected>(name);
      const proposals = proposalsFromExpected(name);
      const b = computeBreakdown(proposals, YEARS.length);
      const close = (actual: Record<string, number>, wanted: Record<string, number> | undefined): void => {
        for (const year of Object.keys(wanted ?? {}))
          expect(actual[year], year).toBeCloseTo(wanted?.[year] ?? NaN, 2);
      };
      expect(b.count).toBe(expected.proposal_count);
      close(toYearRecord(YEARS, b.total), expected.totals.amounts);
      for (const vej of VEJE) {
        const wanted = expected.per_vej[FIXTURE_VEJ_NAME[vej]];
        if (wanted) close(toYearRecord(YEARS, b.byVej[vej]), wanted);
        else expect(b.byVej[vej]).toEqual([0, 0, 0, 0]);
      }
      for (const kategori of KATEGORIER) {
        const wanted = expected.per_kategori[FIXTURE_KATEGORI_NAME[kategori]];
        if (wanted) close(toYearRecord(YEARS, b.byKategori[kategori]), wanted);
      }
      expect(Object.keys(b.byCommittee).sort()).toEqual(Object.keys(expected.per_udvalg).sort());
      for (const [committee, wanted] of Object.entries(expected.per_udvalg))
        close(toYearRecord(YEARS, b.byCommittee[committee] ?? []), wanted);
    });
  }
});

describe('opgørelse af importerede forslag', () => {
  // The whole path a user takes: the proposal importer reads the workbook, computeBreakdown sums it.
  // Expected numbers: the fixture generator's own sums (see the fixtures' README).
  for (const name of ['proposals-list.xlsx', 'proposal-forms.xlsx']) {
    it(`${name} indlæst: totaler pr. vej, kategori og udvalg svarer til generatorens`, async () => {
      interface Expected {
        totals: { amounts: Record<string, number> };
        per_vej: Record<string, Record<string, number>>;
        per_kategori: Record<string, Record<string, number>>;
        per_udvalg: Record<string, Record<string, number>>;
        proposal_count: number;
      }
      const expected = readExpected<Expected>(name);
      const bytes = readFileSync(join(FIXTURES, name));
      const file = await openWorkbook(new Uint8Array(bytes), name);
      const result = await importProposals([{ file, name }], { years: YEARS, existing: [] });
      const b = computeBreakdown(result.proposals, YEARS.length);
      expect(b.count).toBe(expected.proposal_count);
      const close = (actual: readonly number[], wanted: Record<string, number> | undefined): void => {
        const record = toYearRecord(YEARS, actual);
        for (const year of YEARS.map(String))
          expect(record[year], year).toBeCloseTo(wanted?.[year] ?? NaN, 2);
      };
      close(b.total, expected.totals.amounts);
      for (const vej of VEJE)
        close(
          b.byVej[vej],
          expected.per_vej[FIXTURE_VEJ_NAME[vej]] ?? { 2026: 0, 2027: 0, 2028: 0, 2029: 0 },
        );
      expect(b.countByVej[UNKNOWN_KEY]).toBe(0);
      for (const kategori of KATEGORIER)
        close(
          b.byKategori[kategori],
          expected.per_kategori[FIXTURE_KATEGORI_NAME[kategori]] ?? { 2026: 0, 2027: 0, 2028: 0, 2029: 0 },
        );
      for (const [committee, wanted] of Object.entries(expected.per_udvalg))
        close(b.byCommittee[committee] ?? [], wanted);
      expect(Object.keys(b.byCommittee).sort()).toEqual(Object.keys(expected.per_udvalg).sort());
    });
  }
});
