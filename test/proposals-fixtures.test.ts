import { describe, expect, it } from 'vitest';
import { fromYearRecord, thousandsToKr } from '../shared/model/money.ts';
import { expenditureOf, type Kategori, type Proposal, type Vej } from '../shared/model/proposal.ts';
import { importProposals, normaliseKategori, normaliseVej } from '../shared/proposals/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { readExpected, readFixture, VEJ_OF_FIXTURE, type FixtureProposal } from './helpers/fixtures.ts';

/**
 * Expected numbers come from the fixture generator's own data (`*.expected.json`, computed in Python and checked
 * against LibreOffice), never from reading the workbooks back with our code.
 */
const YEARS = [2026, 2027, 2028, 2029];

type YearRecord = Record<string, number>;

interface ExpectedProposal extends FixtureProposal {
  sheet?: string;
  row?: number;
  vej_raw: string;
  kategori_raw: string;
  amounts?: YearRecord;
  i_alt?: YearRecord;
  /** Form layout only: the economy table's Udgifter and Indtægter rows (I alt = their sum). */
  udgifter?: YearRecord;
  indtaegter?: YearRecord;
  konsekvenser_borgere?: string;
  konsekvenser_medarbejdere?: string;
}

interface Expected {
  proposal_count: number;
  proposals: ExpectedProposal[];
  totals: { amounts: YearRecord; aarsvaerk: YearRecord };
  per_kategori: Record<string, YearRecord>;
  per_vej: Record<string, YearRecord>;
  per_udvalg: Record<string, YearRecord>;
  count_per_kategori: Record<string, number>;
  count_per_vej: Record<string, number>;
  spelling_seen: { vej: Record<string, string>; kategori: Record<string, string> };
}

/** The fixtures write "tværgående" and capitalised kategori; the model stores the code values. */
const kategoriCode = (k: string): Kategori => k.toLowerCase() as Kategori;

async function load(
  name: string,
): Promise<{ expected: Expected; proposals: Proposal[]; problems: string[] }> {
  const expected = readExpected<Expected>(name);
  const file = await openWorkbook(readFixture(name), name);
  const result = await importProposals([{ file, name }], { years: YEARS });
  const problems = result.problems.filter((p) => p.severity !== 'info').map((p) => `${p.code}: ${p.message}`);
  return { expected, proposals: result.proposals, problems };
}

/** Kroner sums per group, compared in kroner (exact: every fixture amount is a whole 100 kr.). */
function sumBy(proposals: readonly Proposal[], key: (p: Proposal) => string): Map<string, number[]> {
  const sums = new Map<string, number[]>();
  for (const p of proposals) {
    const k = key(p);
    const s = sums.get(k) ?? YEARS.map(() => 0);
    p.amounts.forEach((a, i) => (s[i] = (s[i] ?? 0) + a));
    sums.set(k, s);
  }
  return sums;
}

function countBy(proposals: readonly Proposal[], key: (p: Proposal) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of proposals) counts[key(p)] = (counts[key(p)] ?? 0) + 1;
  return counts;
}

const VEJ_NAME: Record<Vej, string> = {
  stille: 'stille',
  brede: 'brede',
  smalle: 'smalle',
  tvaergaaende: 'tværgående',
  direkte: 'direkte',
};
const KATEGORI_NAME = (k: Kategori | null): string => (k ? k.charAt(0).toUpperCase() + k.slice(1) : 'ingen');

