import { readFile } from 'node:fs/promises';
import {
  importBudget,
  STYRINGSOMRAADE_NAMES,
  summarizeBudget,
  totalsByMainAccount,
  totalsByStyring,
  UNIT_NAMES,
} from '../../../shared/budget/index.ts';
import type { Budget, ColumnMapping } from '../../../shared/model/budget.ts';
import { toYearRecord, type Kr } from '../../../shared/model/money.ts';
import { ReadError } from '../../../shared/model/problem.ts';
import { openWorkbook } from '../../../shared/workbook/index.ts';
import { readInputFile } from '../../node/read-input.ts';
import { formatYearTable, parseArgs, serviceValueOption, unitOption, warningLines } from '../args.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';

const MAX_HUMAN_WARNINGS = 25;

/** A saved mapping (the `mapping` of `inspect --json`, or one saved by the app), checked for shape. */
async function readMapping(path: string): Promise<ColumnMapping> {
  const text = await readFile(path, 'utf8');
  const bad = (why: string): ReadError =>
    new ReadError({
      code: 'mapping_invalid',
      severity: 'error',
      message: `Kortlægningen '${path}' kan ikke bruges: ${why}.`,
      file: path,
    });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw bad('filen er ikke gyldig JSON');
  }
  // `inspect --json` output holds the mapping under "mapping"; accept both that and the bare mapping.
  const candidate =
    data !== null && typeof data === 'object' && 'mapping' in data
      ? (data as { mapping: unknown }).mapping
      : data;
  if (candidate === null || typeof candidate !== 'object') throw bad('den indeholder ikke en kortlægning');
  const m = candidate as Partial<ColumnMapping>;
  if (m.version !== 1) throw bad('ukendt version');
  if (!Array.isArray(m.years) || !m.years.every((y) => Number.isInteger(y)))
    throw bad('"years" skal være en liste af år');
  if (!Array.isArray(m.sheets)) throw bad('"sheets" mangler');
  for (const s of m.sheets) {
    if (
      typeof s?.sheet !== 'string' ||
      !['budget', 'summary', 'ignored'].includes(s.role) ||
      !Number.isInteger(s.headerRow) ||
      typeof s.columns !== 'object' ||
      typeof s.years !== 'object'
    ) {
      throw bad(`arket ${JSON.stringify(s?.sheet ?? '?')} er ikke beskrevet rigtigt`);
    }
  }
  return m as ColumnMapping;
}

function record(years: readonly number[], amounts: readonly Kr[]): Record<string, number> {
  return toYearRecord(years, amounts);
}

/** The JSON of `inspect --json`: amounts in 1.000 kr., years as string keys. */
export function inspectJson(budget: Budget): unknown {
  const s = summarizeBudget(budget);
  const years = budget.years;
  return {
    file: budget.sourceName,
    years,
    lineCount: budget.lines.length,
    totals: record(years, s.totals),
    serviceTotals: s.serviceTotals ? record(years, s.serviceTotals) : null,
    serviceSource: serviceSourceOf(budget),
    byStyringsomraade: Object.fromEntries(
      Object.entries(totalsByStyring(budget.lines, years.length, budget.mapping.styringCorrections)).map(
        ([styring, a]) => [styring, record(years, a)],
      ),
    ),
    byHovedkonto: Object.fromEntries(
      Object.entries(totalsByMainAccount(budget.lines, years.length)).map(([main, tree]) => [
        main,
        record(years, tree.amounts),
      ]),
    ),
    ...(budget.report.kontoplan ? { kontoplan: kontoplanJson(budget) } : {}),
    byCommittee: Object.fromEntries(Object.entries(s.byCommittee).map(([c, a]) => [c, record(years, a)])),
    byCommitteeArea: Object.fromEntries(
      Object.entries(s.byCommitteeArea).map(([c, areas]) => [
        c,
        Object.fromEntries(Object.entries(areas).map(([area, a]) => [area, record(years, a)])),
      ]),
    ),
    sheets: budget.mapping.sheets.map((m) => ({
      name: m.sheet,
      role: m.role,
      headerRow: m.headerRow,
      columns: Object.fromEntries(
        Object.entries(m.columns).map(([field, letters]) => [field, letters.join('+')]),
      ),
      years: m.years,
      ...(m.committeeFromSheet !== undefined ? { committeeFromSheet: m.committeeFromSheet } : {}),
      ...(m.unit !== undefined ? { unit: m.unit } : {}),
    })),
    skippedRows: budget.report.skippedRows,
    warnings: budget.report.problems.map((p) => ({
      sheet: p.sheet ?? null,
      cell: p.cell ?? null,
      code: p.code,
      severity: p.severity,
      message: p.message,
    })),
    mapping: budget.mapping,
  };
}

