/**
 * The import wizard's jobs as the Web Worker runs them (called directly here): the service value count comes from
 * the one pass over the sheet, and the import takes that pass instead of reading the file again (also while the pass
 * is still running, and with another unit or service value reading). Totals against budget-clean.xlsx.expected.json.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as budgetModule from '../shared/budget/index.ts';
import { summarizeBudget, withFieldColumn } from '../shared/budget/index.ts';
import type { Budget, ColumnMapping, ServiceValueCount } from '../shared/model/budget.ts';
import type { BudgetPreview } from '../shared/budget/index.ts';
import { handlers } from '../renderer/src/worker/handlers.ts';
import { openWorkbook } from '../shared/workbook/index.ts';
import { readExpected, readFixture } from './helpers/fixtures.ts';

vi.mock('../shared/budget/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof budgetModule>();
  return { ...original, readBudget: vi.fn(original.readBudget) };
});

const FILE = 'budget-clean.xlsx';
const job = { signal: new AbortController().signal, progress: () => undefined };
const expected = readExpected<{ grand_total: Record<string, number>; service_total: Record<string, number> }>(
  FILE,
);

async function openAndCount(
  fileId: string,
): Promise<{ mapping: ColumnMapping; values: ServiceValueCount[] }> {
  const preview = (await handlers(
    { kind: 'previewBudget', fileId, name: FILE, bytes: readFixture(FILE) },
    job,
  )) as BudgetPreview;
  const { serviceValues: _none, ...layout } = preview.mapping;
  const values = (await handlers(
    { kind: 'readBudget', fileId, mapping: layout },
    job,
  )) as ServiceValueCount[];
  return { mapping: preview.mapping, values };
}

function thousands(kr: readonly number[]): number[] {
  return kr.map((k) => k / 1000);
}

beforeEach(() => {
  vi.mocked(budgetModule.readBudget).mockClear();
});

describe('importguidens job i arbejderen', () => {
  it('importen efter optællingen af serviceværdier genbruger den og læser ikke filen igen', async () => {
    const { mapping, values } = await openAndCount('a');
    expect(values.map((v) => v.text).sort()).toEqual(['Ja', 'Nej']);
    const budget = (await handlers({ kind: 'importBudget', fileId: 'a', mapping }, job)) as Budget;
    // One pass over the sheet: the count's.
    expect(budgetModule.readBudget).toHaveBeenCalledTimes(1);
    const summary = summarizeBudget(budget);
    thousands(summary.totals).forEach((v, i) =>
      expect(v).toBeCloseTo(Object.values(expected.grand_total)[i] ?? NaN, 1),
    );
    thousands(summary.serviceTotals ?? []).forEach((v, i) =>
      expect(v).toBeCloseTo(Object.values(expected.service_total)[i] ?? NaN, 1),
    );
  });

  it('valgte serviceværdier og en anden enhed bruges af importen uden at filen læses igen', async () => {
    const { mapping } = await openAndCount('b');
    const chosen: ColumnMapping = {
      ...mapping,
      serviceValues: { ja: false, nej: false },
      sheets: mapping.sheets.map((s) => ({ ...s, unit: 'kr' })),
    };
    const budget = (await handlers({ kind: 'importBudget', fileId: 'b', mapping: chosen }, job)) as Budget;
    expect(budgetModule.readBudget).toHaveBeenCalledTimes(1);
    const summary = summarizeBudget(budget);
    expect(summary.serviceTotals?.every((kr) => kr === 0)).toBe(true);
    // What a fresh import with those choices gives (it rounds each cell read as whole kroner).
    const fresh = await budgetModule.importBudget(await openWorkbook(readFixture(FILE), FILE), {
      mapping: chosen,
    });
    expect(budget).toStrictEqual(fresh);
  });

  it('en ny kolonne for servicekoden læser filen igen', async () => {
    const { mapping } = await openAndCount('f');
    const sheet = mapping.sheets.find((s) => s.role === 'budget');
    if (!sheet) throw new Error('no budget sheet');
    const moved = withFieldColumn(mapping, sheet.sheet, 'service', '');
    await handlers({ kind: 'importBudget', fileId: 'f', mapping: moved }, job);
    expect(budgetModule.readBudget).toHaveBeenCalledTimes(2);
  });

  it('"Importér budget" mens optællingen kører venter på den samme gennemlæsning, også når optællingen lukkes', async () => {
    const preview = (await handlers(
      { kind: 'previewBudget', fileId: 'c', name: FILE, bytes: readFixture(FILE) },
      job,
    )) as BudgetPreview;
    const counting = new AbortController();
    const count = handlers(
      { kind: 'readBudget', fileId: 'c', mapping: preview.mapping },
      { ...job, signal: counting.signal },
    );
    const imported = handlers({ kind: 'importBudget', fileId: 'c', mapping: preview.mapping }, job);
    // The wizard leaves the mapping step: the count's job is cancelled, the import goes on with the same pass.
    counting.abort();
    await expect(count).rejects.toBeDefined();
    const budget = (await imported) as Budget;
    expect(budgetModule.readBudget).toHaveBeenCalledTimes(1);
    thousands(summarizeBudget(budget).totals).forEach((v, i) =>
      expect(v).toBeCloseTo(Object.values(expected.grand_total)[i] ?? NaN, 1),
    );
  });

  it('lukkes guiden under optællingen, stoppes gennemlæsningen, og en ny optælling læser forfra', async () => {
    const preview = (await handlers(
      { kind: 'previewBudget', fileId: 'd', name: FILE, bytes: readFixture(FILE) },
      job,
    )) as BudgetPreview;
    const counting = new AbortController();
    const count = handlers(
      { kind: 'readBudget', fileId: 'd', mapping: preview.mapping },
      { ...job, signal: counting.signal },
    );
    counting.abort();
    await expect(count).rejects.toBeDefined();
    const stopped = vi.mocked(budgetModule.readBudget).mock.calls[0]?.[1]?.signal;
    expect(stopped?.aborted).toBe(true);
    const values = (await handlers(
      { kind: 'readBudget', fileId: 'd', mapping: preview.mapping },
      job,
    )) as ServiceValueCount[];
    expect(values.map((v) => v.text).sort()).toEqual(['Ja', 'Nej']);
    expect(budgetModule.readBudget).toHaveBeenCalledTimes(2);
  });

  it('en optælling der afløser en annulleret med samme kortlægning får tallene (React kører effekter to gange)', async () => {
    const preview = (await handlers(
      { kind: 'previewBudget', fileId: 'e', name: FILE, bytes: readFixture(FILE) },
      job,
    )) as BudgetPreview;
    const first = new AbortController();
    const given = handlers(
      { kind: 'readBudget', fileId: 'e', mapping: preview.mapping },
      { ...job, signal: first.signal },
    ).then(
      () => 'talt',
      () => 'annulleret',
    );
    first.abort();
    const values = (await handlers(
      { kind: 'readBudget', fileId: 'e', mapping: preview.mapping },
      job,
    )) as ServiceValueCount[];
    await expect(given).resolves.toBe('annulleret');
    expect(values.map((v) => v.text).sort()).toEqual(['Ja', 'Nej']);
    const budget = (await handlers(
      { kind: 'importBudget', fileId: 'e', mapping: preview.mapping },
      job,
    )) as Budget;
    expect(budget.lines.length).toBeGreaterThan(0);
    expect(budgetModule.readBudget).toHaveBeenCalledTimes(2);
  });

  it('budgettet gjort klar under optællingen bruges kun, når kortlægningen er den samme ved importen', async () => {
    const preview = (await handlers(
      { kind: 'previewBudget', fileId: 'g', name: FILE, bytes: readFixture(FILE) },
      job,
    )) as BudgetPreview;
    await handlers({ kind: 'readBudget', fileId: 'g', mapping: preview.mapping, prepare: true }, job);
    const notes: Record<string, number> = {};
    const noted = { ...job, note: (name: string, n: number) => (notes[name] = n) };
    const kr: ColumnMapping = {
      ...preview.mapping,
      sheets: preview.mapping.sheets.map((s) => ({ ...s, unit: 'kr' })),
    };
    const inKr = (await handlers({ kind: 'importBudget', fileId: 'g', mapping: kr }, noted)) as Budget;
    expect(notes.madeAhead).toBe(0);
    const fresh = await budgetModule.importBudget(await openWorkbook(readFixture(FILE), FILE), {
      mapping: kr,
    });
    expect(inKr).toStrictEqual(fresh);

    await handlers({ kind: 'previewBudget', fileId: 'h', name: FILE, bytes: readFixture(FILE) }, job);
    await handlers({ kind: 'readBudget', fileId: 'h', mapping: preview.mapping, prepare: true }, job);
    const same = (await handlers(
      { kind: 'importBudget', fileId: 'h', mapping: preview.mapping },
      noted,
    )) as Budget;
    expect(notes.madeAhead).toBe(1);
    const again = await budgetModule.importBudget(await openWorkbook(readFixture(FILE), FILE), {
      mapping: preview.mapping,
    });
    expect(same).toStrictEqual(again);
  });

  it('gennemlæsningen starter efter forhåndsvisningen med dens kortlægning, og importen bruger den', async () => {
    const preview = (await handlers(
      { kind: 'previewBudget', fileId: 'k', name: FILE, bytes: readFixture(FILE) },
      job,
    )) as BudgetPreview;
    // No job has asked yet: the worker has started the pass by itself.
    await vi.waitFor(() => expect(budgetModule.readBudget).toHaveBeenCalledTimes(1));
    const budget = (await handlers(
      { kind: 'importBudget', fileId: 'k', mapping: preview.mapping },
      job,
    )) as Budget;
    expect(budgetModule.readBudget).toHaveBeenCalledTimes(1);
    const fresh = await budgetModule.importBudget(await openWorkbook(readFixture(FILE), FILE), {
      mapping: preview.mapping,
    });
    expect(budget).toStrictEqual(fresh);
  });

  it('beder guiden straks om en anden læsning (en husket kortlægning), læses kun den', async () => {
    const preview = (await handlers(
      { kind: 'previewBudget', fileId: 'l', name: FILE, bytes: readFixture(FILE) },
      job,
    )) as BudgetPreview;
    const sheet = preview.mapping.sheets.find((s) => s.role === 'budget');
    if (!sheet) throw new Error('no budget sheet');
    const recalled = withFieldColumn(preview.mapping, sheet.sheet, 'service', '');
    const budget = (await handlers({ kind: 'importBudget', fileId: 'l', mapping: recalled }, job)) as Budget;
    expect(budgetModule.readBudget).toHaveBeenCalledTimes(1);
    expect(vi.mocked(budgetModule.readBudget).mock.calls[0]?.[1]?.mapping).toBe(recalled);
    const fresh = await budgetModule.importBudget(await openWorkbook(readFixture(FILE), FILE), {
      mapping: recalled,
    });
    expect(budget).toStrictEqual(fresh);
  });

  it('når guiden lukkes, slipper arbejderen arbejdsbogen; en anden guides arbejdsbog røres ikke', async () => {
    const { mapping } = await openAndCount('i');
    await handlers({ kind: 'closeBudget', fileId: 'en anden' }, job);
    const budget = (await handlers({ kind: 'importBudget', fileId: 'i', mapping }, job)) as Budget;
    expect(budget.lines.length).toBeGreaterThan(0);
    await openAndCount('j');
    await handlers({ kind: 'closeBudget', fileId: 'j' }, job);
    await expect(handlers({ kind: 'importBudget', fileId: 'j', mapping }, job)).rejects.toThrow(
      'Arbejdsbogen er ikke åben længere. Vælg filen igen.',
    );
  });
});
