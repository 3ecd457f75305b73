import type {
  Budget,
  BudgetLine,
  ColumnMapping,
  KontoplanReport,
  ServiceSource,
  Styringsomraade,
} from '../../model/budget.ts';
import type { Draft } from '../../model/draft.ts';
import type { Problem } from '../../model/problem.ts';
import { formatDanish } from '../../numbers/danish.ts';
import { withStyringCorrection } from '../mapping.ts';
import { readFunction } from './account.ts';
import { STYRINGSOMRAADE_NAMES } from './rules.ts';
import { isServiceStyring, kontoplanReport, styringOf, type StyringCorrections } from './styring.ts';

export interface ServiceSplit {
  serviceKnown: boolean;
  serviceSource: ServiceSource;
  kontoplan?: KontoplanReport;
  problems: Problem[];
}

/**
 * Where the service split comes from, once every sheet is read. A service column wins: the lines keep what it
 * says, and the funktioner where it disagrees with the kontoplan's rules are reported. Lines of sheets without one
 * get their split from the rules (funktion and dranst), when their funktion reads; with neither the split is
 * unknown. Sets `isService` of the lines the rules decide.
 */
export function splitService(
  lines: readonly Draft<BudgetLine>[],
  options: {
    yearCount: number;
    fileName: string;
    /** Budget sheets without a service column (their lines' `isService` is null until the rules set it). */
    sheetsWithoutColumn: ReadonlySet<string>;
    /** Every budget sheet has a service column. */
    columnEverywhere: boolean;
    /** How many budget sheets there are. */
    sheetCount: number;
    functionNames: Readonly<Record<string, string>>;
    corrections?: StyringCorrections;
  },
): ServiceSplit {
  const { fileName, sheetsWithoutColumn, columnEverywhere, corrections } = options;
  const hasFunctions = lines.some(
    (l) => l.account.function !== undefined && readFunction(l.account.function),
  );
  if (!hasFunctions) {
    if (columnEverywhere) return { serviceKnown: true, serviceSource: 'column', problems: [] };
    for (const line of lines) line.isService = null;
    return {
      serviceKnown: false,
      serviceSource: 'unknown',
      problems: [
        {
          code: 'service_split_unknown',
          severity: 'info',
          message:
            'Filen siger ikke, hvilke linjer der er serviceudgifter, og har ingen funktion fra kontoplanen at finde dem ud fra. Fordelingen på service og overførsler er derfor ukendt; du kan markere linjerne selv.',
          file: fileName,
        },
      ],
    };
  }
  let ruled = 0;
  let unknown = 0;
  for (const line of lines) {
    if (!columnEverywhere && sheetsWithoutColumn.has(line.source.sheet)) {
      line.isService = isServiceStyring(styringOf(line.account, corrections).styring);
      ruled++;
      if (line.isService === null) unknown++;
    }
  }
  const kontoplan = kontoplanReport(lines, options.yearCount, {
    fileNames: options.functionNames,
    ...(corrections ? { corrections } : {}),
    compareWithColumn: true,
  });
  const problems: Problem[] = [];
  if (ruled > 0) {
    problems.push({
      code: 'service_from_kontoplan',
      severity: 'info',
      message: `${sheetsWithoutColumn.size >= options.sheetCount ? 'Filen' : 'En del af filen'} har ingen servicekolonne, så servicefordelingen for ${formatDanish(ruled)} linjer er fundet ud fra kontoplanen (funktion og dranst). Listen over funktioner viser, hvilken regel der gav hvad; ret en funktion i guiden eller under Værktøjer, hvis kommunen afgrænser anderledes.`,
      file: fileName,
    });
  }
  if (unknown > 0) {
    problems.push({
      code: 'service_unknown_lines',
      severity: 'warning',
      message: `${formatDanish(unknown)} linjer har ingen funktion, der kan læses, og står hverken som service eller uden for servicerammen.`,
      file: fileName,
    });
  }
  const disagreeing = disagreementProblem(kontoplan, fileName);
  if (disagreeing) problems.push(disagreeing);
  return {
    serviceKnown: true,
    serviceSource: ruled > 0 ? 'kontoplan' : 'column',
    kontoplan,
    problems,
  };
}

const DISAGREES = 'service_column_disagrees';

/** The import report's note that the service column and the rules disagree; null when they agree. */
function disagreementProblem(kontoplan: KontoplanReport, fileName: string): Problem | null {
  const first = kontoplan.disagreements[0];
  if (!first) return null;
  return {
    code: DISAGREES,
    severity: 'info',
    message: `Servicekolonnen og kontoplanens regler er uenige om ${formatDanish(kontoplan.disagreements.length)} funktioner (fx ${first.function}: kolonnen siger ${first.service ? 'service' : 'ikke service'}, reglerne ${STYRINGSOMRAADE_NAMES[first.styring].toLowerCase()}). Servicekolonnen gælder; listen er et tjek for økonomiafdelingen.`,
    file: fileName,
  };
}

/**
 * The budget after the user corrects a funktion's styringsområde (null: the rules again). The correction is kept in
 * the mapping; lines whose service split came from the rules (sheets without a service column) get it anew, and the
 * report's funktion list follows. A new budget object: the old one is left as it was (undo keeps it).
 */
export function withBudgetStyringCorrection(
  budget: Budget,
  fn: string,
  styring: Styringsomraade | null,
): Budget {
  return withStyringCorrections(
    budget,
    withStyringCorrection(budget.mapping, fn, styring).styringCorrections,
  );
}

/**
 * The budget as an import with these corrections (all of them; none: the rules alone) would have read it, from one
 * read with any others: the mapping, the lines' service split where the rules gave it, the funktion list and the
 * note on disagreements follow. So the wizard can read a workbook once and let the user correct funktioner after.
 */
export function withStyringCorrections(budget: Budget, corrections: StyringCorrections | undefined): Budget {
  const mapping: ColumnMapping = { ...budget.mapping };
  if (corrections && Object.keys(corrections).length > 0) mapping.styringCorrections = { ...corrections };
  else delete mapping.styringCorrections;
  const ruled = new Set(
    mapping.sheets
      .filter((s) => s.role === 'budget' && !(s.columns.service?.length ?? 0))
      .map((s) => s.sheet),
  );
  const fromRules = budget.report.serviceSource === 'kontoplan';
  const lines = budget.lines.map((line) => {
    if (!fromRules || !ruled.has(line.source.sheet)) return line;
    const isService = isServiceStyring(styringOf(line.account, corrections).styring);
    return isService === line.isService ? line : { ...line, isService };
  });
  // The names in the old list are the kontoplan's or the file's own; either is what the new list should show.
  const fileNames = Object.fromEntries(
    (budget.report.kontoplan?.byFunction ?? []).map((f) => [f.function, f.name]),
  );
  if (!budget.report.kontoplan) return { ...budget, mapping, lines };
  const kontoplan = kontoplanReport(lines, budget.years.length, {
    fileNames,
    ...(corrections ? { corrections } : {}),
    compareWithColumn: true,
  });
  const disagreeing = disagreementProblem(kontoplan, budget.report.file);
  const problems = budget.report.problems.filter((p) => p.code !== DISAGREES);
  if (disagreeing) problems.push(disagreeing);
  return { ...budget, mapping, lines, report: { ...budget.report, kontoplan, problems } };
}
