import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ReadError } from '../../shared/model/problem.ts';

/** Largest input file the CLI reads into memory; real budgets are a few MB, budget-large.xlsx is 10 MB. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/**
 * The bytes of a workbook or CSV for the shared readers, and the name they report problems under.
 * The file is only read, never written. A directory or a huge file is a ReadError (exit code 2 in the CLI).
 */
export async function readInputFile(path: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  const fileName = basename(path);
  const info = await stat(path);
  if (info.isDirectory()) {
    throw new ReadError({
      code: 'not_a_file',
      severity: 'error',
      message: `'${path}' er en mappe, ikke en fil.`,
      file: fileName,
    });
  }
  if (info.size > MAX_INPUT_BYTES) {
    throw new ReadError({
      code: 'file_too_large',
      severity: 'error',
      message: `Filen '${fileName}' er for stor (${Math.round(info.size / 1024 / 1024)} MB) til at blive indlæst.`,
      file: fileName,
    });
  }
  const buffer = await readFile(path);
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileName };
}
