import type { FileKind } from '../../shared/ipc/contract.ts';

export const PROJECT_EXTENSION = 'raaderum';
export const WORKBOOK_EXTENSIONS = ['xlsx', 'xlsm', 'ods', 'csv'] as const;

/** What a file opened from the OS, a drop or the recent list is, by its extension; null when the app can't use it. */
export function kindFromFileName(name: string): Exclude<FileKind, 'proposals'> | null {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === PROJECT_EXTENSION) return 'project';
  if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(extension)) return 'workbook';
  return null;
}

/** Dialog filters, in Danish. */
export const PROJECT_FILTERS = [{ name: 'Råderum-projekt', extensions: [PROJECT_EXTENSION] }];
export const WORKBOOK_FILTERS = [
  { name: 'Regneark (xlsx, xlsm, ods, csv)', extensions: [...WORKBOOK_EXTENSIONS] },
  { name: 'Alle filer', extensions: ['*'] },
];
export const CATALOGUE_FILTERS = [{ name: 'Excel-projektmappe', extensions: ['xlsx'] }];
export const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];
