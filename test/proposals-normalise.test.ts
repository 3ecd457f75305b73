import fc from 'fast-check';
import { KR_PER_UNIT, sheetUnit } from '../shared/budget/unit.ts';
import { describe, expect, it } from 'vitest';
import { KATEGORIER, STATUSES, VEJE } from '../shared/model/proposal.ts';
import { KATEGORI_LABEL, STATUS_LABEL, VEJ_LABEL } from '../shared/model/labels.ts';
import {
  normaliseKategori,
  normaliseStatus,
  normaliseVej,
  statesSavingsNegative,
  statesSavingsPositive,
} from '../shared/proposals/index.ts';

/** Spellings from the task description and the fixtures' README (independent of the code's tables). */
const VEJ_SPELLINGS: [string, string][] = [
  ['Den stille vej', 'stille'],
  ['Stille', 'stille'],
  [' den stille vej', 'stille'],
  ['Stille vej', 'stille'],
  ['STILLE', 'stille'],
  ['Bred', 'brede'],
  ['Den brede vej', 'brede'],
  ['Smal', 'smalle'],
  ['Den smalle vej', 'smalle'],
  ['tvaergaaende', 'tvaergaaende'],
  ['tværgaaende', 'tvaergaaende'],
  ['Tværgående', 'tvaergaaende'],
  ['Den tværgående vej', 'tvaergaaende'],
  ['tvær-gående', 'tvaergaaende'],
  ['Direkte vej', 'direkte'],
  ['DIREKTE', 'direkte'],
  ['Den  direkte   vej ', 'direkte'],
];

const KATEGORI_SPELLINGS: [string, string][] = [
  ['Effektivisering', 'effektivisering'],
  ['Effektiviseringer', 'effektivisering'],
  [' EFFEKTIVISERING', 'effektivisering'],
  ['service-reduktion', 'servicereduktion'],
  ['Service reduktion', 'servicereduktion'],
  ['Servicereduktioner', 'servicereduktion'],
  ['Opgave-bortfald', 'opgavebortfald'],
  ['opgavebortfald', 'opgavebortfald'],
];

describe('normalisering af vej, kategori og status', () => {
  it.each(VEJ_SPELLINGS)("vej '%s' bliver %s", (raw, vej) => {
    expect(normaliseVej(raw)).toBe(vej);
  });

  it.each(KATEGORI_SPELLINGS)("kategori '%s' bliver %s", (raw, kategori) => {
    expect(normaliseKategori(raw)).toBe(kategori);
  });

  it('status som brugerne skriver den', () => {
    expect(normaliseStatus('Til modning')).toBe('tilModning');
    expect(normaliseStatus('PRIORITERET')).toBe('prioriteret');
    expect(normaliseStatus(' fravalgt ')).toBe('fravalgt');
    expect(normaliseStatus('Forslag')).toBe('forslag');
  });

  it('gætter aldrig: ukendt tekst giver null', () => {
    for (const raw of [
      '',
      '  ',
      'Den grønne vej',
      'stille/brede',
      'vej',
      'Den vej',
      'Effektivisering',
      'x',
    ]) {
      expect(normaliseVej(raw), raw).toBeNull();
    }
    for (const raw of ['', 'Besparelse', 'Effektivisering og servicereduktion', 'Stille', 'service']) {
      expect(normaliseKategori(raw), raw).toBeNull();
    }
    expect(normaliseStatus('Måske')).toBeNull();
  });

  it('de danske navne, som programmet selv viser, genkendes', () => {
    for (const v of VEJE) expect(normaliseVej(VEJ_LABEL[v])).toBe(v);
    for (const k of KATEGORIER) expect(normaliseKategori(KATEGORI_LABEL[k])).toBe(k);
    for (const s of STATUSES) expect(normaliseStatus(STATUS_LABEL[s])).toBe(s);
  });

  /** Randomly changes case and adds spaces around and between words, as people type. */
  const messy = (text: string): fc.Arbitrary<string> =>
    fc
      .tuple(
        fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
        fc.nat({ max: 3 }),
        fc.nat({ max: 3 }),
        fc.nat({ max: 2 }),
      )
      .map(([upper, before, after, between]) => {
        const cased = [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
        return ' '.repeat(before) + cased.replace(/ /g, ' '.repeat(1 + between)) + ' '.repeat(after);
      });

  it('er ufølsom for store/små bogstaver og ekstra mellemrum (egenskab)', () => {
    const vejCases = fc.constantFrom(...VEJ_SPELLINGS).chain(([raw, vej]) => messy(raw).map((m) => [m, vej]));
    fc.assert(fc.property(vejCases, ([text, vej]) => normaliseVej(text ?? '') === vej));
    const katCases = fc
      .constantFrom(...KATEGORI_SPELLINGS)
      .chain(([raw, k]) => messy(raw).map((m) => [m, k]));
    fc.assert(fc.property(katCases, ([text, k]) => normaliseKategori(text ?? '') === k));
  });

  it('er idempotent og giver kun gyldige værdier (egenskab)', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.constantFrom(...VEJ_SPELLINGS.map(([r]) => r), ...KATEGORI_SPELLINGS.map(([r]) => r)),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const vej = normaliseVej(text);
        expect(vej === null || (VEJE as readonly string[]).includes(vej)).toBe(true);
        if (vej !== null) expect(normaliseVej(vej)).toBe(vej);
        const kategori = normaliseKategori(text);
        expect(kategori === null || (KATEGORIER as readonly string[]).includes(kategori)).toBe(true);
        if (kategori !== null) expect(normaliseKategori(kategori)).toBe(kategori);
      }),
    );
  });
});

