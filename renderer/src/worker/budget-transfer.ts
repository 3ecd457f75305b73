import { type Account, type Budget, type BudgetLine, type Draft } from '../../../shared/model/index.ts';
import { accountsFrom, StringTable } from '../../../shared/model/line-columns.ts';

/**
 * A budget as it crosses from the worker to the UI thread. Copying 200,000 line objects with the structured clone
 * costs the UI thread over a second to rebuild them (about 57 MB of clone data); here the lines are columns of typed
 * arrays, whose buffers move with the transfer list at no cost, plus one table of the distinct strings. The UI
 * thread then builds the line objects in one tight loop, each string shared through the table.
 */
export interface PackedBudget {
  packed: 'budget-lines/1';
  /** The budget without its lines (mapping, report), copied as it is. */
  rest: Omit<Budget, 'lines'>;
  count: number;
  yearCount: number;
  strings: string[];
  /** `STRING_FIELDS.length` string ids per line; −1 = the field is absent. */
  refs: Int32Array;
  /** `yearCount` amounts per line, kroner. */
  amounts: Float64Array;
  /** −1 null, 0 false, 1 true. */
  isService: Int8Array;
  rows: Float64Array;
}

const STRING_FIELDS = [
  'committee',
  'area',
  'text',
  'costCentre',
  'mainAccount',
  'function',
  'dranst',
  'art',
  'sourceFile',
  'sourceSheet',
] as const;
const F = STRING_FIELDS.length;

// The key checks below are switches and the optional fields are read by name, not looked up in sets or by a
// computed key: packing checks every one of 200,000 lines, and this was half of the packing's time.
function lineKeysFit(line: object): boolean {
  for (const key in line) {
    switch (key) {
      case 'committee':
      case 'area':
      case 'account':
      case 'text':
      case 'amounts':
      case 'isService':
      case 'source':
      case 'costCentre':
        break;
      default:
        return false;
    }
  }
  return true;
}

function accountFits(account: Readonly<Account>): boolean {
  for (const key in account) {
    switch (key) {
      case 'mainAccount':
      case 'function':
      case 'dranst':
      case 'art':
        break;
      default:
        return false;
    }
  }
  // Each present and a string, or absent (not merely undefined): what the columns can carry back exactly.
  return (
    (account.mainAccount === undefined
      ? !('mainAccount' in account)
      : typeof account.mainAccount === 'string') &&
    (account.function === undefined ? !('function' in account) : typeof account.function === 'string') &&
    (account.dranst === undefined ? !('dranst' in account) : typeof account.dranst === 'string') &&
    (account.art === undefined ? !('art' in account) : typeof account.art === 'string')
  );
}

function sourceFits(source: BudgetLine['source']): boolean {
  for (const key in source) {
    switch (key) {
      case 'file':
      case 'sheet':
      case 'row':
        break;
      default:
        return false;
    }
  }
  return (
    (source.file === undefined ? !('file' in source) : typeof source.file === 'string') &&
    typeof source.sheet === 'string' &&
    typeof source.row === 'number'
  );
}

function numbers(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'number') return false;
  return true;
}

/**
 * Whether the columns carry this line back exactly (deep-equal): the fields a budget line has, strings where
 * strings belong, one amount per year. Anything else (a field added to BudgetLine later) is sent as it is.
 */
function fitsColumns(line: BudgetLine, yearCount: number): boolean {
  return (
    lineKeysFit(line) &&
    typeof line.committee === 'string' &&
    typeof line.area === 'string' &&
    typeof line.text === 'string' &&
    (line.costCentre === undefined ? !('costCentre' in line) : typeof line.costCentre === 'string') &&
    (line.isService === null || typeof line.isService === 'boolean') &&
    Array.isArray(line.amounts) &&
    line.amounts.length === yearCount &&
    numbers(line.amounts) &&
    typeof line.account === 'object' &&
    line.account !== null &&
    accountFits(line.account) &&
    typeof line.source === 'object' &&
    line.source !== null &&
    sourceFits(line.source)
  );
}

/**
 * The budget as columns and the buffers to transfer; null when a line does not fit the columns, so the caller
 * sends the budget as it is.
 */
