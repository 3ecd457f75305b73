/**
 * Export of a 1,000-proposal catalogue with its form sheets, next to the floor: the time exceljs needs to write
 * the very same cells (values and formulas, same sheets) with no styling, merges, print setup or data sheet.
 * Target: at most the floor's time (≤ 1.0×). Both are measured alternately in the same run; medians of wall time
 * and of CPU time (user + system of this process), which stays meaningful on a machine busy with other work. Each
 * is split into building the sheets (Råderum's sheet modules; the floor's cell assignments) and writing the file
 * (exceljs's renderers and the zip).
 */
import { availableParallelism, loadavg } from 'node:os';
import ExcelJS from 'exceljs';
import { buildCatalogue } from '../../shared/catalogue/index.ts';
import { addCatalogueSheets, writeCatalogue } from '../../shared/catalogue/build.ts';
import { syntheticProject } from '../helpers/catalogue-project.ts';

const PROPOSALS = 1000;
const ROUNDS = 5;

type CellList = [sheet: string, address: string, value: ExcelJS.CellValue][];

async function cellsOf(bytes: Uint8Array): Promise<{ sheets: string[]; cells: CellList }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const sheets: string[] = [];
  const cells: CellList = [];
  wb.eachSheet((ws) => {
    sheets.push(ws.name);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push([ws.name, cell.address, cell.value]);
      }),
    );
  });
  return { sheets, cells };
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Times {
  wall: number[];
  cpu: number[];
  /** CPU of building the sheets and of writing the file. */
  build: number[];
  write: number[];
}

const times = (): Times => ({ wall: [], cpu: [], build: [], write: [] });

/** Runs `build` then `write`, recording wall and CPU time of the whole and CPU time of each half. */
async function measured<W>(
  into: Times,
  build: () => W,
  write: (w: W) => Promise<Uint8Array | ArrayBuffer>,
): Promise<number> {
  const t = performance.now();
  const c = cpu();
  const w = build();
  const built = cpu();
  const bytes = await write(w);
  const end = cpu();
  into.wall.push(performance.now() - t);
  into.cpu.push(end - c);
  into.build.push(built - c);
  into.write.push(end - built);
  return bytes.byteLength;
}

function floorWorkbook(sheets: readonly string[], cells: CellList): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const byName = new Map(sheets.map((name) => [name, wb.addWorksheet(name)]));
  for (const [sheet, address, value] of cells) {
    const ws = byName.get(sheet);
    if (ws) ws.getCell(address).value = value;
  }
  return wb;
}

const floorWrite = async (wb: ExcelJS.Workbook): Promise<ArrayBuffer> =>
  (await wb.xlsx.writeBuffer()) as ArrayBuffer;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function run(): Promise<void> {
  const project = syntheticProject(PROPOSALS);
  const now = new Date('2026-03-01T10:00:00Z');
  // Warm-up (JIT, exceljs's lazy modules) for both, and the cell list for the floor.
  const sample = await buildCatalogue(project, { now });
  const { sheets, cells } = await cellsOf(sample);
  await floorWrite(floorWorkbook(sheets, cells));
  const ours = times();
  const base = times();
  let ourBytes = 0;
  let floorBytes = 0;
  for (let i = 0; i < ROUNDS; i++) {
    // buildCatalogue's own two steps, timed apart.
    ourBytes = await measured(
      ours,
      () => {
        const wb = new ExcelJS.Workbook();
        addCatalogueSheets(wb, project, { now }, new Set());
        return wb;
      },
      writeCatalogue,
    );
    floorBytes = await measured(base, () => floorWorkbook(sheets, cells), floorWrite);
  }
  const row = (label: string, m: Times, bytes: number, note = ''): void =>
    console.log(
      `  ${label.padEnd(24)} ${median(m.wall).toFixed(0).padStart(6)} ms væg, ${median(m.cpu).toFixed(0).padStart(6)} ms CPU (ark ${median(m.build).toFixed(0)} + skriv ${median(m.write).toFixed(0)})  ${(bytes / 1e6).toFixed(2)} MB${note}`,
    );
  console.log(
    `belastning (load average, 1 min): ${loadavg()[0]?.toFixed(1) ?? '?'} på ${availableParallelism()} kerner`,
  );
  console.log(
    `${PROPOSALS} forslag med forslagsark: ${sheets.length} ark, ${cells.length} celler, medianer af ${ROUNDS}`,
  );
  row('Råderums katalog', ours, ourBytes);
  row('exceljs, samme celler', base, floorBytes, ', uden formatering');
  const wallRatio = median(ours.wall) / median(base.wall);
  const cpuRatio = median(ours.cpu) / median(base.cpu);
  console.log(
    `  forhold: ${wallRatio.toFixed(2)}× væg, ${cpuRatio.toFixed(2)}× CPU (mål ≤ 1,0×: ${cpuRatio <= 1 ? 'nået' : 'ikke nået'} i CPU, ${wallRatio <= 1 ? 'nået' : 'ikke nået'} i væg)`,
  );
}
