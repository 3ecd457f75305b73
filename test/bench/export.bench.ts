/**
 * Export of a 1,000-proposal catalogue with its form sheets, next to the floor: the time exceljs needs to write
 * the very same cells (values and formulas, same sheets) with no styling, merges, print setup or data sheet.
 * Target: under 2 s and within 1.5× of the floor. Both are measured alternately in the same run; medians of wall
 * time and of CPU time (user + system of this process), which stays meaningful on a machine busy with other work.
 */
import ExcelJS from 'exceljs';
import { buildCatalogue } from '../../shared/catalogue/index.ts';
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

async function floor(sheets: readonly string[], cells: CellList): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const byName = new Map(sheets.map((name) => [name, wb.addWorksheet(name)]));
  for (const [sheet, address, value] of cells) {
    const ws = byName.get(sheet);
    if (ws) ws.getCell(address).value = value;
  }
  const raw = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  return raw.byteLength;
}

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
  await floor(sheets, cells);
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const ours = { wall: [] as number[], cpu: [] as number[] };
  const base = { wall: [] as number[], cpu: [] as number[] };
  let floorBytes = 0;
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    let c = cpu();
    await buildCatalogue(project, { now });
    ours.wall.push(performance.now() - t);
    ours.cpu.push(cpu() - c);
    t = performance.now();
    c = cpu();
    floorBytes = await floor(sheets, cells);
    base.wall.push(performance.now() - t);
    base.cpu.push(cpu() - c);
  }
  const row = (label: string, m: { wall: number[]; cpu: number[] }, size: string): void =>
    console.log(
      `  ${label.padEnd(24)} ${median(m.wall).toFixed(0).padStart(6)} ms væg, ${median(m.cpu).toFixed(0).padStart(6)} ms CPU  ${size}`,
    );
  console.log(
    `${PROPOSALS} forslag med forslagsark: ${sheets.length} ark, ${cells.length} celler, medianer af ${ROUNDS}`,
  );
  row('Råderums katalog', ours, `(${(sample.length / 1e6).toFixed(2)} MB)`);
  row('exceljs, samme celler', base, `(${(floorBytes / 1e6).toFixed(2)} MB, uden formatering)`);
  const wallRatio = median(ours.wall) / median(base.wall);
  const cpuRatio = median(ours.cpu) / median(base.cpu);
  console.log(`  forhold: ${wallRatio.toFixed(2)}× væg, ${cpuRatio.toFixed(2)}× CPU (mål ≤ 1,5×)`);
  console.log(
    `  mål < 2000 ms: ${median(ours.wall) < 2000 ? 'nået' : 'ikke nået'} (væg), ${median(ours.cpu) < 2000 ? 'nået' : 'ikke nået'} (CPU)`,
  );
}
