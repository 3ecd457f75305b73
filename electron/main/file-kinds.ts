import { PROJECT_EXTENSION, WORKBOOK_EXTENSIONS } from '../../shared/ipc/file-kinds.ts';

/** What a file is decided in one place, shared with the browser edition's drop. */
export {
  kindFromFileName,
  PROJECT_EXTENSION,
  unsupportedFileMessage,
  WORKBOOK_EXTENSIONS,
} from '../../shared/ipc/file-kinds.ts';

/** Dialog filters, in Danish. */
export const PROJECT_FILTERS = [{ name: 'Råderum-projekt', extensions: [PROJECT_EXTENSION] }];
export const WORKBOOK_FILTERS = [
  { name: 'Regneark (xlsx, xlsm, ods, csv)', extensions: [...WORKBOOK_EXTENSIONS] },
  { name: 'Alle filer', extensions: ['*'] },
];
export const CATALOGUE_FILTERS = [{ name: 'Excel-projektmappe', extensions: ['xlsx'] }];
export const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];