/** Files saved before the kontoplan was read have no `serviceSource`: a known split then came from a column. */
function serviceSourceOf(budget: Budget): 'column' | 'kontoplan' | 'unknown' {
  return budget.report.serviceSource ?? (budget.report.serviceKnown ? 'column' : 'unknown');
}

/** The funktioner classified by the kontoplan's rules, with their totals in 1.000 kr. */
function kontoplanJson(budget: Budget): unknown {
  const k = budget.report.kontoplan;
  if (!k) return null;
  const years = budget.years;
  return {
    byFunction: k.byFunction.map((f) => ({ ...f, amounts: record(years, f.amounts) })),
    unknownFunctions: k.unknownFunctions,
    disagreements: k.disagreements.map((d) => ({ ...d, amounts: record(years, d.amounts) })),
  };
}

const SOURCE_WORDS = {
  column: 'Servicefordelingen kommer fra filens servicekolonne.',
  kontoplan:
    'Servicefordelingen er fundet ud fra kontoplanen (funktion og dranst); funktionerne står herunder.',
  unknown: 'Servicefordelingen er ukendt: filen siger ikke, hvilke linjer der er serviceudgifter.',
} as const;

/** A funktion's label in a table of the human output: code and name, cut so the amounts stay in view. */
function functionLabel(fn: string, name: string, note: string): string {
  const text = name === '' ? fn : `${fn} ${name}`;
  const cut = text.length > 44 ? `${text.slice(0, 43)}…` : text;
  return `${cut} (${note})`;
}

/**
 * The human output's kontoplan part: the funktioner the rules classified when they gave the service split, and the
 * funktioner where a service column and the rules disagree (the column wins; a check for the finance team).
 */
function kontoplanLines(budget: Budget): string[] {
  const k = budget.report.kontoplan;
  if (!k) return [];
  const years = budget.years;
  const out: string[] = [];
  if (serviceSourceOf(budget) === 'kontoplan') {
    out.push(
      '',
      'Funktioner efter kontoplanens regler (styringsområde; rettelser fra kortlægningen står som rettet):',
      formatYearTable(
        years,
        k.byFunction.map(
          (f) =>
            [
              functionLabel(
                f.function,
                f.name,
                `${STYRINGSOMRAADE_NAMES[f.styring]}${f.rule === 'rettelse' ? ', rettet' : ''}`,
              ),
              f.amounts,
            ] as const,
        ),
      ),
    );
  }
  if (k.disagreements.length > 0) {
    out.push(
      '',
      `Servicekolonnen og kontoplanens regler er uenige om ${k.disagreements.length} funktion(er); servicekolonnen gælder:`,
      formatYearTable(
        years,
        k.disagreements.map(
          (d) =>
            [
              functionLabel(
                d.function,
                d.name,
                `kolonnen: ${d.service ? 'service' : 'ikke service'}, reglerne: ${STYRINGSOMRAADE_NAMES[d.styring]}`,
              ),
              d.amounts,
            ] as const,
        ),
      ),
    );
  }
  return out;
}

const ROLE_WORD = { budget: 'budget', summary: 'oversigt (udeladt)', ignored: 'ikke brugt' } as const;

