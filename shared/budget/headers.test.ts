import { describe, expect, it } from 'vitest';
import {
  classifyYearHeader,
  codePart,
  isAmountSubHeader,
  isTotalsLabel,
  normaliseHeader,
  parseServiceFlag,
} from './headers.ts';

const year = (text: string) => classifyYearHeader(normaliseHeader(text));

describe('årskolonner', () => {
  it.each([
    ['2026', 2026],
    ['B2026', 2026],
    ['BO2027', 2027],
    ['BO1 2027', 2027],
    ['Budget 2026', 2026],
    ['Budgetår 2026', 2026],
    ['Overslag 2027', 2027],
    ['Overslagsår 2028', 2028],
    ['Overslagsår 1 (2027)', 2027],
    ['Budgetoverslag 2029', 2029],
    ['Budget 2026 (1.000 kr.)', 2026],
    ['B2027 (2026-priser)', 2027],
    ['Vedtaget budget 2026', 2026],
    ['Vedt. budget 2026', 2026],
    ['VB 2026', 2026],
    ['Basisbudget 2026', 2026],
    ['B26', 2026],
    ['BO27', 2027],
    ['BO 28', 2028],
  ])('%j er planåret %d', (text, y) => {
    expect(year(text)).toMatchObject({ kind: 'plan', year: y });
  });

  it.each([
    'Regnskab 2024',
    'R2024',
    'KB2025',
    'Korrigeret budget 2025',
    'Oprindeligt budget 2025',
    'Ændring B2026-KB2025',
    'Difference 2026',
    'Budget 2026-2029',
    'Årsværk 2026',
    'Forbrug 2025',
    'R24',
    'KB25',
  ])('%j er ikke en planårskolonne', (text) => {
    expect(year(text).kind).toBe('notPlan');
  });

  it('tekst uden år er ingen årskolonne', () => {
    expect(year('Udvalg').kind).toBe('none');
  });
});

describe('årskolonner delt i udgift og indtægt (overskrift i to rækker)', () => {
  it.each([
    ['Budget 2026 Udgift', 2026, 'expense'],
    ['Overslag 2027 Indtægt', 2027, 'income'],
    ['Overslagsår 2028 Indtægter', 2028, 'income'],
    ['Budget 2026 Udgifter (1.000 kr.)', 2026, 'expense'],
    ['Budget 2026 Netto', 2026, 'net'],
    ['Budget 2026 1.000 kr.', 2026, 'net'],
    ['Budget 2026 2026', 2026, 'net'],
    ['Udgift 2026', 2026, 'expense'],
  ])('%j er planåret %d, delen %j', (text, y, part) => {
    expect(year(text)).toMatchObject({ kind: 'plan', year: y, part });
  });

  it.each([
    'Regnskab 2024 Udgift',
    'Regnskab 2024 Indtægt',
    'Korrigeret budget 2025 Udgift',
    'Oprindeligt budget 2025 1.000 kr.',
    'Budget 2026 Antal',
    'Budget 2026 2027',
  ])('%j er ikke en planårskolonne', (text) => {
    expect(year(text).kind).toBe('notPlan');
  });

  it.each(['Udgift', 'Indtægt', 'Indtægter', 'Netto', '1.000 kr.', 'i 1.000 kr.', 'Beløb i alt'])(
    '%j deler en beløbskolonne',
    (text) => expect(isAmountSubHeader(normaliseHeader(text))).toBe(true),
  );
  it.each(['', 'Udvalg', 'Bemærkning', 'Antal', '2026'])('%j deler ikke en beløbskolonne', (text) =>
    expect(isAmountSubHeader(normaliseHeader(text))).toBe(false),
  );
});

describe('sumrækker, serviceflag og koder', () => {
  it.each([
    'I alt',
    'i alt',
    'Total',
    'Sum',
    'Subtotal',
    'Børne- og Ungeudvalget i alt',
    'Hovedtotal',
    'I alt for udvalget',
    'Udgifter total',
  ])('%j er en sumrække', (t) => expect(isTotalsLabel(t)).toBe(true));
  it.each(['Skoler og SFO', 'Summerskole', 'Altan', 'Totalentreprise', 'Samlet pulje', 'Total ombygning'])(
    '%j er ikke en sumrække',
    (t) => expect(isTotalsLabel(t)).toBe(false),
  );

  it.each([
    ['Ja', true],
    ['nej', false],
    ['J', true],
    ['N', false],
    ['x', true],
    ['', false],
    ['Indenfor', true],
    ['Udenfor', false],
    ['Service', true],
    ['Overførsel', false],
    ['måske', null],
  ])('serviceflag %j → %j', (text, value) => expect(parseServiceFlag(text)).toBe(value));

  it.each([
    ['3.22.01 Folkeskoler', '3.22.01'],
    ['1 Drift', '1'],
    ['1.0 Lønninger', '1.0'],
    ['200001 Strandskolen', '200001'],
    ['3.22.01', '3.22.01'],
    ['5.57.71 - Sygedagpenge', '5.57.71'],
    ['Folkeskoler', 'Folkeskoler'],
  ])('kode og navn %j → %j', (text, code) => expect(codePart(text)).toBe(code));
});
