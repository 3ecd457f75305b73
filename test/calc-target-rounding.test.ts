import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acrossTheBoardCut,
  calculateProject,
  efficiencyRequirement,
  targetAmounts,
} from '../shared/calc/index.ts';
import { buildCatalogue } from '../shared/catalogue/index.ts';
import type { Scope } from '../shared/model/project.ts';
import { formatAmount } from '../shared/numbers/danish.ts';
import { createProject } from '../shared/project/index.ts';
import { emptyBudget, line, YEARS } from './calc-fixtures.ts';

const ALL: Scope = { kategorier: [], veje: [], committees: [], catalogue: null };

/** The service frame: 0,5 % of 5.457.015.617 kr. is 27.285.078,085 kr. ("-27.285,078" in 1.000 kr.). */
const FRAME = 5_457_015_617;

describe('beregnede mål afrundes', () => {
  it('et procentmål er hele 1.000 kr., højst 500 kr. fra det eksakte; et fast beløb hele kroner', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.double({ min: -25, max: 25, noNaN: true }),
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        (frame, percent, fixed) => {
          const [pct] = targetAmounts({ kind: 'percentOfService', percent }, 1, [frame]);
          const exactPct = -(Math.abs(percent) * frame) / 100;
          expect(Number.isInteger((pct ?? 0) / 1000)).toBe(true);
          expect(Math.abs((pct ?? 0) - exactPct)).toBeLessThanOrEqual(500 + 1e-9 * Math.abs(exactPct));
          const [amount] = targetAmounts({ kind: 'amount', amounts: [fixed] }, 1, null);
          expect(Number.isInteger(amount)).toBe(true);
          expect(Math.abs((amount ?? 0) - fixed)).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });

  it('den stille vej og grønthøsteren giver hele kroner pr. udvalg og i alt', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2e9 }), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.double({ min: -1e9, max: 0, noNaN: true }),
        (frames, percent, cutTotal) => {
          const budget = emptyBudget(frames.map((f, k) => line(`Udvalg ${k}`, [f, f, f, f])));
          const stille = efficiencyRequirement(budget, YEARS, { percent });
          for (const amounts of [stille.total, ...Object.values(stille.byCommittee)])
            for (const x of amounts) expect(Number.isInteger(x)).toBe(true);
          const cut = acrossTheBoardCut(budget, { total: YEARS.map(() => cutTotal) });
          for (const amounts of [cut.total, ...Object.values(cut.byCommittee)])
            for (const x of amounts) expect(Number.isInteger(x)).toBe(true);
          for (const x of cut.total) expect(Math.abs(x - cutTotal)).toBeLessThanOrEqual(0.5);
          for (const p of cut.proposals) for (const x of p.amounts) expect(Number.isInteger(x)).toBe(true);
        },
      ),
    );
  });

  it('skærmens og katalogets Mål-ark viser -27.285,0 / 27285, ikke -27.285,078 / 27285.078', async () => {
    const budget = emptyBudget([line('Økonomiudvalget', [FRAME, FRAME, FRAME, FRAME])]);
    const project = {
      ...createProject({ years: YEARS }, budget),
      targets: [
        { name: 'Procentmål', rule: { kind: 'percentOfService' as const, percent: 0.5 }, scope: ALL },
        {
          name: 'Fast mål',
          rule: { kind: 'amount' as const, amounts: YEARS.map(() => -27_285_078) },
          scope: ALL,
        },
      ],
    };
    const targets = calculateProject(project).targets.map((t) => t.target[0] ?? 0);
    // A fixed amount is the user's own figure and stays as typed; the calculated one is whole 1.000 kr.
    expect(targets).toEqual([-27_285_000, -27_285_078]);
    expect(formatAmount(targets[0] ?? 0)).toBe('-27.285,0');

    const wb = new ExcelJS.Workbook();
    const bytes = await buildCatalogue(project);
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const ws = wb.getWorksheet('Mål');
    const targetRowValues: unknown[][] = [];
    ws?.eachRow((row, rowNumber) => {
      if (rowNumber > 1 && row.getCell(1).value === 'Mål')
        targetRowValues.push(YEARS.map((_, i) => row.getCell(i + 2).value));
    });
    // Savings may be shown positive in the catalogue; either way the calculated target is whole thousands.
    expect(targetRowValues.map((values) => values.map((v) => Math.abs(v as number)))).toEqual([
      [27_285, 27_285, 27_285, 27_285],
      [27_285.078, 27_285.078, 27_285.078, 27_285.078],
    ]);
  });
});