for (const name of ['proposals-list.xlsx', 'proposal-forms.xlsx']) {
  describe(`forslag fra ${name}`, () => {
    const loaded = load(name);

    it('indlæser hvert forslag med nummer, udvalg, område, titel, vej, kategori, beløb og årsværk', async () => {
      const { expected, proposals } = await loaded;
      expect(proposals).toHaveLength(expected.proposal_count);
      expect(proposals.map((p) => p.id)).toEqual(expected.proposals.map((e) => e.nr));
      for (const e of expected.proposals) {
        const p = proposals.find((x) => x.id === e.nr);
        expect(p, e.nr).toBeDefined();
        if (!p) continue;
        expect(p.committee).toBe(e.udvalg);
        expect(p.area).toBe(e.politikomraade);
        expect(p.title).toBe(e.titel);
        expect(p.vej, `${e.nr} vej '${e.vej_raw}'`).toBe(VEJ_OF_FIXTURE[e.vej]);
        expect(p.kategori, `${e.nr} kategori '${e.kategori_raw}'`).toBe(kategoriCode(e.kategori));
        expect(p.status).toBe('forslag');
        expect(p.amounts, e.nr).toEqual(fromYearRecord(YEARS, e.amounts ?? e.i_alt ?? {}));
        // The list file has no income columns, so its proposals carry no income part.
        expect(p.income, `${e.nr} indtægter`).toEqual(fromYearRecord(YEARS, e.indtaegter ?? {}));
        if (e.udgifter)
          expect(expenditureOf(p), `${e.nr} udgifter`).toEqual(fromYearRecord(YEARS, e.udgifter));
        expect(
          p.fte.map((f) => Math.round(f * 10)),
          e.nr,
        ).toEqual(YEARS.map((y) => Math.round((e.aarsvaerk[String(y)] ?? 0) * 10)));
        expect(p.investment > 0, `${e.nr} investering`).toBe(e.investering);
        if (e.konsekvenser_borgere !== undefined) expect(p.citizenImpact).toBe(e.konsekvenser_borgere);
        if (e.konsekvenser_medarbejdere !== undefined)
          expect(p.staffImpact).toBe(e.konsekvenser_medarbejdere);
        expect(p.source?.file).toBe(name);
        if (e.sheet) expect(p.source?.sheet).toBe(e.sheet);
        if (e.row) expect(p.source?.row).toBe(e.row);
      }
    });

    it('skemaerne har udgifter og indtægter for hvert forslag, og nogle forslag har indtægter', async () => {
      const { expected, proposals } = await loaded;
      const withSplit = expected.proposals.filter((e) => e.udgifter && e.indtaegter);
      if (name === 'proposals-list.xlsx') {
        expect(withSplit).toHaveLength(0);
        return;
      }
      expect(withSplit).toHaveLength(expected.proposal_count);
      // Guards the fixture itself: a file where every Indtægter row is empty would not test the split.
      expect(proposals.some((p) => p.income.some((a) => a !== 0))).toBe(true);
      for (const e of withSplit) {
        const p = proposals.find((x) => x.id === e.nr);
        const total = fromYearRecord(YEARS, e.i_alt ?? {});
        expect(p?.amounts, e.nr).toEqual(total);
      }
    });

    it('giver totaler pr. år, vej, kategori og udvalg som den uafhængige beregning', async () => {
      const { expected, proposals } = await loaded;
      const kr = (r: YearRecord): number[] => YEARS.map((y) => thousandsToKr(r[String(y)] ?? 0));
      expect(sumBy(proposals, () => 'alle').get('alle')).toEqual(kr(expected.totals.amounts));
      const fteTotal = YEARS.map((_, i) =>
        Math.round(proposals.reduce((s, p) => s + (p.fte[i] ?? 0), 0) * 10),
      );
      expect(fteTotal).toEqual(
        YEARS.map((y) => Math.round((expected.totals.aarsvaerk[String(y)] ?? 0) * 10)),
      );
      const perVej = sumBy(proposals, (p) => (p.vej ? VEJ_NAME[p.vej] : 'ingen'));
      for (const [vej, record] of Object.entries(expected.per_vej))
        expect(perVej.get(vej), vej).toEqual(kr(record));
      const perKategori = sumBy(proposals, (p) => KATEGORI_NAME(p.kategori));
      for (const [k, record] of Object.entries(expected.per_kategori))
        expect(perKategori.get(k), k).toEqual(kr(record));
      const perUdvalg = sumBy(proposals, (p) => p.committee);
      for (const [u, record] of Object.entries(expected.per_udvalg))
        expect(perUdvalg.get(u), u).toEqual(kr(record));
      expect(countBy(proposals, (p) => (p.vej ? VEJ_NAME[p.vej] : 'ingen'))).toEqual(expected.count_per_vej);
      expect(countBy(proposals, (p) => KATEGORI_NAME(p.kategori))).toEqual(expected.count_per_kategori);
    });

    it('normaliserer hver stavemåde i filen og advarer ikke om noget', async () => {
      const { expected, problems } = await loaded;
      for (const [raw, vej] of Object.entries(expected.spelling_seen.vej)) {
        expect(normaliseVej(raw), `'${raw}'`).toBe(VEJ_OF_FIXTURE[vej]);
      }
      for (const [raw, kategori] of Object.entries(expected.spelling_seen.kategori)) {
        expect(normaliseKategori(raw), `'${raw}'`).toBe(kategoriCode(kategori));
      }
      expect(problems).toEqual([]);
    });
  });
}

describe('forslagsskemaer', () => {
  it('springer vejledningen og den skjulte skabelon over og siger det', async () => {
    const name = 'proposal-forms.xlsx';
    const file = await openWorkbook(readFixture(name), name);
    const result = await importProposals([{ file, name }], { years: YEARS });
    const skipped = result.problems.filter((p) => p.severity === 'info').map((p) => [p.code, p.sheet]);
    expect(skipped).toContainEqual(['sheet_not_proposals', 'Vejledning']);
    expect(skipped).toContainEqual(['sheet_hidden_skipped', 'Skabelon']);
    expect(result.sheets.filter((s) => s.layout === 'form')).toHaveLength(12);
  });

  it('to filer på én gang giver begge filers forslag', async () => {
    const files = await Promise.all(
      ['proposals-list.xlsx', 'proposal-forms.xlsx'].map(async (name) => ({
        name,
        file: await openWorkbook(readFixture(name), name),
      })),
    );
    const result = await importProposals(files, { years: YEARS });
    expect(result.added).toBe(72);
    expect(result.renamed + result.skipped + result.identical).toBe(0);
    expect(new Set(result.proposals.map((p) => p.id)).size).toBe(72);
  });
});
