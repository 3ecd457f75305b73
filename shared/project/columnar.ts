import type { BudgetLine, SourceRef } from '../model/budget.ts';
import { accountsFrom, StringTable } from '../model/line-columns.ts';
import { isPlausibleKr } from '../model/money.ts';
import { describeNumber, MAX_BUDGET_LINES } from './limits.ts';
import { KR_RULE, type ColumnarLines, type IntColumn } from './schema.ts';

/** Runs when they are shorter than the plain values. */
export function packColumn(values: readonly number[]): IntColumn {
  const n = values.length;
  if (n === 0) return { runs: [] };
  // The runs are counted first, so a column that does not repeat (texts, amounts) costs one pass and no runs.
  let runCount = 1;
  for (let i = 1; i < n; i++) if (values[i] !== values[i - 1]) runCount++;
  if (2 * runCount >= n) return values.slice();
  const runs = new Array<number>(2 * runCount);
  let r = 0;
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && values[i] === values[start]) continue;
    runs[r++] = values[start] ?? 0;
    runs[r++] = i - start;
    start = i;
  }
  return { runs };
}

/**
 * The values of a column, or null when its runs do not add up to `count` lines. The runs are added up before
 * anything is allocated: a file that declares more lines than its runs hold costs nothing.
 */
export function unpackColumn(column: IntColumn, count: number): number[] | null {
  if (Array.isArray(column)) return column.length === count ? column : null;
  const runs = column.runs;
  if (runs.length % 2 !== 0) return null;
  let total = 0;
  for (let r = 1; r < runs.length; r += 2) {
    const length = runs[r] ?? 0;
    if (length < 1) return null;
    total += length;
    if (total > count) return null;
  }
  if (total !== count) return null;
  const values = new Array<number>(count);
  let k = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const v = runs[r] ?? 0;
    const length = runs[r + 1] ?? 0;
    if (length < 1 || k + length > count) return null;
    values.fill(v, k, k + length);
    k += length;
  }
  return k === count ? values : null;
}

/** Budget lines → one column per field, strings interned (−1 = absent), repeats as runs. */
export function encodeLines(lines: readonly BudgetLine[], yearCount: number): ColumnarLines {
  const table = new StringTable();
  const inCommittee = table.field();
  const inArea = table.field();
  const inMain = table.field();
  const inFn = table.field();
  const inDranst = table.field();
  const inArt = table.field();
  const inCost = table.field();
  const inText = table.field();
  const inFile = table.field();
  const inSheet = table.field();
  const count = lines.length;
  const column = (): number[] => new Array<number>(count).fill(0);
  const committee = column();
  const area = column();
  const mainAccount = column();
  const fn = column();
  const dranst = column();
  const art = column();
  const costCentre = column();
  const text = column();
  const isService = column();
  const sourceFile = column();
  const sourceSheet = column();
  const sourceRowDelta = column();
  const amounts = Array.from({ length: yearCount }, column);
  let previousRow = 0;
  for (let i = 0; i < count; i++) {
    const line = lines[i];
    if (!line) continue;
    committee[i] = inCommittee(line.committee);
    area[i] = inArea(line.area);
    mainAccount[i] = inMain(line.account.mainAccount);
    fn[i] = inFn(line.account.function);
    dranst[i] = inDranst(line.account.dranst);
    art[i] = inArt(line.account.art);
    costCentre[i] = inCost(line.costCentre);
    text[i] = inText(line.text);
    isService[i] = line.isService === null ? -1 : line.isService ? 1 : 0;
    sourceFile[i] = inFile(line.source.file);
    sourceSheet[i] = inSheet(line.source.sheet);
    sourceRowDelta[i] = line.source.row - previousRow;
    previousRow = line.source.row;
    let previous = 0;
    for (let y = 0; y < yearCount; y++) {
      const col = amounts[y];
      const amount = line.amounts[y] ?? 0;
      if (col) col[i] = amount - previous;
      previous = amount;
    }
  }
  return {
    count,
    strings: table.strings,
    committee: packColumn(committee),
    area: packColumn(area),
    mainAccount: packColumn(mainAccount),
    function: packColumn(fn),
    dranst: packColumn(dranst),
    art: packColumn(art),
    costCentre: packColumn(costCentre),
    text: packColumn(text),
    isService: packColumn(isService),
    sourceFile: packColumn(sourceFile),
    sourceSheet: packColumn(sourceSheet),
    sourceRowDelta: packColumn(sourceRowDelta),
    amounts,
  };
}

/**
 * Why these lines cannot be saved so that they load again, as a Danish phrase; null when they can. The saver
 * asks this before writing, with the same limits `decodeLines` applies when loading.
 */
