/**
 * Hostile workbooks made from the public fixtures: edit a part's XML inside the zip, or patch what the zip's
 * central directory says about a part. Each test builds its own file from these, so the finding is in the test.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { importBudget } from '../../shared/budget/index.ts';
import type { Budget } from '../../shared/model/budget.ts';
import { isReadError, type Problem } from '../../shared/model/problem.ts';
import { openWorkbook } from '../../shared/workbook/index.ts';

/** The fixture's zip with `edits[part](xml)` applied to each named part (a part edited to `null` is removed). */
export function editZip(
  bytes: Uint8Array,
  edits: Record<string, ((xml: string) => string | null) | string>,
): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const before = files[name];
    const after = typeof edit === 'string' ? edit : edit(before ? strFromU8(before) : '');
    if (after === null) delete files[name];
    else files[name] = strToU8(after);
  }
  return zipSync(files, { level: 6 });
}

/** Opens and imports a budget: the budget, or the ReadError's problem (anything else is thrown on). */
export async function tryImport(
  bytes: Uint8Array,
  name: string,
): Promise<{ budget: Budget; problem: null } | { budget: null; problem: Problem }> {
  try {
    return { budget: await importBudget(await openWorkbook(bytes, name)), problem: null };
  } catch (error) {
    if (!isReadError(error)) throw error;
    return { budget: null, problem: error.problem };
  }
}

/** Sets the uncompressed size the central directory states for `part`; returns how many entries were patched. */
export function declareSize(bytes: Uint8Array, part: string, size: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let patched = 0;
  for (let p = 0; p + 46 < bytes.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(p + 28, true);
    if (strFromU8(bytes.subarray(p + 46, p + 46 + nameLen)) === part) {
      view.setUint32(p + 24, size, true);
      patched++;
    }
  }
  return patched;
}
