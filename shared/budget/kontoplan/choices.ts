import type {
  Budget,
  FunctionStyring,
  KontoplanReport,
  ServiceSource,
  Styringsomraade,
} from '../../model/budget.ts';
import { addInto, type YearAmounts } from '../../model/money.ts';
import { summarizeBudget } from '../summary.ts';
import { withStyringCorrections } from './service-split.ts';
import { isCorrectable, type StyringCorrections } from './styring.ts';

/** What the import wizard shows of the kontoplan before the import, for the user's corrections. */
export interface KontoplanChoices {
  serviceSource: ServiceSource;
  /**
   * Lines whose service split the rules give (budget sheets without a service column): only then does a
   * correction move amounts in or out of the service frame; with a service column it changes the check only.
   */
  rulesDecide: boolean;
  /** One row per funktion with drift lines: its styringsområde by the rules alone, its lines and totals. */
  functions: FunctionStyring[];
  /** Funktioner the names table does not know (shown with the file's own text). */
  unknownFunctions: number;
  /** The service frame per plan year by the rules (or the column) alone; null when it is unknown. */
  ruleServiceTotals: YearAmounts | null;
  /** The same with the corrections. */
  serviceTotals: YearAmounts | null;
  /** Funktioner where the service column and the rules (with the corrections) disagree. */
  disagreements: number;
}

/**
 * One row per funktion that a correction can change (its drift lines), by the rules alone: the entries of one
 * funktion under the same rule are added up (a funktion's drift lines with and without a written dranst).
 */
export function correctableFunctions(report: KontoplanReport | undefined): FunctionStyring[] {
  const rows = new Map<string, FunctionStyring>();
  for (const entry of report?.byFunction ?? []) {
    if (!isCorrectable(entry)) continue;
    const row = rows.get(entry.function);
    if (!row) {
      rows.set(entry.function, { ...entry, amounts: [...entry.amounts] });
    } else if (row.rule === entry.rule) {
      row.lines += entry.lines;
      addInto(row.amounts, entry.amounts);
    }
  }
  return [...rows.values()];
}

/**
 * The wizard's kontoplan list from one read of the workbook (with whatever corrections that read had): every
 * correctable funktion as the rules classify it, and the service frame before and after `corrections`.
 */
export function kontoplanChoices(budget: Budget, corrections?: StyringCorrections): KontoplanChoices {
  const byRules = withStyringCorrections(budget, undefined);
  const corrected = withStyringCorrections(budget, corrections);
  const serviceSource = budget.report.serviceSource ?? (budget.report.serviceKnown ? 'column' : 'unknown');
  const ruled = budget.mapping.sheets.some((s) => s.role === 'budget' && !(s.columns.service?.length ?? 0));
  return {
    serviceSource,
    rulesDecide: serviceSource === 'kontoplan' && ruled,
    functions: correctableFunctions(byRules.report.kontoplan),
    unknownFunctions: byRules.report.kontoplan?.unknownFunctions.length ?? 0,
    ruleServiceTotals: summarizeBudget(byRules).serviceTotals,
    serviceTotals: summarizeBudget(corrected).serviceTotals,
    disagreements: corrected.report.kontoplan?.disagreements.length ?? 0,
  };
}

/** The styringsområde a row of `KontoplanChoices.functions` has with the user's corrections. */
export function chosenStyring(row: FunctionStyring, corrections?: StyringCorrections): Styringsomraade {
  return corrections?.[row.function] ?? row.styring;
}
