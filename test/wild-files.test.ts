/**
 * Real spreadsheets from many programs (../shared/fixtures/wild, SheetJS test files): none is a Danish budget.
 * Each must be read (and then found to hold no budget, or imported) or refused with one clean Danish sentence
 * and a known code, never a crash or a hang.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBudget } from '../shared/budget/index.ts';
import { isReadError } from '../shared/model/problem.ts';
import { openWorkbook } from '../shared/workbook/index.ts';

const DIR = new URL('../../shared/fixtures/wild/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => /\.(xlsx|xlsm|xlsb|xls|ods|fods|numbers|csv)$/i.test(f))
  .sort();

const KNOWN_CODES = new Set([
  'not_an_xlsx',
  'corrupt_or_truncated',
  'legacy_xls_format',
  'encrypted_password_protected',
  'xlsb_format',
  'ods_format',
  'numbers_format',
  'decompression_bomb',
  'empty_workbook',
  'no_amounts_found',
  'limit_exceeded',
]);

/** What the format refusal must be, judged from the extension (the reader itself only looks at bytes). */
function expectedRefusal(name: string): string | null {
  if (/\.xls$/i.test(name)) return 'legacy_xls_format';
  if (/\.xlsb$/i.test(name)) return 'xlsb_format';
  if (/\.f?ods$/i.test(name)) return 'ods_format';
  if (/\.numbers$/i.test(name)) return 'numbers_format';
  return null;
}

describe('filer fra den virkelige verden læses eller afvises pænt', () => {
  it('mappen har mange filer', () => {
    expect(FILES.length).toBeGreaterThan(150);
  });

  it.each(FILES)(
    '%s',
    async (name) => {
      const bytes = new Uint8Array(readFileSync(new URL(name, DIR)));
      try {
        const file = await openWorkbook(bytes, name);
        expect(expectedRefusal(name)).toBeNull();
        // Every sheet streams to the end with well-formed cells.
        for (const sheet of file.sheets) {
          await file.readRows(sheet.name, (row) => {
            for (const cell of row.cells) {
              expect(cell.address).toBe(`${cell.column}${row.row}`);
              if (cell.kind === 'number') expect(Number.isFinite(cell.value)).toBe(true);
            }
          });
        }
        const budget = await importBudget(file);
        expect(budget.lines.length).toBeGreaterThan(0);
      } catch (error) {
        if (!isReadError(error)) throw error;
        const { code, message } = error.problem;
        expect(KNOWN_CODES.has(code), code).toBe(true);
        const refusal = expectedRefusal(name);
        if (refusal) expect(code).toBe(refusal);
        expect(message).not.toMatch(/\n/);
        expect(message).toMatch(/^[A-ZÆØÅ]/);
      }
    },
    30_000,
  );
});
