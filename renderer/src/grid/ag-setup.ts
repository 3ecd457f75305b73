import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

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
