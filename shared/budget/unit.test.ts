import { describe, expect, it } from 'vitest';
import { sheetUnit, statedUnit } from './unit.ts';

describe('enheden et ark angiver for sine beløb', () => {
  it.each([
    ['Beløb i 1.000 kr.', 'thousands'],
    ['Fjordby Kommune - Budget 2026-2029, drift (1.000 kr., 2026-priser)', 'thousands'],
    ['1000 kr.', 'thousands'],
    ['t.kr.', 'thousands'],
    ['Budget 2026 (tkr.)', 'thousands'],
    ['Alle beløb er angivet i kr.', 'kr'],
    ['Beløb i kr.', 'kr'],
    ['Kr.', 'kr'],
    ['Budget 2026 (kr.)', 'kr'],
    ['Driftsbudget (i hele kroner)', 'kr'],
    ['Beløb\u00a0i\u00a0kroner', 'kr'],
    ['Tal i mio. kr.', 'millions'],
    ['Oversigt (mio. kr., løbende priser)', 'millions'],
    ['Besparelse i kr.', 'kr'],
    ['Mindreudgift (DKK)', 'kr'],
    ['Beløb kr.', 'kr'],
  ])('%s → %s', (text, unit) => {
    expect(statedUnit(text)).toBe(unit);
  });

  it.each([
    'Besparelse på 5 mio. kr. i 2027',
    'Kroner og øre',
    'Krogsbølle Skole',
    'Kr. Hyllinge Børnehus',
    'Udvalg',
    'Budget 2026',
    '',
  ])('%s angiver ingen enhed', (text) => {
    expect(statedUnit(text)).toBeNull();
  });

  it('flere celler der er enige giver enheden og den første celle; uenige giver en konflikt', () => {
    expect(
      sheetUnit([
        { address: 'A1', text: 'Budget 2026' },
        { address: 'A2', text: 'Beløb i kr.' },
        { address: 'E4', text: 'Budget 2026 (kr.)' },
      ]),
    ).toEqual({ unit: 'kr', cell: 'A2', text: 'Beløb i kr.' });
    const conflict = sheetUnit([
      { address: 'A2', text: 'Beløb i kr.' },
      { address: 'E4', text: 'Budget 2026 (1.000 kr.)' },
    ]);
    expect(conflict).toEqual({
      conflict: [
        { unit: 'kr', cell: 'A2', text: 'Beløb i kr.' },
        { unit: 'thousands', cell: 'E4', text: 'Budget 2026 (1.000 kr.)' },
      ],
    });
    expect(sheetUnit([{ address: 'A1', text: 'Driftsbudget' }])).toBeNull();
  });
});
