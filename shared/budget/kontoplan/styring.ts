import type {
  Account,
  BudgetLine,
  FunctionStyring,
  KontoplanReport,
  Styringsomraade,
} from '../../model/budget.ts';
import { addInto, zeroAmounts, type YearAmounts } from '../../model/money.ts';
import { readDranst, readFunction } from './account.ts';
import { kontoplanName } from './names.ts';
import { STYRING_RULES, STYRINGSOMRAADER, type StyringRule } from './rules.ts';

/** The rule id given to a line whose styringsområde the user corrected. */
export const CORRECTION_RULE = 'rettelse';
/** The rule id of a line without a funktion that reads. */
export const NO_FUNCTION_RULE = 'ingen-funktion';

export type StyringCorrections = Readonly<Record<string, Styringsomraade>>;

function matches(rule: StyringRule, main: string, fn: string, dranst: string): boolean {
  const { mainAccounts, functions, dranst: dranster } = rule.when;
  if (mainAccounts && !mainAccounts.includes(main)) return false;
  if (dranster && !dranster.includes(dranst)) return false;
  if (functions && !functions.some(([from, to]) => fn >= from && fn <= to)) return false;
  return true;
}

/**
 * A line's styringsområde from its funktion and dranst: the first rule of `STYRING_RULES` that matches, else (on
 * hovedkonto 0-6) service. A line without a dranst is read as drift (dranst 1). The user's correction of a funktion
 * applies to its drift lines (dranst 1); statsrefusion, anlæg and finansiering keep the rules. A funktion that does not read gives 'ukendt'.
 */
export function styringOf(
  account: Readonly<Account>,
  corrections?: StyringCorrections,
): { styring: Styringsomraade; rule: string } {
  const fn = account.function !== undefined ? readFunction(account.function) : null;
  if (!fn) return { styring: 'ukendt', rule: NO_FUNCTION_RULE };
  const dranst = account.dranst !== undefined ? (readDranst(account.dranst) ?? '') : '1';
  let found: { styring: Styringsomraade; rule: string } = { styring: 'ukendt', rule: NO_FUNCTION_RULE };
  for (const rule of STYRING_RULES) {
    if (matches(rule, fn.mainAccount, fn.function, dranst)) {
      found = { styring: rule.styring, rule: rule.id };
      break;
    }
  }
  const corrected = corrections?.[fn.function];
  if (corrected !== undefined && dranst === '1' && found.styring !== 'finansiering')
    return { styring: corrected, rule: CORRECTION_RULE };
  return found;
}

/** Service or not, for the service frame: null where the styringsområde is unknown. */
export function isServiceStyring(styring: Styringsomraade): boolean | null {
  return styring === 'ukendt' ? null : styring === 'service';
}

/** The kontoplan's name of a code, else the file's own name for it, else ''. */
export function nameOf(code: string, fileNames: Readonly<Record<string, string>>): string {
  return kontoplanName(code) ?? fileNames[code] ?? '';
}

/**
 * The import report's kontoplan part: every funktion with its styringsområde, rule, lines and totals; the
 * funktioner the names table does not know; and, where the lines say service themselves (`isService` from a
 * column), the funktioner where they disagree with the rules.
 */
export function kontoplanReport(
  lines: readonly BudgetLine[],
  yearCount: number,
  options: {
    fileNames: Readonly<Record<string, string>>;
    corrections?: StyringCorrections;
    /** The lines' `isService` came from a service column: compare it with the rules. */
    compareWithColumn: boolean;
  },
): KontoplanReport {
  const byFunction = new Map<string, FunctionStyring>();
  const disagreements = new Map<string, KontoplanReport['disagreements'][number]>();
  // A large budget repeats a few hundred funktion × dranst texts over 200,000 lines: each pair is classified once
  // and keeps its entry of the list.
  const seen = new Map<string, Map<string, FunctionStyring | null>>();
  const entryOf = (account: Readonly<Account>): FunctionStyring | null => {
    const read = account.function !== undefined ? readFunction(account.function) : null;
    if (!read) return null;
    const { styring, rule } = styringOf(account, options.corrections);
    const key = `${read.function}|${styring}|${rule}`;
    let entry = byFunction.get(key);
    if (!entry) {
      entry = {
        function: read.function,
        name: nameOf(read.function, options.fileNames),
        styring,
        rule,
        lines: 0,
        amounts: zeroAmounts(yearCount),
      };
      byFunction.set(key, entry);
    }
    return entry;
  };
  for (const line of lines) {
    const fnText = line.account.function;
    if (fnText === undefined) continue;
    let byDranst = seen.get(fnText);
    if (!byDranst) seen.set(fnText, (byDranst = new Map()));
    const dranstText = line.account.dranst ?? '';
    let entry = byDranst.get(dranstText);
    if (entry === undefined) {
      entry = entryOf(line.account);
      byDranst.set(dranstText, entry);
    }
    if (!entry) continue;
    const { styring } = entry;
    const fn = entry;
    entry.lines++;
    addInto(entry.amounts, line.amounts);
    const byRule = isServiceStyring(styring);
    if (
      options.compareWithColumn &&
      line.isService !== null &&
      byRule !== null &&
      line.isService !== byRule
    ) {
      const dKey = `${fn.function}|${String(line.isService)}|${styring}`;
      let d = disagreements.get(dKey);
      if (!d) {
        d = {
          function: fn.function,
          name: entry.name,
          service: line.isService,
          styring,
          lines: 0,
          amounts: zeroAmounts(yearCount),
        };
        disagreements.set(dKey, d);
      }
      d.lines++;
      addInto(d.amounts, line.amounts);
    }
  }
  const order = (a: { function: string }, b: { function: string }): number =>
    a.function.localeCompare(b.function);
  const unknown = new Map<string, { function: string; name: string; lines: number }>();
  for (const e of byFunction.values()) {
    if (kontoplanName(e.function) !== null) continue;
    const u = unknown.get(e.function) ?? {
      function: e.function,
      name: options.fileNames[e.function] ?? '',
      lines: 0,
    };
    u.lines += e.lines;
    unknown.set(e.function, u);
  }
  return {
    byFunction: [...byFunction.values()].sort(order),
    unknownFunctions: [...unknown.values()].sort(order),
    disagreements: [...disagreements.values()].sort(order),
  };
}

