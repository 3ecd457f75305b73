import type { Account, BudgetLine } from '../model/budget.ts';
import type { ColumnarLines } from './schema.ts';

const ACCOUNT_KEYS = ['mainAccount', 'function', 'dranst', 'art'] as const;

/** Budget lines → one array per field, strings interned (−1 = absent). */
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
  const count = lines.length;
  const column = (): number[] => new Array<number>(count);
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
  const sourceRow = column();
  const amounts = Array.from({ length: yearCount }, column);
  for (let i = 0; i < count; i++) {
    const line = lines[i];
    if (!line) continue;
    committee[i] = intern(line.committee);
    area[i] = intern(line.area);
    mainAccount[i] = intern(line.account.mainAccount);
    fn[i] = intern(line.account.function);
    dranst[i] = intern(line.account.dranst);
    art[i] = intern(line.account.art);
    costCentre[i] = intern(line.costCentre);
    text[i] = intern(line.text);
    isService[i] = line.isService === null ? -1 : line.isService ? 1 : 0;
    sourceFile[i] = intern(line.source.file);
    sourceSheet[i] = intern(line.source.sheet);
    sourceRow[i] = line.source.row;
    for (let y = 0; y < yearCount; y++) {
      const col = amounts[y];
      if (col) col[i] = line.amounts[y] ?? 0;
    }
  }
  return {
    count,
    strings,
    committee,
    area,
    mainAccount,
    function: fn,
    dranst,
    art,
    costCentre,
    text,
    isService,
    sourceFile,
    sourceSheet,
    sourceRow,
    amounts,
  };
}

/** Why columnar lines do not fit together, or null when they do. */
export function checkLines(c: ColumnarLines, yearCount: number): string | null {
  const n = c.count;
  const stringColumns = [
    c.committee,
    c.area,
    c.mainAccount,
    c.function,
    c.dranst,
    c.art,
    c.costCentre,
    c.text,
    c.sourceFile,
    c.sourceSheet,
  ];
  const required = new Set([c.committee, c.area, c.text, c.sourceSheet]);
  for (const col of [...stringColumns, c.isService, c.sourceRow])
    if (col.length !== n) return 'budgetlinjernes længde';
  if (c.amounts.length !== yearCount) return 'budgettets år';
  for (const col of c.amounts) if (col.length !== n) return 'budgetbeløbenes længde';
  const max = c.strings.length;
  for (const col of stringColumns) {
    const min = required.has(col) ? 0 : -1;
    for (const id of col) if (id < min || id >= max) return 'budgetlinjernes tekster';
  }
  for (const flag of c.isService) if (flag < -1 || flag > 1) return 'serviceudgiftsmarkeringen';
  return null;
}

/** The inverse of `encodeLines`; call `checkLines` first. */
export function decodeLines(c: ColumnarLines): BudgetLine[] {
  const s = c.strings;
  const text = (id: number | undefined): string | undefined =>
    id === undefined || id < 0 ? undefined : s[id];
  const lines: BudgetLine[] = new Array<BudgetLine>(c.count);
  const yearCount = c.amounts.length;
  for (let i = 0; i < c.count; i++) {
    const account: Account = {};
    const parts = [c.mainAccount[i], c.function[i], c.dranst[i], c.art[i]];
    ACCOUNT_KEYS.forEach((key, k) => {
      const value = text(parts[k]);
      if (value !== undefined) account[key] = value;
    });
    const amounts = new Array<number>(yearCount);
    for (let y = 0; y < yearCount; y++) amounts[y] = c.amounts[y]?.[i] ?? 0;
    const flag = c.isService[i];
    const line: BudgetLine = {
      committee: text(c.committee[i]) ?? '',
      area: text(c.area[i]) ?? '',
      account,
      text: text(c.text[i]) ?? '',
      amounts,
      isService: flag === 1 ? true : flag === 0 ? false : null,
      source: { sheet: text(c.sourceSheet[i]) ?? '', row: c.sourceRow[i] ?? 0 },
    };
    const costCentre = text(c.costCentre[i]);
    if (costCentre !== undefined) line.costCentre = costCentre;
    const file = text(c.sourceFile[i]);
    if (file !== undefined) line.source.file = file;
    lines[i] = line;
  }
  return lines;
}
