import type ExcelJS from 'exceljs';

/** Number formats Danish Excel shows as 1.234 and 1.234,5 (the file stores the neutral codes). */
export const FMT_WHOLE = '#,##0';
export const FMT_ONE_DECIMAL = '#,##0.0';
/** Excel's paper size code for A4. */
export const PAPER_A4 = 9;

/**
 * The catalogue's font: Arial, which Excel has everywhere and LibreOffice replaces by the metric-compatible
 * Liberation Sans, so column widths and line breaks come out alike in both (Calibri without Carlito falls back to a
 * wider font in LibreOffice, and a font without a name to a serif). The workbook's default font is set to it too
 * (`withDefaultFont`), since column widths are measured in its digits.
 */
export const FONT_NAME = 'Arial';
export const FONT_SIZE = 11;
export const BOLD: Partial<ExcelJS.Font> = { name: FONT_NAME, size: FONT_SIZE, bold: true };
export const TITLE_FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, bold: true, size: 16 };
export const SUBTITLE_FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, bold: true, size: 12 };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };
export const SUBTOTAL_BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' } };
export const TOTAL_BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, bottom: { style: 'double' } };
export const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** `&` starts a code in Excel's header/footer language, so literal ampersands are doubled. */
export function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

export interface PrintSetup {
  landscape: boolean;
  /** Fit the whole sheet on one page (proposal forms); otherwise fit to width only. */
  onePage?: boolean;
  /** Rows repeated at the top of every printed page, e.g. "1:1". */
  titleRows?: string;
  /** The range printed, e.g. "A1:L80" (the whole used range when omitted). */
  printArea?: string;
  footerName: string;
}

/** A4, fit to width, "Side &P af &N" and the catalogue's name in the footer. */
export function applyPrintSetup(ws: ExcelJS.Worksheet, setup: PrintSetup): void {
  ws.pageSetup.paperSize = PAPER_A4;
  ws.pageSetup.orientation = setup.landscape ? 'landscape' : 'portrait';
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = setup.onePage ? 1 : 0;
  ws.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };
  if (setup.titleRows) ws.pageSetup.printTitlesRow = setup.titleRows;
  // exceljs puts a $ before each column only; the rows must be absolute too.
  if (setup.printArea) ws.pageSetup.printArea = setup.printArea.replace(/([A-Z]+)(\d+)/g, '$1$$$2');
  ws.headerFooter.oddFooter = `&L${footerText(setup.footerName)}&RSide &P af &N`;
}

/** Danish date as printed on the front page: 27.11.2026. */
export function danishDate(date: Date): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${date.getFullYear()}`;
}

/**
 * styles.xml with Arial as the workbook's default font (font 0, which exceljs always writes as Calibri with the
 * theme's minor scheme). For a new catalogue only: a copy of a source workbook keeps the source's default.
 */
export function withDefaultFont(stylesXml: string): string {
  return stylesXml.replace(
    /<font>[\s\S]*?<\/font>/,
    `<font><sz val="${FONT_SIZE}"/><color theme="1"/><name val="${FONT_NAME}"/><family val="2"/></font>`,
  );
}
