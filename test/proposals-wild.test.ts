import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isReadError } from '../shared/model/problem.ts';
import { importProposals } from '../shared/proposals/index.ts';
import { openWorkbook } from '../shared/workbook/index.ts';

const SHARED = new URL('../../shared/fixtures/', import.meta.url).pathname;
const YEARS = [2026, 2027, 2028, 2029];

async function tryImport(path: string, name: string): Promise<{ read: number; refused: boolean }> {
  let file;
  try {
    file = await openWorkbook(new Uint8Array(await readFile(path)), name);
  } catch (error) {
    if (isReadError(error)) return { read: 0, refused: true };
    throw error;
  }
  const result = await importProposals([{ file, name }], { years: YEARS });
  for (const p of result.problems) {
    expect(p.code, name).toMatch(/^[a-z_.-]+$/);
    expect(p.message.length, name).toBeGreaterThan(10);
    expect(p.file, name).toBe(name);
  }
  return { read: result.imported.length, refused: false };
}

describe('forslagsimport af vilkårlige filer', () => {
  it('går aldrig ned på filer fra mange programmer (wild)', async () => {
    const names = (await readdir(`${SHARED}wild`)).filter((n) => !/\.(md|json|txt)$|^LICENSE/.test(n));
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) await tryImport(`${SHARED}wild/${name}`, name);
  });

  it('et budget eller en dårlig fil giver ingen forslag (public)', async () => {
    const names = (await readdir(`${SHARED}public`)).filter(
      (n) => /^(budget|bad)-/.test(n) && !n.endsWith('.json') && n !== 'budget-large.xlsx',
    );
    for (const name of names) {
      expect((await tryImport(`${SHARED}public/${name}`, name)).read, name).toBe(0);
    }
  });
});
