import type ExcelJS from 'exceljs';
import { strFromU8 } from 'fflate';
import type { Project } from '../../model/project.ts';
import { serializeProject } from '../../project/index.ts';
import { DATA_FORMAT_VERSION, DATA_MARKER, encodePayload, type ExportSettings } from '../data-sheet.ts';

/**
 * The very hidden data sheet (layout in `data-sheet.ts`): the whole project and what the export chose, so
 * `open-catalogue` restores the project exactly.
 */
export function writeDataSheet(ws: ExcelJS.Worksheet, settings: ExportSettings, project: Project): void {
  ws.getCell(1, 1).value = DATA_MARKER;
  ws.getCell(1, 2).value = DATA_FORMAT_VERSION;
  const chunks = encodePayload({
    format: DATA_FORMAT_VERSION,
    export: settings,
    project: strFromU8(serializeProject(project, { gzip: false })),
  });
  ws.getCell(1, 3).value = chunks.length;
  chunks.forEach((chunk, i) => {
    ws.getCell(i + 2, 1).value = chunk;
  });
}
