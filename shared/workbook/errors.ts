import { ReadError, type Problem } from '../model/problem.ts';

/** Why a whole file cannot be read. Stable codes: tests, the UI and the CLI rely on them. */
export type FileErrorCode =
  | 'not_an_xlsx'
  | 'corrupt_or_truncated'
  | 'legacy_xls_format'
  | 'encrypted_password_protected'
  | 'xlsb_format'
  | 'ods_format'
  | 'numbers_format'
  | 'decompression_bomb'
  | 'empty_workbook'
  | 'sheet_not_found'
  | 'limit_exceeded';

const MESSAGES: Record<FileErrorCode, string> = {
  not_an_xlsx: 'Filen er ikke en gyldig Excel-fil (.xlsx) eller CSV-fil og kan ikke indlæses.',
  corrupt_or_truncated:
    'Filen er beskadiget eller ufuldstændig (måske afbrudt download) og kan ikke åbnes. Hent eller gem filen igen, og prøv igen.',
  legacy_xls_format:
    'Filen er i det gamle Excel-format (.xls). Åbn den i Excel og gem den som Excel-projektmappe (.xlsx), og prøv igen.',
  encrypted_password_protected:
    'Filen er beskyttet med adgangskode (krypteret). Fjern adgangskoden i Excel (Filer > Oplysninger > Beskyt projektmappe), gem filen som .xlsx, og prøv igen.',
  xlsb_format:
    'Filen er en binær Excel-projektmappe (.xlsb). Åbn den i Excel og gem den som Excel-projektmappe (.xlsx), og prøv igen.',
  ods_format:
    'Filen er et OpenDocument-regneark (.ods/.fods) fra fx LibreOffice. Åbn den og gem den som Excel-projektmappe (.xlsx), og prøv igen.',
  numbers_format:
    'Filen er et Apple Numbers-regneark (.numbers). Eksportér den fra Numbers som Excel-projektmappe (.xlsx), og prøv igen.',
  decompression_bomb:
    'Filen pakkes ud til en urimeligt stor mængde data (mulig zip-bombe) og bliver ikke åbnet. Kontrollér filens oprindelse.',
  empty_workbook: 'Projektmappen er tom - der blev ikke fundet nogen data at indlæse.',
  sheet_not_found: 'Arket findes ikke i projektmappen.',
  limit_exceeded:
    'Filen er større end det, Råderum kan indlæse (for mange rækker, ark eller data). Del den op i mindre filer, og prøv igen.',
};

export function fileProblem(code: FileErrorCode, file: string, message?: string): Problem {
  return { code, severity: 'error', message: message ?? MESSAGES[code], file };
}

export function fileError(code: FileErrorCode, file: string, message?: string): ReadError {
  return new ReadError(fileProblem(code, file, message));
}

/** Thrown when a read is cancelled through its AbortSignal. */
export class ReadAborted extends Error {
  override name = 'AbortError';
  constructor() {
    super('Indlæsningen blev afbrudt.');
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
