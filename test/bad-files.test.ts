/**
 * Every bad public fixture gets the error (or the warnings) its `.expected.json` asks for, in Danish, with a stable
 * code; plus synthetic hostile zips (decompression bombs, lying sizes) that the fixtures do not cover.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBudget, summarizeBudget } from '../shared/budget/index.ts';
import { toYearRecord } from '../shared/model/money.ts';
import { isReadError, type Problem } from '../shared/model/problem.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { readExpected, readFixture } from './helpers/fixtures.ts';

interface BadExpected {
  expect: string;
  reason: string;
  message_da: string;
  error_cells?: { sheet: string; cell: string; error: string }[];
  if_accepted?: { row_count: number; grand_total: Record<string, number> };
  tolerance?: number;
}

const expected = (name: string): BadExpected => readExpected<BadExpected>(name);

/** Opens and imports; returns the ReadError's problem, or the budget. */
async function attempt(bytes: Uint8Array, name: string) {
  try {
    const budget = await importBudget(await openWorkbook(bytes, name));
    return { budget, problem: null };
  } catch (error) {
    if (!isReadError(error)) throw error;
    return { budget: null, problem: error.problem };
  }
}

function expectOneDanishSentence(problem: Problem | null): void {
  expect(problem).not.toBeNull();
  expect(problem?.message).not.toMatch(/\n|\bat \S+ \(|Error:/);
  expect(problem?.message.length ?? 0).toBeGreaterThan(20);
}

const REJECTED = [
  'bad-empty.xlsx',
  'bad-truncated.xlsx',
  'bad-random-bytes.xlsx',
  'bad-legacy-format.xls',
  'bad-only-text.xlsx',
  'bad-encrypted.xlsx',
];

describe.each(REJECTED)('%s afvises med den rigtige kode', (name) => {
  it('og én forståelig dansk sætning', async () => {
    const exp = expected(name);
    const { budget, problem } = await attempt(readFixture(name), name);
    expect(budget).toBeNull();
    expect(problem?.code).toBe(exp.reason);
    expect(problem?.file).toBe(name);
    expectOneDanishSentence(problem);
  });
});

describe('filer der læses med advarsler', () => {
  it('krypteret fil nævner adgangskoden', async () => {
    const { problem } = await attempt(readFixture('bad-encrypted.xlsx'), 'bad-encrypted.xlsx');
    expect(problem?.message).toMatch(/adgangskode/);
  });

  it('gammelt .xls-format: beder om at gemme som .xlsx', async () => {
    const { problem } = await attempt(readFixture('bad-legacy-format.xls'), 'bad-legacy-format.xls');
    expect(problem?.message).toMatch(/\.xlsx/);
  });

  it('fejlværdier: én advarsel pr. fejlcelle med ark og adresse, intet stille 0', async () => {
    const name = 'bad-error-cells.xlsx';
    const exp = expected(name);
    const { budget } = await attempt(readFixture(name), name);
    const warnings = budget?.report.problems.filter((p) => p.code === exp.reason) ?? [];
    expect(warnings.map((w) => `${w.sheet}!${w.cell}`).sort()).toEqual(
      (exp.error_cells ?? []).map((c) => `${c.sheet}!${c.cell}`).sort(),
    );
    for (const cell of exp.error_cells ?? []) {
      const w = warnings.find((x) => x.cell === cell.cell);
      expect(w?.message).toContain(cell.error);
      expect(w?.severity).toBe('warning');
    }
  });

  it('formler uden gemte værdier: en advarsel for hver beløbscelle, aldrig stille 0', async () => {
    const name = 'bad-formulas-no-cache.xlsx';
    const exp = expected(name);
    const { budget } = await attempt(readFixture(name), name);
    expect(budget).not.toBeNull();
    const warnings = budget?.report.problems.filter((p) => p.code === exp.reason) ?? [];
    // Each imported line has four formula cells without a value (I:L); every one is reported.
    expect(warnings.length).toBe((budget?.lines.length ?? 0) * 4);
    expect(warnings.length).toBeGreaterThan(800);
    expect(warnings.every((w) => /^[IJKL]\d+$/.test(w.cell ?? ''))).toBe(true);
    expect(warnings[0]?.message).toMatch(/formel uden beregnet værdi/);
  });

  it('makroaktiveret projektmappe: makroer ignoreres, data læses og der advares', async () => {
    const name = 'bad-macro-enabled.xlsm';
    const exp = expected(name);
    const { budget } = await attempt(readFixture(name), name);
    expect(budget?.report.problems.some((p) => p.code === exp.reason)).toBe(true);
    expect(budget?.lines.length).toBe(exp.if_accepted?.row_count);
    const totals = toYearRecord(
      budget?.years ?? [],
      summarizeBudget(
        budget ?? {
          years: [],
          lines: [],
          report: { file: '', problems: [], skippedRows: [], serviceKnown: false },
        },
      ).totals,
    );
    for (const [year, value] of Object.entries(exp.if_accepted?.grand_total ?? {})) {
      expect(Math.abs((totals[year] ?? NaN) - value)).toBeLessThanOrEqual(exp.tolerance ?? 0.01);
    }
  });
});

describe('fjendtlige zip-filer', () => {
  it('en zip-bombe afvises ud fra størrelserne i zip-kataloget, før noget pakkes ud', async () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = zipSync(
      { '[Content_Types].xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': zeros },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(200_000);
    const { problem } = await attempt(bomb, 'bombe.xlsx');
    expect(problem?.code).toBe('decompression_bomb');
    expectOneDanishSentence(problem);
  });

  it('et zip-katalog der lyver om størrelsen stoppes, når udpakningen overskrider den', async () => {
    const bytes = readFixture('budget-clean.xlsx').slice();
    // Rewrite the declared uncompressed size of the sheet part in the central directory to 1 KB.
    const view = new DataView(bytes.buffer);
    let patched = 0;
    for (let p = 0; p + 46 < bytes.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const nameLen = view.getUint16(p + 28, true);
      const entryName = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
      if (entryName.startsWith('xl/worksheets/')) {
        view.setUint32(p + 24, 1024, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    const { problem } = await attempt(bytes, 'lyver.xlsx');
    expect(problem?.code).toBe('decompression_bomb');
  });

  it('en zip uden projektmappe (fx et Word-dokument) er ikke en Excel-fil', async () => {
    const docx = zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'word/document.xml': new Uint8Array(5),
    });
    const { problem } = await attempt(docx, 'brev.xlsx');
    expect(problem?.code).toBe('not_an_xlsx');
  });

  it('en tom fil (0 byte) afvises', async () => {
    const { problem } = await attempt(new Uint8Array(0), 'tom.xlsx');
    expect(problem?.code).toBe('not_an_xlsx');
  });

  it('en beskadiget sheet-del (ødelagt deflate) giver corrupt_or_truncated', async () => {
    const bytes = readFixture('budget-clean.xlsx').slice();
    const view = new DataView(bytes.buffer);
    for (let p = 0; p + 30 < bytes.length; p++) {
      if (view.getUint32(p, true) !== 0x04034b50) continue;
      const nameLen = view.getUint16(p + 26, true);
      const extraLen = view.getUint16(p + 28, true);
      const entryName = new TextDecoder().decode(bytes.subarray(p + 30, p + 30 + nameLen));
      if (entryName.startsWith('xl/worksheets/')) {
        const start = p + 30 + nameLen + extraLen;
        for (let i = start + 1000; i < start + 3000; i++) bytes[i] = 0xff;
      }
    }
    const { problem } = await attempt(bytes, 'ødelagt.xlsx');
    expect(problem?.code).toBe('corrupt_or_truncated');
  });
});
