import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STYRING_RULES, STYRINGSOMRAADER } from './rules.ts';
import { NO_FUNCTION_RULE, styringOf } from './styring.ts';

const digit = (from: number, to: number) => fc.integer({ min: from, max: to }).map(String);
const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const code = fc.tuple(digit(0, 9), two, two).map(([a, b, c]) => `${a}.${b}.${c}`);
const dranst = fc.option(digit(1, 7), { nil: undefined });

/** The funktioner the rules take out of service on hovedkonto 0-6 drift. */
const NOT_SERVICE = new Set(['0.25.19', '3.22.07', '4.62.81', '5.22.07', '5.46.61', '5.68.91']);
const notServiceRange = (fn: string) =>
  NOT_SERVICE.has(fn) || ['5.48.', '5.57.', '5.58.'].some((p) => fn.startsWith(p));

describe('reglerne for styringsområderne', () => {
  it('hver regel har et entydigt id, en kilde og siger, hvor langt den er efterprøvet', () => {
    const ids = STYRING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of STYRING_RULES) {
      expect(rule.source, rule.id).not.toBe('');
      expect(rule.source.endsWith('.'), rule.id).toBe(false);
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(rule.verified, rule.id).not.toBe('');
      // A rule called checked stands on a published text with an address.
      if (rule.check === 'kilde') expect(rule.sources.some((s) => s.url?.startsWith('https://'))).toBe(true);
      for (const s of rule.sources) expect(s.says, rule.id).not.toBe('');
    }
  });

  it('dransternes og hovedkonto 7-9s regler står på offentliggjort tekst; undtagelserne fra service siger, at de ikke er efterprøvet', () => {
    const check = Object.fromEntries(STYRING_RULES.map((r) => [r.id, r.check]));
    expect(check['dranst-3-anlaeg']).toBe('kilde');
    expect(check['dranst-4-7-finansiering']).toBe('kilde');
    expect(check['hovedkonto-7-9-finansiering']).toBe('kilde');
    expect(check['aktivitetsbestemt-medfinansiering']).toBe('ikke efterprøvet');
    for (const r of STYRING_RULES.filter((r) => r.check !== 'kilde'))
      expect(r.verified, r.id).toMatch(/ikke (er )?efterprøvet/i);
  });

  it('hver funktion og dranst får netop ét styringsområde efter disse regler (egenskab)', () => {
    fc.assert(
      fc.property(code, dranst, (fn, d) => {
        const account = d === undefined ? { function: fn } : { function: fn, dranst: d };
        const { styring, rule } = styringOf(account);
        expect(STYRINGSOMRAADER).toContain(styring);
        const main = fn.slice(0, 1);
        const effective = d ?? '1';
        if (effective === '3') expect(styring).toBe('anlaeg');
        else if (['4', '5', '6', '7'].includes(effective) || ['7', '8', '9'].includes(main))
          expect(styring).toBe('finansiering');
        else if (main === '1') expect(styring).toBe('forsyning');
        else if (effective === '2') expect(styring).toBe('udenfor');
        else expect(styring === 'service').toBe(!notServiceRange(fn));
        expect(rule === NO_FUNCTION_RULE).toBe(false);
        expect(STYRING_RULES.some((r) => r.id === rule)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