export function unsaveableLines(lines: readonly BudgetLine[], years: readonly number[]): string | null {
  if (lines.length > MAX_BUDGET_LINES)
    return `budgettet har ${describeNumber(lines.length)} linjer; der kan højst være ${describeNumber(MAX_BUDGET_LINES)}`;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const where = lineName(i, line.source);
    if (line.amounts.length !== years.length) return `${where} har ikke ét beløb pr. år`;
    for (let y = 0; y < years.length; y++) {
      const amount = line.amounts[y] ?? 0;
      if (!isPlausibleKr(amount))
        return `${where}, beløbet for ${years[y] ?? ''} (${describeNumber(amount)} kr.) ${KR_RULE}`;
    }
    if (!Number.isSafeInteger(line.source.row) || line.source.row < 0)
      return `${where} har rækkenummeret ${describeNumber(line.source.row)}`;
  }
  return null;
}

function lineName(index: number, source: { sheet: string; row: number } | undefined): string {
  return source && source.sheet
    ? `budgetlinje ${index + 1} (arket '${source.sheet}', række ${source.row})`
    : `budgetlinje ${index + 1}`;
}

/** The lines, or a Danish phrase naming what does not fit together (for the "damaged" message). */
export function decodeLines(c: ColumnarLines, years: readonly number[]): BudgetLine[] | string {
  const n = c.count;
  const yearCount = years.length;
  // The declared count is checked against the data that is there before any column is unpacked.
  if (n > 0 && yearCount === 0) return 'budgettet har linjer, men ingen år';
  if (c.amounts.length !== yearCount) return 'fejl i budgettets år';
  for (const col of c.amounts)
    if (col.length !== n)
      return `budgettet angiver ${describeNumber(n)} linjer, men har beløb til ${describeNumber(col.length)}`;
  const unpack = (col: IntColumn): number[] | null => unpackColumn(col, n);
  const committee = unpack(c.committee);
  const area = unpack(c.area);
  const mainAccount = unpack(c.mainAccount);
  const fn = unpack(c.function);
  const dranst = unpack(c.dranst);
  const art = unpack(c.art);
  const costCentre = unpack(c.costCentre);
  const text = unpack(c.text);
  const isService = unpack(c.isService);
  const sourceFile = unpack(c.sourceFile);
  const sourceSheet = unpack(c.sourceSheet);
  const sourceRowDelta = unpack(c.sourceRowDelta);
  if (
    !committee ||
    !area ||
    !mainAccount ||
    !fn ||
    !dranst ||
    !art ||
    !costCentre ||
    !text ||
    !isService ||
    !sourceFile ||
    !sourceSheet ||
    !sourceRowDelta
  )
    return 'fejl i budgetlinjernes længde';
  const max = c.strings.length;
  for (const col of [committee, area, text, sourceSheet])
    for (const id of col) if (id < 0 || id >= max) return 'fejl i budgetlinjernes tekster';
  for (const col of [mainAccount, fn, dranst, art, costCentre, sourceFile])
    for (const id of col) if (id < -1 || id >= max) return 'fejl i budgetlinjernes tekster';
  for (const flag of isService) if (flag < -1 || flag > 1) return 'fejl i serviceudgiftsmarkeringen';

  const s = c.strings;
  const lines: BudgetLine[] = new Array<BudgetLine>(n);
  const yearColumns = c.amounts;
  let row = 0;
  const accountOf = accountsFrom(s);
  for (let i = 0; i < n; i++) {
    const account = accountOf(mainAccount[i] ?? -1, fn[i] ?? -1, dranst[i] ?? -1, art[i] ?? -1);
    const lineAmounts = new Array<number>(yearCount);
    let amount = 0;
    for (let y = 0; y < yearCount; y++) {
      amount += yearColumns[y]?.[i] ?? 0;
      if (!isPlausibleKr(amount))
        return `budgetlinje ${i + 1}, beløbet for ${years[y] ?? ''} (${describeNumber(amount)} kr.) ${KR_RULE}`;
      lineAmounts[y] = amount;
    }
    const flag = isService[i];
    row += sourceRowDelta[i] ?? 0;
    if (!Number.isSafeInteger(row) || row < 0)
      return `budgetlinje ${i + 1} har rækkenummeret ${describeNumber(row)}`;
    const sheet = s[sourceSheet[i] ?? 0] ?? '';
    const file = sourceFile[i] ?? -1;
    const cc = costCentre[i] ?? -1;
    // Built whole, each in one of a few shapes: adding a field afterwards would grow every object.
    const source: SourceRef = file >= 0 ? { sheet, row, file: s[file] ?? '' } : { sheet, row };
    const committeeName = s[committee[i] ?? 0] ?? '';
    const areaName = s[area[i] ?? 0] ?? '';
    const textValue = s[text[i] ?? 0] ?? '';
    const service = flag === 1 ? true : flag === 0 ? false : null;
    lines[i] =
      cc >= 0
        ? {
            committee: committeeName,
            area: areaName,
            account,
            text: textValue,
            amounts: lineAmounts,
            isService: service,
            source,
            costCentre: s[cc] ?? '',
          }
        : {
            committee: committeeName,
            area: areaName,
            account,
            text: textValue,
            amounts: lineAmounts,
            isService: service,
            source,
          };
  }
  return lines;
}
