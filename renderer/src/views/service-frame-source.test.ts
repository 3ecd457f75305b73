import { describe, expect, it } from 'vitest';
import type { Budget, ImportReport } from '../../../shared/model/index.ts';
import { serviceFrameSource } from './ServiceFrameSource.tsx';

function budgetWith(report: Partial<ImportReport>): Budget {
  return {
    sourceName: 'b.xlsx',
    years: [2026],
    lines: [],
    mapping: { version: 1, years: [2026], sheets: [] },
    report: { file: 'b.xlsx', problems: [], skippedRows: [], serviceKnown: true, ...report },
  };
}

describe('hvor servicerammen bag mål i procent og den stille vej kommer fra', () => {
  it('siger servicekolonnen, kontoplanen, ukendt eller intet budget', () => {
    expect(serviceFrameSource(budgetWith({ serviceSource: 'column' }))).toContain('servicekolonne');
    expect(serviceFrameSource(budgetWith({ serviceSource: 'kontoplan' }))).toContain(
      'fundet ud fra kontoplanen (funktion og dranst)',
    );
    expect(serviceFrameSource(budgetWith({ serviceSource: 'unknown', serviceKnown: false }))).toContain(
      'Servicerammen er ukendt',
    );
    expect(serviceFrameSource(null)).toContain('intet budget');
  });

  it('et budget gemt før kontoplanen blev læst: kilden følger af, om servicefordelingen er kendt', () => {
    expect(serviceFrameSource(budgetWith({ serviceKnown: true }))).toBe(
      serviceFrameSource(budgetWith({ serviceSource: 'column' })),
    );
    expect(serviceFrameSource(budgetWith({ serviceKnown: false }))).toBe(
      serviceFrameSource(budgetWith({ serviceSource: 'unknown' })),
    );
  });
});
