import { describe, expect, it } from 'vitest';
import { readFunction, readMainAccount } from './account.ts';
import { KONTOPLAN_NAMES_DATA, KONTOPLAN_SOURCES, type NamedCode } from './names-data.ts';
import { KONTOPLAN_NAMES, kontoplanName, kontoplanNameSource } from './names.ts';

const { mainAccounts, mainFunctions, functions } = KONTOPLAN_NAMES_DATA;
const all: readonly NamedCode[] = [...mainAccounts, ...mainFunctions, ...functions];

function duplicates(entries: readonly NamedCode[]): string[] {
  const seen = new Set<string>();
  return entries.map((e) => e.code).filter((c) => (seen.has(c) ? true : (seen.add(c), false)));
}

describe('kontoplanens navnetabel', () => {
  it('kendte koder har kontoplanens navn; koder uden kendt navn giver null', () => {
    expect(kontoplanName('0')).toBe('Byudvikling, bolig- og miljøforanstaltninger');
    expect(kontoplanName('6')).toBe('Fællesudgifter og administration m.v.');
    expect(kontoplanName('3.22')).toBe('Folkeskolen m.m.');
    expect(kontoplanName('5.30')).toBe('Tilbud til ældre');
    expect(kontoplanName('3.22.01')).toBe('Folkeskoler');
    expect(kontoplanName('5.57.78')).toBe('Dagpenge til forsikrede ledige');
    expect(kontoplanName('5.25.14')).toBe('Daginstitutioner');
    expect(kontoplanName('5.22.07')).toBe('Indtægter fra den centrale refusionsordning');
    // The hovedfunktion is known from its funktioner, its name is not: the file's own text is used instead.
    expect(kontoplanName('5.57')).toBe('Kontante ydelser');
    expect(kontoplanName('0.22')).toBe('Jordforsyning');
    expect(kontoplanName('5.48')).toBeNull();
    expect(kontoplanName('3.22.99')).toBeNull();
    // STAR's list writes the range 3.22-3.30 "Ungdomsindsatsen" as "3.22.30"; it is not a funktion.
    expect(kontoplanName('3.22.30')).toBeNull();
    expect(kontoplanName('3.30.44')).toBe('Produktionsskoler');
    expect(kontoplanName('10')).toBeNull();
  });

  it('dækker alle 10 hovedkonti og netop de funktioner, der har en kilde', () => {
    expect(mainAccounts.map((e) => e.code)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(functions).toHaveLength(37);
    expect(Object.keys(KONTOPLAN_NAMES.functions)).toHaveLength(37);
    expect(mainFunctions.filter((e) => e.name !== null)).toHaveLength(7);
  });

  it('ingen kode står to gange, og hver kode er skrevet som kontoplanens', () => {
    expect(duplicates(mainAccounts)).toEqual([]);
    expect(duplicates(mainFunctions)).toEqual([]);
    expect(duplicates(functions)).toEqual([]);
    for (const e of mainAccounts) expect(readMainAccount(e.code)).toBe(e.code);
    for (const e of mainFunctions) expect(e.code).toMatch(/^\d\.\d{2}$/);
    for (const e of functions) expect(readFunction(e.code)?.function).toBe(e.code);
  });

  it('hver funktions hovedfunktion og hovedkonto findes i tabellen; en hovedfunktion uden navn står der for en funktions skyld', () => {
    const mf = new Set(mainFunctions.map((e) => e.code));
    const ma = new Set(mainAccounts.map((e) => e.code));
    for (const e of functions) {
      const read = readFunction(e.code);
      expect(mf.has(read?.mainFunction ?? ''), e.code).toBe(true);
      expect(ma.has(read?.mainAccount ?? ''), e.code).toBe(true);
    }
    for (const e of mainFunctions) {
      expect(ma.has(e.code.slice(0, 1))).toBe(true);
      if (e.name === null)
        expect(
          functions.some((f) => f.code.startsWith(`${e.code}.`)),
          e.code,
        ).toBe(true);
    }
  });

  it('hvert navn har en kilde med adresse og udgave, og hver kilde bruges', () => {
    for (const e of all) {
      if (e.name === null) continue;
      expect(e.name.trim()).toBe(e.name);
      expect(e.name).not.toBe('');
      expect(e.source, e.code).toBeDefined();
      const source = kontoplanNameSource(e.code);
      expect(source?.url, e.code).toMatch(/^https?:\/\/[^\s]+$/);
      expect(source?.edition).not.toBe('');
    }
    const used = new Set(all.map((e) => e.source));
    expect(Object.keys(KONTOPLAN_SOURCES).filter((id) => !used.has(id as never))).toEqual([]);
    expect(kontoplanNameSource('3.22.01')?.url).toContain('dst.dk');
    expect(kontoplanNameSource('5.48')).toBeNull();
  });

  it('udgaven og budgetåret står i tabellen og i opslaget', () => {
    expect(KONTOPLAN_NAMES_DATA.validForBudgetYear).toBe(2023);
    expect(KONTOPLAN_NAMES_DATA.source).toContain('Budget- og regnskabssystem for kommuner');
    expect(KONTOPLAN_NAMES_DATA.edition).toContain('budget 2023');
    expect(KONTOPLAN_NAMES.budgetYear).toBe(KONTOPLAN_NAMES_DATA.validForBudgetYear);
    expect(KONTOPLAN_NAMES.source).toContain('budget 2023');
    expect(KONTOPLAN_NAMES.source).toContain('filens egen tekst');
    expect(KONTOPLAN_NAMES.source).not.toMatch(/\.$/);
  });
});
