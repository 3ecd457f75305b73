import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  amountGroupHeader,
  blankProposal,
  matchKategori,
  matchVej,
  nextProposalId,
  proposalFields,
  withFte,
} from './proposal-fields.ts';
import { parseDanishNumber } from '../../../shared/numbers/index.ts';
import { AMOUNT_LIMIT_KR, MAX_CELL_FTE } from '../../../shared/model/index.ts';
import { parseAmount, parseFte } from './amounts.ts';

describe('felter i forslagsgitteret', () => {
  it('vej genkendes fra værdi og dansk navn i alle skrivemåder', () => {
    expect(matchVej('Den tværgående vej')).toBe('tvaergaaende');
    expect(matchVej('tvaergaaende')).toBe('tvaergaaende');
    expect(matchVej('STILLE')).toBe('stille');
    expect(matchVej('bred')).toBe('brede');
    expect(matchVej('grøn')).toBeNull();
    expect(matchKategori('servicereduktion')).toBe('servicereduktion');
  });

  it('et beløb vist i cellen læses tilbage til samme antal kroner', () => {
    const amount = proposalFields([2026])[7];
    expect(amount?.id).toBe('amount:0');
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (kr) => {
        const p = { ...blankProposal('A', 1), amounts: [kr] };
        const text = amount?.read(p) ?? '';
        expect(amount?.write(p, text)?.amounts[0]).toBe(kr);
      }),
    );
  });

  it('beløb vises med dansk tusindtalsadskiller', () => {
    const amount = proposalFields([2026])[7];
    expect(amount?.read({ ...blankProposal('A', 1), amounts: [-1_234_567_000] })).toBe('-1.234.567');
    expect(amount?.read({ ...blankProposal('A', 1), amounts: [-1_234_500] })).toBe('-1.234,5');
  });

  it('nyt nummer følger efter det højeste F-nummer', () => {
    expect(
      nextProposalId([blankProposal('F-001', 1), blankProposal('BU-7', 1), blankProposal('F-003', 1)]),
    ).toBe('F-004');
    expect(nextProposalId([])).toBe('F-001');
  });
});

describe('fortegn: positive beløb er besparelser', () => {
  it('en besparelse (gemt negativ) vises positiv, og det skrevne gemmes negativt', () => {
    const amount = proposalFields([2026], 'positiveIsSaving')[7];
    const p = { ...blankProposal('A', 1), amounts: [-250_000] };
    expect(amount?.read(p)).toBe('250');
    expect(amount?.write(p, '1.500')?.amounts[0]).toBe(-1_500_000);
    // A cost typed with minus under this convention is stored as a positive amount.
    expect(amount?.write(p, '-40')?.amounts[0]).toBe(40_000);
    expect(amount?.write(p, '')?.amounts[0]).toBe(0);
    expect(Object.is(amount?.write(p, '0')?.amounts[0], -0)).toBe(false);
  });

  it('læst og skrevet tilbage giver samme gemte beløb, og visningen er det modsatte fortegn', () => {
    const flipped = proposalFields([2026], 'positiveIsSaving')[7];
    const plain = proposalFields([2026], 'negativeIsSaving')[7];
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (kr) => {
        const p = { ...blankProposal('A', 1), amounts: [kr] };
        expect(flipped?.write(p, flipped.read(p))?.amounts[0]).toBe(kr);
        expect(parseDanishNumber(flipped?.read(p) ?? '')).toBe(
          -(parseDanishNumber(plain?.read(p) ?? '') ?? 0) || 0,
        );
      }),
    );
  });

  it('kolonneoverskriften siger Besparelse og beholder enhed og prisniveau', () => {
    expect(amountGroupHeader(2026, 'positiveIsSaving')).toBe('Besparelse (1.000 kr., 2026-priser)');
    expect(amountGroupHeader(2026, 'negativeIsSaving')).toBe('Beløb (1.000 kr., 2026-priser)');
  });

  it('investeringen vendes ikke: den er en udgift i begge konventioner', () => {
    const fields = proposalFields([2026], 'positiveIsSaving');
    const investment = fields.find((f) => f.id === 'investment');
    expect(investment?.read({ ...blankProposal('A', 1), investment: 300_000 })).toBe('300');
  });
});

describe('grænserne for et skrevet beløb og et antal årsværk', () => {
  it('et beløb ud over grænsen for ét beløb afvises, så projektet altid kan gemmes', () => {
    const limit = AMOUNT_LIMIT_KR / 1000;
    expect(parseAmount(String(limit - 1))).toBe((limit - 1) * 1000);
    expect(parseAmount(String(limit))).toBeNull();
    expect(parseAmount(`-${limit}`)).toBeNull();
    const amount = proposalFields([2026])[7];
    expect(amount?.write(blankProposal('A', 1), '1e12')).toBeNull();
  });

  it('årsværk læses på dansk inden for grænsen; udenfor eller ulæseligt er null', () => {
    expect(parseFte('-1,5')).toBe(-1.5);
    expect(parseFte('')).toBe(0);
    expect(parseFte('mange')).toBeNull();
    expect(parseFte(String(MAX_CELL_FTE))).toBeNull();
    expect(parseFte(`-${MAX_CELL_FTE - 1}`)).toBe(-(MAX_CELL_FTE - 1));
  });

  it('gitterets årsværkskolonne og detaljepanelet skriver det samme tal i det samme år', () => {
    const fte = proposalFields([2026, 2027]).find((f) => f.id === 'fte:1');
    fc.assert(
      fc.property(
        fc.integer({ min: -(MAX_CELL_FTE * 100) + 1, max: MAX_CELL_FTE * 100 - 1 }),
        (hundredths) => {
          const text = String(hundredths / 100).replace('.', ',');
          const p = blankProposal('A', 2);
          const viaGrid = fte?.write(p, text);
          expect(viaGrid?.fte).toEqual([0, hundredths / 100]);
          expect(withFte(p, 2, 1, text)).toEqual(viaGrid);
        },
      ),
    );
    expect(fte?.write(blankProposal('A', 2), '100.000')).toBeNull();
    expect(withFte(blankProposal('A', 2), 2, 0, '100.000')).toBeNull();
  });
});
