import type { Account, BudgetLine } from '../model/budget.ts';
import type { ColumnarLines, IntColumn } from './schema.ts';

const ACCOUNT_KEYS = ['mainAccount', 'function', 'dranst', 'art'] as const;

/** Runs when they are shorter than the plain values. */
export function packColumn(values: readonly number[]): IntColumn {
  const runs: number[] = [];
  const n = values.length;
  for (let i = 0; i < n;) {
    const v = values[i] ?? 0;
    let j = i + 1;
    while (j < n && values[j] === v) j++;
    runs.push(v, j - i);
    if (runs.length >= n) return [...values];
    i = j;
  }
  return { runs };
}

/** The values of a column, or null when its runs do not add up to `count` lines. */
export function unpackColumn(column: IntColumn, count: number): number[] | null {
  if (Array.isArray(column)) return column.length === count ? column : null;
  const runs = column.runs;
  if (runs.length % 2 !== 0) return null;
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
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const intern = (s: string | undefined): number => {
    if (s === undefined) return -1;
    let id = ids.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      ids.set(s, id);
    }
    return id;
  };
  // Neighbouring lines mostly repeat a field, so each column first compares with its previous value.
  const memo = (): ((s: string | undefined) => number) => {
    // undefined (absent) maps to −1, so the initial state is already right
    let last: string | undefined;
    let lastId = -1;
    return (s) => {
      if (s !== last) {
        last = s;
        lastId = intern(s);
      }
      return lastId;
    };
  };
  const inCommittee = memo();
  const inArea = memo();
  const inMain = memo();
  const inFn = memo();
  const inDranst = memo();
  const inArt = memo();
  const inCost = memo();
  const inText = memo();
  const inFile = memo();
  const inSheet = memo();
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
    strings,
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

/** The lines, or a Danish phrase naming what does not fit together (for the "damaged" message). */
export function decodeLines(c: ColumnarLines, yearCount: number): BudgetLine[] | string {
  const n = c.count;
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
    return 'budgetlinjernes længde';
  if (c.amounts.length !== yearCount) return 'budgettets år';
  for (const col of c.amounts) if (col.length !== n) return 'budgetbeløbenes længde';
  const max = c.strings.length;
  for (const col of [committee, area, text, sourceSheet])
    for (const id of col) if (id < 0 || id >= max) return 'budgetlinjernes tekster';
  for (const col of [mainAccount, fn, dranst, art, costCentre, sourceFile])
    for (const id of col) if (id < -1 || id >= max) return 'budgetlinjernes tekster';
  for (const flag of isService) if (flag < -1 || flag > 1) return 'serviceudgiftsmarkeringen';

  const s = c.strings;
  const lines: BudgetLine[] = new Array<BudgetLine>(n);
  let row = 0;
  for (let i = 0; i < n; i++) {
    const account: Account = {};
    const parts = [mainAccount[i] ?? -1, fn[i] ?? -1, dranst[i] ?? -1, art[i] ?? -1];
    for (let k = 0; k < 4; k++) {
      const id = parts[k] ?? -1;
      const key = ACCOUNT_KEYS[k];
      if (id >= 0 && key) account[key] = s[id] ?? '';
    }
    const lineAmounts = new Array<number>(yearCount);
    let amount = 0;
    for (let y = 0; y < yearCount; y++) {
      amount += c.amounts[y]?.[i] ?? 0;
      lineAmounts[y] = amount;
    }
    const flag = isService[i];
    row += sourceRowDelta[i] ?? 0;
    const line: BudgetLine = {
      committee: s[committee[i] ?? 0] ?? '',
      area: s[area[i] ?? 0] ?? '',
      account,
      text: s[text[i] ?? 0] ?? '',
      amounts: lineAmounts,
      isService: flag === 1 ? true : flag === 0 ? false : null,
      source: { sheet: s[sourceSheet[i] ?? 0] ?? '', row },
    };
    const cc = costCentre[i] ?? -1;
    if (cc >= 0) line.costCentre = s[cc] ?? '';
    const file = sourceFile[i] ?? -1;
    if (file >= 0) line.source.file = s[file] ?? '';
    lines[i] = line;
  }
  return lines;
}