/** Totals per styringsområde (every one present, zeros included), per plan year in kroner. */
export function totalsByStyring(
  lines: readonly BudgetLine[],
  yearCount: number,
  corrections?: StyringCorrections,
): Record<Styringsomraade, YearAmounts> {
  const out = Object.fromEntries(STYRINGSOMRAADER.map((s) => [s, zeroAmounts(yearCount)])) as Record<
    Styringsomraade,
    YearAmounts
  >;
  const styringOfLine = styringLookup(corrections);
  // Lines come in runs of one funktion and dranst: the look-up only when they change.
  let target: YearAmounts | undefined;
  let lastFunction: string | undefined;
  let lastDranst: string | undefined;
  for (const line of lines) {
    const { function: fn, dranst } = line.account;
    if (target === undefined || fn !== lastFunction || dranst !== lastDranst) {
      target = out[styringOfLine(line.account)];
      lastFunction = fn;
      lastDranst = dranst;
    }
    addInto(target, line.amounts);
  }
  return out;
}

/** Totals by hovedkonto → hovedfunktion → funktion; lines without a funktion that reads are under '?'. */
export interface AccountTree {
  amounts: YearAmounts;
  mainFunctions: Record<string, { amounts: YearAmounts; functions: Record<string, YearAmounts> }>;
}

export function totalsByMainAccount(
  lines: readonly BudgetLine[],
  yearCount: number,
  filter?: (line: BudgetLine) => boolean,
): Record<string, AccountTree> {
  const out: Record<string, AccountTree> = {};
  // Lines come in runs of one funktion: its three totals are looked up when it changes (created in the same order).
  let tree: AccountTree | undefined;
  let mf: AccountTree['mainFunctions'][string] | undefined;
  let fnAmounts: YearAmounts | undefined;
  let lastFunction: string | undefined;
  for (const line of lines) {
    if (filter && !filter(line)) continue;
    const text = line.account.function;
    if (tree === undefined || mf === undefined || fnAmounts === undefined || text !== lastFunction) {
      const fn = text !== undefined ? readFunction(text) : null;
      const main = fn?.mainAccount ?? '?';
      tree = out[main] ??= { amounts: zeroAmounts(yearCount), mainFunctions: {} };
      mf = tree.mainFunctions[fn?.mainFunction ?? '?'] ??= { amounts: zeroAmounts(yearCount), functions: {} };
      fnAmounts = mf.functions[fn?.function ?? '?'] ??= zeroAmounts(yearCount);
      lastFunction = text;
    }
    addInto(tree.amounts, line.amounts);
    addInto(mf.amounts, line.amounts);
    addInto(fnAmounts, line.amounts);
  }
  return out;
}

/** Rules that decide by dranst or hovedkonto 7-9: their lines are not drift, so a correction does not touch them. */
const NOT_DRIFT_RULES: ReadonlySet<string> = new Set([
  'dranst-3-anlaeg',
  'dranst-4-7-finansiering',
  'hovedkonto-7-9-finansiering',
  'dranst-2-statsrefusion',
  NO_FUNCTION_RULE,
]);

/** A funktion's entry of the report that the user can correct: its drift lines, classified by a rule or corrected. */
export function isCorrectable(entry: Pick<FunctionStyring, 'rule'>): boolean {
  return !NOT_DRIFT_RULES.has(entry.rule);
}

/**
 * `styringOf` for many lines with the same corrections: each funktion × dranst text is classified once, so a view
 * that filters 200,000 lines by styringsområde (a few hundred distinct texts) does two map look-ups a line.
 */
export function styringLookup(
  corrections?: StyringCorrections,
): (account: Readonly<Account>) => Styringsomraade {
  const seen = new Map<string, Map<string, Styringsomraade>>();
  return (account) => {
    const fn = account.function ?? '';
    let byDranst = seen.get(fn);
    if (!byDranst) seen.set(fn, (byDranst = new Map()));
    const dranst = account.dranst ?? '\u0000';
    let styring = byDranst.get(dranst);
    if (styring === undefined) {
      styring = styringOf(account, corrections).styring;
      byDranst.set(dranst, styring);
    }
    return styring;
  };
}
