import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../model/budget.ts';
import { withBudgetYear, withFieldColumn, withServiceValue, withSheet, withYearColumn } from './mapping.ts';

/** Two budget sheets, as the preview proposes them for a 2026 budget; Udgift + Indtægt on the second. */
function twoSheets(): ColumnMapping {
  return {
    version: 1,
    years: [2026, 2027, 2028, 2029],
    sheets: [
      {
        sheet: 'Børn',
        role: 'budget',
        headerRow: 3,
        columns: { text: ['A'], service: ['B'] },
        years: { '2026': 'C', '2027': 'D', '2028': 'E', '2029': 'F' },
      },
      {
        sheet: 'Ældre',
        role: 'budget',
        headerRow: 4,
        columns: { text: ['A'] },
        years: { '2026': 'B+C', '2027': 'D+E', '2028': 'F+G', '2029': 'H+I' },
      },
    ],
  };
}

describe('guidens ændringer af kortlægningen', () => {
  it('flytter budgetåret, og årenes kolonner følger med i samme rækkefølge', () => {
    const moved = withBudgetYear(twoSheets(), 2027);
    expect(moved.years).toEqual([2027, 2028, 2029, 2030]);
    expect(moved.sheets[0]?.years).toEqual({ '2027': 'C', '2028': 'D', '2029': 'E', '2030': 'F' });
    expect(moved.sheets[1]?.years).toEqual({ '2027': 'B+C', '2028': 'D+E', '2029': 'F+G', '2030': 'H+I' });
  });

  it('et år uden kolonne forbliver uden kolonne, når budgetåret flyttes', () => {
    const gap = withYearColumn(twoSheets(), 'Børn', 2028, '');
    expect(withBudgetYear(gap, 2025).sheets[0]?.years).toEqual({ '2025': 'C', '2026': 'D', '2028': 'F' });
  });

  it('frem og tilbage giver den samme kortlægning (egenskab)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2096 }), (year) => {
        const start = twoSheets();
        expect(withBudgetYear(withBudgetYear(start, year), 2026)).toEqual(start);
      }),
    );
  });

  it('husker brugerens læsning af en serviceværdi under dens nøgle og glemmer den igen', () => {
    const chosen = withServiceValue(twoSheets(), ' S ', true);
    expect(chosen.serviceValues).toEqual({ s: true });
    const both = withServiceValue(chosen, 'O', false);
    expect(both.serviceValues).toEqual({ s: true, o: false });
    const forgotten = withServiceValue(withServiceValue(both, 's', null), 'o', null);
    expect(forgotten).not.toHaveProperty('serviceValues');
  });

  it('ændrer kun det valgte ark', () => {
    const start = twoSheets();
    const next = withSheet(start, 'Ældre', { role: 'ignored', unit: 'kr' });
    expect(next.sheets[1]).toMatchObject({ sheet: 'Ældre', role: 'ignored', unit: 'kr', headerRow: 4 });
    expect(next.sheets[0]).toBe(start.sheets[0]);
  });

  it('vælger og fjerner en felts kolonne', () => {
    const withFunction = withFieldColumn(twoSheets(), 'Børn', 'function', 'G');
    expect(withFunction.sheets[0]?.columns).toEqual({ text: ['A'], service: ['B'], function: ['G'] });
    const without = withFieldColumn(withFunction, 'Børn', 'service', '');
    expect(without.sheets[0]?.columns).toEqual({ text: ['A'], function: ['G'] });
  });

  it('lægger en kolonne til et år (udgift og indtægt) og fjerner et års kolonne', () => {
    const added = withYearColumn(twoSheets(), 'Børn', 2026, 'C+G');
    expect(added.sheets[0]?.years['2026']).toBe('C+G');
    const removed = withYearColumn(added, 'Børn', 2029, '');
    expect(removed.sheets[0]?.years).toEqual({ '2026': 'C+G', '2027': 'D', '2028': 'E' });
  });

  it('ændrer aldrig den kortlægning, den får', () => {
    const start = twoSheets();
    const copy = structuredClone(start);
    withBudgetYear(start, 2030);
    withServiceValue(start, 'x', true);
    withSheet(start, 'Børn', { headerRow: 9 });
    withFieldColumn(start, 'Børn', 'text', '');
    withYearColumn(start, 'Ældre', 2026, '');
    expect(start).toEqual(copy);
  });

  it('et ark, der ikke findes, lader kortlægningen være', () => {
    const start = twoSheets();
    expect(withFieldColumn(start, 'Findes ikke', 'text', 'B')).toBe(start);
    expect(withYearColumn(start, 'Findes ikke', 2026, 'B')).toBe(start);
  });
});
