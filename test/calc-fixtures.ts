/**
 * Test inputs for the calculation tests, built without the product's importers so that the expected
 * numbers stay independent: budget-clean.csv is read with a ten-line parser here, and proposals are built
 * from the generator's own per-proposal data in `proposals-list.xlsx.expected.json`.
 */
import { readFileSync } from 'node:fs';
import type { Budget, BudgetLine } from '../shared/model/budget.ts';
import { thousandsToKr } from '../shared/model/money.ts';
import { blankProposal, type Kategori, type Proposal, type Vej } from '../shared/model/proposal.ts';
import { fixturePath, readExpected, VEJ_OF_FIXTURE, type FixtureProposal } from './helpers/fixtures.ts';

export { FIXTURES, readExpected } from './helpers/fixtures.ts';
export const YEARS = [2026, 2027, 2028, 2029];

export function emptyBudget(lines: BudgetLine[], years: number[] = YEARS, sourceName = 'test.xlsx'): Budget {
  return {
    sourceName,
    years,
    lines,
    mapping: { version: 1, years, sheets: [] },
    report: { file: sourceName, problems: [], skippedRows: [], serviceKnown: true },
  };
}

export function line(
  committee: string,
  amountsKr: number[],
  isService: boolean | null = true,
  area = 'Område',
): BudgetLine {
  return {
    committee,
    area,
    account: {},
    text: `${committee} linje`,
    amounts: amountsKr,
    isService,
    source: { sheet: 'Budget', row: 2 },
  };
}

/** budget-clean.csv: `;`, decimal comma, UTF-8 with BOM; columns as its README describes. */
export function readCleanBudgetCsv(): Budget {
  const text = readFileSync(fixturePath('budget-clean.csv'), 'utf8').replace(/^\uFEFF/, '');
  const rows = text.split(/\r\n/).filter((r) => r !== '');
  const lines: BudgetLine[] = rows.slice(1).map((row, i) => {
    const c = row.split(';');
    const num = (s: string | undefined): number => thousandsToKr(Number((s ?? '0').replace(',', '.')));
    return {
      committee: c[0] ?? '',
      area: c[1] ?? '',
      account: { function: c[2] ?? '', dranst: c[4] ?? '', art: c[5] ?? '' },
      costCentre: c[7] ?? '',
      text: c[9] ?? '',
      amounts: [num(c[11]), num(c[12]), num(c[13]), num(c[14])],
      isService: c[10] === 'Ja',
      source: { file: 'budget-clean.csv', sheet: 'budget-clean', row: i + 2 },
    };
  });
  return emptyBudget(lines, YEARS, 'budget-clean.csv');
}

export interface ExpectedProposal extends FixtureProposal {
  /** proposals-list: the amounts; proposal-forms: `i_alt` (udgifter + indtægter) is the amount. */
  amounts?: Record<string, number>;
  i_alt?: Record<string, number>;
}

const KATEGORI_OF: Record<string, Kategori> = {
  Effektivisering: 'effektivisering',
  Servicereduktion: 'servicereduktion',
  Opgavebortfald: 'opgavebortfald',
};

/** A proposal ad stille vej, an effektivisering in Børne- og Ungeudvalget, titled by its id, unless `partial` says otherwise. */
export function proposal(partial: Partial<Proposal> & Pick<Proposal, 'id' | 'amounts'>): Proposal {
  return blankProposal(partial.id, partial.amounts.length, {
    title: partial.id,
    committee: 'Børne- og Ungeudvalget',
    vej: 'stille',
    kategori: 'effektivisering',
    ...partial,
  });
}

export function proposalsFromExpected(name: string): Proposal[] {
  const expected = readExpected<{ proposals: ExpectedProposal[] }>(name);
  return expected.proposals.map((p) =>
    proposal({
      id: p.nr,
      title: p.titel,
      committee: p.udvalg,
      area: p.politikomraade,
      vej: VEJ_OF_FIXTURE[p.vej] ?? null,
      kategori: KATEGORI_OF[p.kategori] ?? null,
      amounts: YEARS.map((y) => thousandsToKr((p.amounts ?? p.i_alt)?.[String(y)] ?? 0)),
      fte: YEARS.map((y) => p.aarsvaerk[String(y)] ?? 0),
    }),
  );
}

/** The Danish display name used in the fixture JSON for each vej value. */
export const FIXTURE_VEJ_NAME: Record<Vej, string> = {
  stille: 'stille',
  brede: 'brede',
  smalle: 'smalle',
  tvaergaaende: 'tværgående',
  direkte: 'direkte',
};
export const FIXTURE_KATEGORI_NAME: Record<Kategori, string> = {
  effektivisering: 'Effektivisering',
  servicereduktion: 'Servicereduktion',
  opgavebortfald: 'Opgavebortfald',
};