describe('fortegn: hvornår et ark siger, at besparelser er positive', () => {
  it.each([
    'Besparelse (positive tal)',
    'Besparelser angives som positive tal.',
    'Bemærk: positive beløb = besparelse',
    'Mindreudgifter angives med positivt fortegn',
  ])("'%s' betyder positive besparelser", (text) => {
    expect(statesSavingsPositive(text)).toBe(true);
  });

  it.each([
    'Beløb i 1.000 kr., 2026-priser. Negative beløb = mindreudgift (besparelse), positive beløb = merudgift.',
    'Mindreudgifter og merindtægter angives med minus (-). Merudgifter og mindreindtægter med plus.',
    'Negative beløb = mindreudgift/merindtægt.',
    'Oversigt over besparelser (plus = merudgift)',
    'Økonomi (1.000 kr.)',
    'Katalog over forslag til omprioriteringer (effektiviseringer, servicereduktioner og opgavebortfald)',
  ])("'%s' betyder ikke positive besparelser", (text) => {
    expect(statesSavingsPositive(text)).toBe(false);
  });

  it('kender den modsatte erklæring', () => {
    expect(statesSavingsNegative('Negative beløb = mindreudgift/merindtægt.')).toBe(true);
    expect(statesSavingsNegative('Besparelse (positive tal)')).toBe(false);
  });
});

/** The factor to 1.000 kr. the proposal importer applies for these notes (budget and proposals share the rules). */
function statedUnit(texts: readonly string[]): { factor: number } | null {
  const stated = sheetUnit(texts.map((text, i) => ({ address: `A${i + 1}`, text })));
  if (stated === null) return null;
  return { factor: 'conflict' in stated ? 1 : KR_PER_UNIT[stated.unit] / KR_PER_UNIT.thousands };
}

describe('enheden for beløb', () => {
  it('1.000 kr. er normalen; kr. og mio. kr. omregnes kun når arket siger det', () => {
    expect(statedUnit(['Økonomi (1.000 kr.)'])?.factor).toBe(1);
    expect(statedUnit(['Beløb i t.kr.'])?.factor).toBe(1);
    expect(statedUnit(['Beløb i kr.'])?.factor).toBe(0.001);
    expect(statedUnit(['Besparelse (kr.)'])?.factor).toBe(0.001);
    expect(statedUnit(['Beløb i mio. kr.'])?.factor).toBe(1000);
    expect(statedUnit(['Beløb i kr.', 'Økonomi (1.000 kr., 2026-priser)'])?.factor).toBe(1);
    expect(statedUnit(['Forslag nr.', 'Titel', 'Negative beløb = mindreudgift.'])).toBeNull();
  });
});
