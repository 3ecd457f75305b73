import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDranst, readFunction, readMainAccount } from './account.ts';
import { kontoplanName } from './names.ts';
import { styringOf } from './styring.ts';

describe('funktion læses i alle de skrivemåder, kommunerne bruger', () => {
  it.each([
    ['3.22.01', undefined],
    ['32201', undefined],
    ['03.22.01', undefined],
    ['3.22.01 Folkeskoler', 'Folkeskoler'],
    ['322 01', undefined],
    ['3 22 01', undefined],
    ['032201', undefined],
    ['3.22.01 - Folkeskoler', 'Folkeskoler'],
    ['  3.22.01\u00a0Folkeskoler ', 'Folkeskoler'],
  ])('%s → 3.22.01', (text, name) => {
    const read = readFunction(text);
    expect(read).toMatchObject({ function: '3.22.01', mainAccount: '3', mainFunction: '3.22' });
    expect(read?.name).toBe(name);
  });

  it('en kontostreng deles, når dens dele står adskilt: funktion og dranst', () => {
    expect(readFunction('3.22.01.1.001')).toMatchObject({ function: '3.22.01', dranst: '1' });
    expect(readFunction('5.57.71-2 005')).toMatchObject({ function: '5.57.71', dranst: '2' });
  });

  it.each(['3.22', '3220', '3220100', 'Folkeskoler', '3.22.01 2026', '3.22.01 9', '', '322.01', 'I alt'])(
    "'%s' læses ikke (intet gæt)",
    (text) => {
      expect(readFunction(text)).toBeNull();
    },
  );

  it('hver funktion skrevet med punktummer læses tilbage til sig selv (egenskab)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 10, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('.', ' ', ''),
        (main, mainFn, fn, sep) => {
          const code = `${main}.${mainFn}.${String(fn).padStart(2, '0')}`;
          const written = `${main}${sep}${mainFn}${sep}${String(fn).padStart(2, '0')}`;
          expect(readFunction(written)?.function).toBe(code);
        },
      ),
    );
  });
});

describe('dranst læses som tal, tal og navn, eller navn', () => {
  it.each([
    ['1', '1'],
    ['1 Drift', '1'],
    ['Drift', '1'],
    ['01', '1'],
    ['1.0', '1'],
    ['1 - Drift', '1'],
    ['2 Statsrefusion', '2'],
    ['statsrefusion', '2'],
    ['3 Anlæg', '3'],
    ['Anlæg', '3'],
    ['Afdrag på lån', '6'],
  ])('%s → %s', (text, dranst) => {
    expect(readDranst(text)).toBe(dranst);
  });

  it.each(['8', '1 Anlæg', 'Service', '', '12'])("'%s' læses ikke", (text) => {
    expect(readDranst(text)).toBeNull();
  });
});

describe('hovedkonto', () => {
  it('læses som ciffer, med foranstillet nul eller med navn', () => {
    expect(readMainAccount('3')).toBe('3');
    expect(readMainAccount('03')).toBe('3');
    expect(readMainAccount('3 Undervisning og kultur')).toBe('3');
    expect(readMainAccount('32')).toBeNull();
  });

  it('kontoplanens navne: hovedkonto, hovedfunktion og funktion; ukendte koder har intet navn', () => {
    expect(kontoplanName('3')).toBe('Undervisning og kultur');
    expect(kontoplanName('3.22')).toBe('Folkeskolen m.m.');
    expect(kontoplanName('3.22.01')).toBe('Folkeskoler');
    expect(kontoplanName('3.22.99')).toBeNull();
  });
});

describe('styringsområde efter reglerne', () => {
  it.each([
    [{ function: '3.22.01', dranst: '1' }, 'service'],
    [{ function: '3.22.01', dranst: '3' }, 'anlaeg'],
    [{ function: '3.22.07', dranst: '1' }, 'udenfor'],
    [{ function: '5.57.71', dranst: '1' }, 'overfoersler'],
    [{ function: '5.57.71', dranst: '2' }, 'udenfor'],
    [{ function: '5.48.67', dranst: '1' }, 'overfoersler'],
    [{ function: '5.46.60', dranst: '1' }, 'service'],
    [{ function: '1.38.61', dranst: '1' }, 'forsyning'],
    [{ function: '0.25.19', dranst: '1' }, 'udenfor'],
    [{ function: '4.62.81', dranst: '1' }, 'medfinansiering'],
    [{ function: '7.32.20', dranst: '1' }, 'finansiering'],
    [{ function: '3.22.01', dranst: '4' }, 'finansiering'],
    [{ function: '3.22.01' }, 'service'],
    [{ function: '3.22' }, 'ukendt'],
    [{}, 'ukendt'],
  ] as const)('%o → %s', (account, styring) => {
    expect(styringOf(account).styring).toBe(styring);
  });

  it('en rettelse gælder funktionens driftslinjer, ikke dens anlæg eller statsrefusion', () => {
    const corrections = { '5.57.72': 'service' } as const;
    expect(styringOf({ function: '5.57.72', dranst: '1' }, corrections)).toEqual({
      styring: 'service',
      rule: 'rettelse',
    });
    expect(styringOf({ function: '5.57.72', dranst: '2' }, corrections).styring).toBe('udenfor');
    expect(styringOf({ function: '5.57.72', dranst: '3' }, corrections).styring).toBe('anlaeg');
  });
});
