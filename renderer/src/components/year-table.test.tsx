import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { tableCells as cells } from '../test-html.ts';
import { AmountRow, YearHead, YearTable } from './YearTable.tsx';

const YEARS = [2026, 2027, 2028];

describe('tabeller med ét beløb pr. år', () => {
  it('en tabel viser overskrift med enhed, en række pr. linje og I alt til sidst', () => {
    const html = renderToStaticMarkup(
      <YearTable
        caption="Pr. udvalg"
        label="Udvalg"
        unit="1.000 kr."
        years={YEARS}
        rows={[
          { key: 'a', label: 'Børn', amounts: [-1_500, -2_000, 0] },
          { key: 'b', label: 'Teknik', amounts: [-500, 0, -250_000] },
        ]}
        total={[-2_000, -2_000, -250_000]}
        show={formatAmount}
      />,
    );
    expect(html).toContain('<caption>Pr. udvalg</caption>');
    expect(cells(html)).toEqual([
      ['Udvalg (1.000 kr.)', '2026', '2027', '2028'],
      ['Børn', '-1,5', '-2,0', '0,0'],
      ['Teknik', '-0,5', '0,0', '-250,0'],
      ['I alt', '-2,0', '-2,0', '-250,0'],
    ]);
  });

  it('en række der skal følge årene, viser 0 for et år uden beløb, så tabellen ikke bliver skæv', () => {
    const html = renderToStaticMarkup(
      <table>
        <YearHead years={YEARS} />
        <tbody>
          <AmountRow label="Netto" amounts={[-1_000]} years={YEARS} show={formatAmount} />
          <AmountRow label="Uden år" amounts={[-1_000]} show={formatAmount} />
        </tbody>
      </table>,
    );
    expect(cells(html)).toEqual([
      ['', '2026', '2027', '2028'],
      ['Netto', '-1,0', '0,0', '0,0'],
      ['Uden år', '-1,0'],
    ]);
  });
});
