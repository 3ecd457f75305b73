import {
  AllCommunityModule,
  CheckboxEditorModule,
  createGrid,
  CsvExportModule,
  CustomEditorModule,
  DateEditorModule,
  InfiniteRowModelModule,
  LargeTextEditorModule,
  NumberEditorModule,
  PaginationModule,
  RowDragModule,
  RowSelectionModule,
  SelectEditorModule,
  TextEditorModule,
  themeQuartz,
  UndoRedoEditModule,
  type GridApi,
  type Module,
} from 'ag-grid-community';

/** Every community feature: the Forslag grid edits, selects, pastes and shows tooltips. */
export const EDIT_GRID_MODULES: Module[] = [AllCommunityModule];

const NOT_FOR_READING: ReadonlySet<Module> = new Set<Module>([
  RowSelectionModule,
  RowDragModule,
  TextEditorModule,
  NumberEditorModule,
  DateEditorModule,
  CheckboxEditorModule,
  SelectEditorModule,
  LargeTextEditorModule,
  CustomEditorModule,
  UndoRedoEditModule,
  PaginationModule,
  InfiniteRowModelModule,
  CsvExportModule,
]);
/**
 * The read-only Budget grid without selection, editing and the other features it never uses: with row selection
 * registered AG Grid does selection bookkeeping for every one of 200,000 row nodes as they are created.
 */
export const READ_GRID_MODULES: Module[] = (AllCommunityModule.dependsOn ?? []).filter(
  (m) => !NOT_FOR_READING.has(m),
);

/** Quartz tuned to the palette: compact 28 px rows, system font, headers that wrap. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 13,
  rowHeight: 28,
  headerHeight: 36,
  spacing: 4,
  accentColor: '#0b5cad',
  headerBackgroundColor: '#eef1f5',
  borderColor: '#c9d0d8',
  cellHorizontalPaddingScale: 0.8,
});

let styleKeeper: GridApi<Record<string, never>> | null = null;

/**
 * AG Grid takes its injected theme CSS out of the document when the last grid is destroyed and puts it back
 * for the next one, so every switch between the Forslag and Budget tabs re-parsed the CSS and restyled the
 * whole document, part of it while the old grid was still in the DOM (tens of ms per switch). One grid that
 * is never attached and never destroyed keeps the CSS in place. Call it from any grid's `onGridReady`.
 */
export function keepGridStyles(): void {
  if (styleKeeper || typeof document === 'undefined') return;
  styleKeeper = createGrid<Record<string, never>>(
    document.createElement('div'),
    { theme: gridTheme, columnDefs: [], rowData: [] },
    { modules: READ_GRID_MODULES },
  );
}
