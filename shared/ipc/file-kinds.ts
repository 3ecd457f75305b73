import type { FileKind } from './contract.ts';

/**
 * The one place that decides what a file handed to the app is (opened from the OS, dropped on the window, picked
 * from the recent list), by its extension. The Electron host and the browser edition both ask this.
 */
export const PROJECT_EXTENSION = 'raaderum';
export const WORKBOOK_EXTENSIONS = ['xlsx', 'xlsm', 'ods', 'csv'] as const;

/** A project or a workbook by the file's extension; null when the app cannot use it. */
export function kindFromFileName(name: string): Exclude<FileKind, 'proposals'> | null {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extension === PROJECT_EXTENSION) return 'project';
  if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(extension)) return 'workbook';
  return null;
}

/** What the user is told about a file `kindFromFileName` refuses. */
export function unsupportedFileMessage(name: string): string {
  return `'${name}' kan ikke åbnes i Råderum. Brug et Råderum-projekt (.raaderum) eller et regneark (xlsx, xlsm, ods, csv).`;
}
