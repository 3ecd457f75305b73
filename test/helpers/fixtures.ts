/**
 * The public fixtures, shared by every cross-layer test: where they are, their bytes, and their `.expected.json`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Vej } from '../../shared/model/proposal.ts';

/** `../shared/fixtures/public` beside the repository; its README.md says what each file holds. */
export const FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures/public');

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

/**
 * `<name>.expected.json`: numbers the fixture generator computed from its own data, never by reading the file back
 * with our code. `T` is the part of it the test relies on.
 */
export function readExpected<T>(name: string): T {
  return JSON.parse(readFileSync(fixturePath(`${name}.expected.json`), 'utf8')) as T;
}

/**
 * The public budgets read in full and compared with their `.expected.json`, by the importer and in the browser. Not
 * here: budget-large.xlsx (checked on its own, being large) and budget-clean.ods (a format Råderum refuses).
 */
export const READABLE_BUDGETS = [
  'budget-clean.xlsx',
  'budget-clean.csv',
  'budget-erp-export.xlsx',
  'budget-multi-sheet.xlsx',
  'budget-wide-years.xlsx',
  'budget-libreoffice.xlsx',
];

/**
 * One proposal in proposals-list's and proposal-forms' `.expected.json`: the fields both layouts have. A test
 * extends it with the layout's amounts and whatever else it reads.
 */
export interface FixtureProposal {
  nr: string;
  udvalg: string;
  politikomraade: string;
  titel: string;
  /** Normalised, in Danish: "stille" … "tværgående" (see VEJ_OF_FIXTURE). */
  vej: string;
  /** Normalised and capitalised: "Effektivisering", "Servicereduktion", "Opgavebortfald". */
  kategori: string;
  investering: boolean;
  aarsvaerk: Record<string, number>;
}

/** The fixtures write the vej in Danish ("tværgående"); the model stores the code value. */
export const VEJ_OF_FIXTURE: Record<string, Vej> = {
  stille: 'stille',
  brede: 'brede',
  smalle: 'smalle',
  tværgående: 'tvaergaaende',
  direkte: 'direkte',
};