function human(budget: Budget): string {
  const s = summarizeBudget(budget);
  const years = budget.years;
  const out: string[] = [
    `${budget.sourceName}: ${budget.lines.length} budgetlinjer, år ${years.join(', ')} (beløb i 1.000 kr.)`,
    '',
    'Ark:',
    ...budget.mapping.sheets.map((m) => {
      const yearCols = Object.entries(m.years)
        .map(([y, c]) => `${y}=${c}`)
        .join(' ');
      const unit = m.unit && m.unit !== 'thousands' ? `, skrevet i ${UNIT_NAMES[m.unit]}` : '';
      return `  ${m.sheet}: ${ROLE_WORD[m.role]}${m.headerRow > 0 ? `, overskrift i række ${m.headerRow}` : ''}${yearCols ? `, år ${yearCols}` : ''}${unit}`;
    }),
    '',
    formatYearTable(years, [
      ['I alt', s.totals],
      ...(s.serviceTotals ? ([['Heraf serviceudgifter', s.serviceTotals]] as const) : []),
    ]),
  ];
  out.push(SOURCE_WORDS[serviceSourceOf(budget)]);
  if (budget.report.kontoplan) {
    const byStyring = totalsByStyring(budget.lines, years.length, budget.mapping.styringCorrections);
    const rows = Object.entries(byStyring)
      .filter(([, a]) => a.some((x) => x !== 0))
      .map(([k, a]) => [STYRINGSOMRAADE_NAMES[k as keyof typeof byStyring], a] as const);
    out.push('', formatYearTable(years, rows));
    out.push(...kontoplanLines(budget));
  }
  out.push('', formatYearTable(years, Object.entries(s.byCommittee)));
  const skipped = budget.report.skippedRows.length;
  if (skipped > 0)
    out.push('', `${skipped} række(r) sprunget over (sumrækker, tomme rækker, mellemoverskrifter).`);
  const problems = budget.report.problems.filter(
    (p) => p.code !== 'totals_row_skipped' && p.code !== 'blank_row_skipped',
  );
  out.push(...warningLines(problems.slice(0, MAX_HUMAN_WARNINGS)));
  if (problems.length > MAX_HUMAN_WARNINGS) {
    out.push(`… og ${problems.length - MAX_HUMAN_WARNINGS} advarsler mere (se dem alle med --json).`);
  }
  return out.join('\n');
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary:
    'Viser, hvad budgetimporten finder i en projektmappe eller CSV-fil (ark, kolonner, totaler, advarsler).',
  usage:
    'raaderum inspect PROJEKTMAPPE [--sheet NAVN]... [--mapping FIL] [--service-value TEKST=ja|nej]... [--unit kr|1000|mio] [--json]',
  async run(args, io) {
    const parsed = parseArgs(args, {
      '--sheet': 'repeat',
      '--mapping': 'value',
      '--service-value': 'repeat',
      '--unit': 'value',
      '--json': 'flag',
    });
    const serviceValues = serviceValueOption(parsed);
    const unit = unitOption(parsed);
    const [path, ...extra] = parsed.positional;
    if (!path) throw new UsageError('Angiv projektmappen (.xlsx) eller CSV-filen, der skal undersøges.');
    if (extra.length > 0) throw new UsageError(`For mange argumenter: ${extra.join(' ')}.`);
    const mappingPath = parsed.value('--mapping');
    const mapping = mappingPath ? await readMapping(mappingPath) : undefined;
    const { bytes, fileName } = await readInputFile(path);
    const file = await openWorkbook(bytes, fileName);
    const sheets = parsed.list('--sheet');
    const names = file.sheets.map((s) => s.name);
    for (const sheet of sheets) {
      if (!names.includes(sheet)) {
        throw new UsageError(`Arket '${sheet}' findes ikke i ${fileName}. Arkene er: ${names.join(', ')}.`);
      }
    }
    const budget = await importBudget(file, {
      ...(mapping ? { mapping } : {}),
      ...(sheets.length > 0 ? { sheets } : {}),
      ...(serviceValues ? { serviceValues } : {}),
      ...(unit ? { unit } : {}),
    });
    io.out(parsed.flag('--json') ? JSON.stringify(inspectJson(budget), null, 2) : human(budget));
    return EXIT_OK;
  },
};
