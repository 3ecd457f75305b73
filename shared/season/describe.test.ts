import { describe, expect, it } from 'vitest';
import { describeFieldValue, fieldLabel } from './describe.ts';

const YEARS = [2026, 2027];

describe('feltværdier som brugeren læser dem', () => {
  it('status, vej, beløb i 1.000 kr., ja/nej, kilde og tomt', () => {
    expect(describeFieldValue('status', 'tilModning', YEARS)).toBe('Til modning');
    expect(describeFieldValue('vej', 'tvaergaaende', YEARS)).toBe('Den tværgående vej');
    expect(describeFieldValue('amounts', [-1_234_500, 0], YEARS)).toBe('2026: -1.234,5 · 2027: 0,0');
    expect(describeFieldValue('investment', 2_500_000, YEARS)).toBe('2.500,0');
    expect(describeFieldValue('isService', false, YEARS)).toBe('Nej');
    expect(describeFieldValue('source', { file: 'bu.xlsx', sheet: 'Forslag', row: 12 }, YEARS)).toBe(
      'bu.xlsx, Forslag, række 12',
    );
    expect(describeFieldValue('kategori', null, YEARS)).toBe('(tom)');
    expect(fieldLabel('citizenImpact')).toBe('Konsekvenser for borgerne');
  });
});
