import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KATEGORIER,
  KATEGORI_LABEL,
  STATUSES,
  STATUS_LABEL,
  VEJE,
  VEJ_LABEL,
} from '../../../shared/model/index.ts';
import {
  blankProposal,
  matchCommittee,
  matchingChoices,
  matchKategori,
  matchStatus,
  matchVej,
  proposalFields,
} from './proposal-fields.ts';
import { writeCells } from './cell-edits.ts';

const COLUMNS = [
  { values: VEJE, label: (v: string) => VEJ_LABEL[v as (typeof VEJE)[number]], match: matchVej },
  {
    values: KATEGORIER,
    label: (k: string) => KATEGORI_LABEL[k as (typeof KATEGORIER)[number]],
    match: matchKategori,
  },
  {
    values: STATUSES,
    label: (s: string) => STATUS_LABEL[s as (typeof STATUSES)[number]],
    match: matchStatus,
  },
];

const COMMITTEES = [
  'Børne- og Ungeudvalget',
  'Kultur- og Fritidsudvalget',
  'Økonomiudvalget',
  'Økonomi og Erhverv',
];

/** Text with each letter in upper or lower case as `flips` says. */
function recased(text: string, flips: readonly boolean[]): string {
  return [...text].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
}

describe('at skrive i en valgcelle', () => {
  it('"stille", "Den stille vej", "Fravalgt", "fravalgt" og "s" i kategori vælger det, de passer på', () => {
    expect(matchVej('stille')).toBe('stille');
    expect(matchVej('Den stille vej')).toBe('stille');
    expect(matchVej('Den st')).toBe('stille');
    expect(matchVej('tv')).toBe('tvaergaaende');
    expect(matchStatus('Fravalgt')).toBe('fravalgt');
    expect(matchStatus('fravalgt')).toBe('fravalgt');
    expect(matchStatus('til m')).toBe('tilModning');
    expect(matchKategori('s')).toBe('servicereduktion');
    // The importer's spellings still count.
    expect(matchKategori('effektiviseringer')).toBe('effektivisering');
  });

  it('tvetydig tekst vælger intet, men nævner alle de værdier, den passer på', () => {
    expect(matchVej('s')).toBeNull();
    expect(matchingChoices(VEJE, (v) => VEJ_LABEL[v], 's')).toEqual(['stille', 'smalle']);
    expect(matchingChoices(VEJE, (v) => VEJ_LABEL[v], 'Den')).toEqual([...VEJE]);
    expect(matchingChoices(STATUSES, (s) => STATUS_LABEL[s], 'grøn')).toEqual([]);
    expect(matchStatus('grøn')).toBeNull();
  });

  it('udvalg vælges på samme måde; tekst uden match bliver et nyt udvalg', () => {
    expect(matchCommittee(COMMITTEES, 'kul')).toBe('Kultur- og Fritidsudvalget');
    expect(matchCommittee(COMMITTEES, 'økonomiudvalget')).toBe('Økonomiudvalget');
    expect(matchingChoices(COMMITTEES, (c) => c, 'øk')).toEqual(['Økonomiudvalget', 'Økonomi og Erhverv']);
    expect(matchCommittee(COMMITTEES, 'øk')).toBe('øk');
    expect(matchCommittee(COMMITTEES, ' Teknik og Miljø ')).toBe('Teknik og Miljø');
  });

  it('enhver værdis navn, i ethvert bogstavtilfælde og forkortet til et entydigt begyndelse, vælger den', () => {
    for (const { values, label, match } of COLUMNS) {
      fc.assert(
        fc.property(
          fc.constantFrom(...values),
          fc.integer({ min: 1, max: 40 }),
          fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
          (value, length, flips) => {
            const full = label(value);
            const prefix = full.slice(0, Math.min(length, full.length));
            const unique =
              values.filter((v) => label(v).toLowerCase().startsWith(prefix.toLowerCase())).length === 1;
            fc.pre(unique);
            expect(match(recased(prefix, flips))).toBe(value);
          },
        ),
      );
    }
  });

  it('indsat tekst går efter samme regel: "s" i vej afvises og mærkes, "s" i kategori bliver Servicereduktion', () => {
    const fields = proposalFields([2026], 'negativeIsSaving', COMMITTEES);
    const field = (id: string) => {
      const f = fields.find((x) => x.id === id);
      if (!f) throw new Error(id);
      return f;
    };
    const rows = [{ key: 1, proposal: blankProposal('A', 1) }];
    const result = writeCells(rows, [
      { key: 1, field: field('vej'), text: 's' },
      { key: 1, field: field('kategori'), text: 's' },
      { key: 1, field: field('status'), text: 'FRAV' },
      { key: 1, field: field('committee'), text: 'kul' },
    ]);
    expect(result.rejected).toEqual([{ key: 1, field: 'vej', text: 's' }]);
    expect(result.rows[0]?.proposal).toMatchObject({
      vej: null,
      kategori: 'servicereduktion',
      status: 'fravalgt',
      committee: 'Kultur- og Fritidsudvalget',
    });
  });
});

describe('årsværk pr. planår i gitteret', () => {
  it('et årsværk vist i cellen læses tilbage til samme tal; tekst der ikke er et tal afvises', () => {
    const fields = proposalFields([2026, 2027]);
    const fte = fields.find((f) => f.id === 'fte:1');
    expect(fte?.header).toBe('Årsværk 2027');
    fc.assert(
      fc.property(
        // Within the bound on one year's årsværk (|fte| < 100.000, shared/model).
        fc.integer({ min: -9_999_999, max: 9_999_999 }).map((n) => n / 100),
        (value) => {
          const p = { ...blankProposal('A', 2), fte: [0.5, value] };
          const back = fte?.write(p, fte.read(p));
          expect(back?.fte).toEqual([0.5, value]);
        },
      ),
    );
    expect(fte?.write(blankProposal('A', 2), 'to')).toBeNull();
    expect(fte?.write(blankProposal('A', 2), '100.000')).toBeNull();
    expect(fte?.write(blankProposal('A', 2), '-1,5')?.fte).toEqual([0, -1.5]);
  });
});