export function packBudget(budget: Budget): { packed: PackedBudget; transfer: ArrayBuffer[] } | null {
  const { lines, ...rest } = budget;
  const count = lines.length;
  const yearCount = budget.years.length;
  const table = new StringTable();
  // One id look-up per field, in STRING_FIELDS' order; each remembers its last string.
  const committee = table.field();
  const area = table.field();
  const text = table.field();
  const costCentre = table.field();
  const mainAccount = table.field();
  const fn = table.field();
  const dranst = table.field();
  const art = table.field();
  const file = table.field();
  const sheet = table.field();
  const refs = new Int32Array(count * F);
  const amounts = new Float64Array(count * yearCount);
  const isService = new Int8Array(count);
  const rows = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const line = lines[i];
    if (!line || !fitsColumns(line, yearCount)) return null;
    const at = i * F;
    refs[at] = committee(line.committee);
    refs[at + 1] = area(line.area);
    refs[at + 2] = text(line.text);
    refs[at + 3] = costCentre(line.costCentre);
    refs[at + 4] = mainAccount(line.account.mainAccount);
    refs[at + 5] = fn(line.account.function);
    refs[at + 6] = dranst(line.account.dranst);
    refs[at + 7] = art(line.account.art);
    refs[at + 8] = file(line.source.file);
    refs[at + 9] = sheet(line.source.sheet);
    // Element by element: TypedArray.set from a 4-element array costs more per line than the copy itself.
    const from = line.amounts;
    const to = i * yearCount;
    for (let y = 0; y < yearCount; y++) amounts[to + y] = from[y]!;
    isService[i] = line.isService === null ? -1 : line.isService ? 1 : 0;
    rows[i] = line.source.row;
  }
  return {
    packed: {
      packed: 'budget-lines/1',
      rest,
      count,
      yearCount,
      strings: table.strings,
      refs,
      amounts,
      isService,
      rows,
    },
    transfer: [refs.buffer, amounts.buffer, isService.buffer, rows.buffer],
  };
}

type Packed = NonNullable<ReturnType<typeof packBudget>>;

/** Budgets packed ahead of their answer (buffers move once, so each is taken once). */
const packedAhead = new WeakMap<Budget, Packed | null>();

/** Packs while the worker is otherwise idle, so the answer that sends this budget need not wait for it. */
export function packAhead(budget: Budget): void {
  packedAhead.set(budget, packBudget(budget));
}

/** The columns packed ahead for this budget, else packed now. */
export function takePacked(budget: Budget): Packed | null {
  if (!packedAhead.has(budget)) return packBudget(budget);
  const packed = packedAhead.get(budget) ?? null;
  packedAhead.delete(budget);
  return packed;
}

export function isPackedBudget(value: unknown): value is PackedBudget {
  return (
    typeof value === 'object' && value !== null && (value as { packed?: unknown }).packed === 'budget-lines/1'
  );
}

/** The budget the columns were made from, deep-equal to it. */
export function unpackBudget(p: PackedBudget): Budget {
  const { count, yearCount, strings: s, refs, amounts, isService, rows } = p;
  const lines = new Array<BudgetLine>(count);
  const accountOf = accountsFrom(s);
  for (let i = 0; i < count; i++) {
    const at = i * F;
    const account = accountOf(refs[at + 4]!, refs[at + 5]!, refs[at + 6]!, refs[at + 7]!);
    const lineAmounts = new Array<number>(yearCount);
    const from = i * yearCount;
    for (let y = 0; y < yearCount; y++) lineAmounts[y] = amounts[from + y]!;
    const flag = isService[i];
    const file = refs[at + 8]!;
    const line: Draft<BudgetLine> = {
      committee: s[refs[at]!]!,
      area: s[refs[at + 1]!]!,
      account,
      text: s[refs[at + 2]!]!,
      amounts: lineAmounts,
      isService: flag === 1 ? true : flag === 0 ? false : null,
      source:
        file >= 0
          ? { file: s[file]!, sheet: s[refs[at + 9]!]!, row: rows[i]! }
          : { sheet: s[refs[at + 9]!]!, row: rows[i]! },
    };
    const cc = refs[at + 3]!;
    if (cc >= 0) line.costCentre = s[cc]!;
    lines[i] = line;
  }
  return { ...p.rest, lines };
}
