import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { budgetBase } from '../../../shared/calc/index.ts';
import { importBudget } from '../../../shared/budget/index.ts';
import type { ColumnMapping } from '../../../shared/model/budget.ts';
import { toYearRecord } from '../../../shared/model/money.ts';
import { ReadError } from '../../../shared/model/problem.ts';
import { columnMappingSchema } from '../../../shared/project/schema.ts';
import { createProject } from '../../../shared/project/index.ts';
import { openWorkbook } from '../../../shared/workbook/index.ts';
import { writeProjectFile } from '../../node/project-file.ts';
import { readInputFile } from '../../node/read-input.ts';
import {
  formatYearTable,
  parseArgs,
  refuseSourceAsOutput,
  serviceValueOption,
  unitOption,
  warningLines,
} from '../args.ts';
import { EXIT_OK, UsageError, type Command, type CommandIo } from '../io.ts';
import { printOutput, yearRecords } from '../project-command.ts';

async function readMapping(path: string): Promise<ColumnMapping> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  // A saved mapping may be the mapping itself or a project/budget that contains one.
  const candidate =
    typeof json === 'object' && json !== null && 'mapping' in json
      ? (json as { mapping: unknown }).mapping
      : json;
  const parsed = columnMappingSchema.safeParse(candidate);
  if (!parsed.success)
    throw new ReadError({
      code: 'mapping_invalid',
      severity: 'error',
      message: `Kortlægningen '${basename(path)}' kan ikke bruges. Den skal være en gemt kortlægning (JSON), fx "mapping" fra 'raaderum inspect --json'.`,
      file: basename(path),
    });
  return parsed.data;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, {
    '--budget': 'value',
    '--sheet': 'repeat',
    '--mapping': 'value',
    '--service-value': 'repeat',
    '--unit': 'value',
    '--name': 'value',
    '-o': 'value',
    '--output': 'value',
    '--json': 'flag',
  });
  if (args.positional.length > 0) throw new UsageError(`Uventet argument '${args.positional[0] ?? ''}'.`);
  const workbook = args.value('--budget');
  if (!workbook) throw new UsageError('Angiv budgettets projektmappe med --budget.');
  const output = args.value('-o') ?? args.value('--output');
  if (!output) throw new UsageError('Angiv projektfilen, der skal oprettes, med -o.');
  await refuseSourceAsOutput('-o', output, [workbook, args.value('--mapping')]);
  // An existing file is replaced, but atomically and with the old one kept as `.bak`.
  const existed = await stat(output).then(
    (st) => st.size > 0,
    () => false,
  );
  const mappingPath = args.value('--mapping');
  const mapping = mappingPath ? await readMapping(mappingPath) : undefined;
  const sheets = args.list('--sheet');
  const serviceValues = serviceValueOption(args);
  const unit = unitOption(args);

  const { bytes, fileName } = await readInputFile(workbook);
  const file = await openWorkbook(bytes, fileName);
  const budget = await importBudget(file, {
    ...(mapping ? { mapping } : {}),
    ...(sheets.length > 0 ? { sheets } : {}),
    ...(serviceValues ? { serviceValues } : {}),
    ...(unit ? { unit } : {}),
  });
  const project = createProject({ municipality: args.value('--name') ?? '' }, budget);
  await writeProjectFile(output, project);

  const years = project.settings.years;
  const base = budgetBase(budget, years);
  printOutput(
    io,
    args,
    () => ({
      project: output,
      municipality: project.settings.municipality,
      source: budget.sourceName,
      years,
      lineCount: budget.lines.length,
      total: toYearRecord(years, base.total),
      serviceFrame: toYearRecord(years, base.serviceFrame),
      byCommittee: yearRecords(years, base.byCommittee),
      serviceKnown: budget.report.serviceKnown,
      problems: budget.report.problems,
    }),
    () =>
      [
        `Projektet er oprettet: ${output}${existed ? ` (den tidligere fil er gemt som ${basename(output)}.bak)` : ''}`,
        `${budget.lines.length} budgetlinjer fra '${budget.sourceName}', år ${years.join(', ')}. 1.000 kr.`,
        '',
        formatYearTable(years, [
          ...Object.entries(base.byCommittee),
          ['I alt', base.total],
          ['Heraf serviceudgifter', base.serviceFrame],
        ]),
        ...warningLines(budget.report.problems),
      ].join('\n'),
  );
  return EXIT_OK;
}

export const newCommand: Command = {
  name: 'new',
  summary: 'Opretter et projekt (.raaderum) med et budget indlæst fra en projektmappe.',
  usage:
    'raaderum new --budget PROJEKTMAPPE [--sheet ARK]... [--mapping FIL] [--service-value TEKST=ja|nej]... [--unit kr|1000|mio] [--name KOMMUNE] -o PROJEKT [--json]',
  run,
};
