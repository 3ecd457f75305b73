import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mappingSignature, previewBudget, type BudgetPreview } from '../../shared/budget/index.ts';
import { openWorkbook } from '../../shared/workbook/index.ts';
import { readFixture } from '../../test/helpers/fixtures.ts';
import { recalledMapping, rememberMapping } from './remembered-mapping.ts';

let store: Map<string, string>;
beforeEach(() => {
  store = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  });
});
afterEach(() => vi.unstubAllGlobals());

async function preview(): Promise<BudgetPreview> {
  const name = 'budget-clean.xlsx';
  return previewBudget(await openWorkbook(readFixture(name), name));
}

describe('den huskede kortlægning', () => {
  it('en bekræftet kortlægning huskes til næste projektmappe med samme opbygning', async () => {
    const p = await preview();
    const confirmed = { ...p.mapping, years: [...p.mapping.years] };
    rememberMapping(p.mapping, confirmed);
    expect(recalledMapping(p)?.years).toEqual(confirmed.years);
  });

  it.each([
    ['ikke JSON', '{ikke json'],
    ['en anden version', '{"version":2,"years":[2026],"sheets":[]}'],
    ['år som tekst', '{"version":1,"years":"2026","sheets":[]}'],
    ['et ark uden navn', '{"version":1,"years":[2026],"sheets":[{"role":"budget"}]}'],
  ])('%s i localStorage bruges ikke og giver intet nedbrud', async (_what, text) => {
    const p = await preview();
    store.set(`raaderum.mapping:${mappingSignature(p.mapping)}`, text);
    expect(recalledMapping(p)).toBeNull();
  });
});
