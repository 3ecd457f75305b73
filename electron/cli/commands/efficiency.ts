import { efficiencyRequirement } from '../../../shared/calc/index.ts';
import { toYearRecord } from '../../../shared/model/money.ts';
import { formatYearTable, parseArgs, parseCliPercent, warningLines, projectPathArgument } from '../args.ts';
import { EXIT_OK, UsageError, type Command, type CommandIo } from '../io.ts';
import { openProjectWithBudget, printOutput, yearRecords } from '../project-command.ts';

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, {
    '--percent': 'value',
    '--compound': 'flag',
    '--exempt': 'repeat',
    '--all-expenditure': 'flag',
    '--json': 'flag',
  });
  const path = projectPathArgument(args);
  const percentText = args.value('--percent');
  if (percentText === undefined) throw new UsageError('Angiv --percent, fx --percent 1 for 1 % om året.');
  const percent = parseCliPercent(percentText, '--percent');
  const { budget, years } = await openProjectWithBudget(path);
  const result = efficiencyRequirement(budget, years, {
    percent,
    compound: args.flag('--compound'),
    exempt: args.list('--exempt'),
    serviceOnly: !args.flag('--all-expenditure'),
  });
  printOutput(
    io,
    args,
    () => ({
      years,
      percent: Math.abs(percent),
      compound: args.flag('--compound'),
      serviceOnly: !args.flag('--all-expenditure'),
      factors: result.factors,
      total: toYearRecord(years, result.total),
      byCommittee: yearRecords(years, result.byCommittee),
      warnings: result.warnings,
    }),
    () =>
      [
        `Effektiviseringskrav (den stille vej): ${Math.abs(percent)} % om året${args.flag('--compound') ? ' med rentes rente' : ''}, af ${args.flag('--all-expenditure') ? 'hele nettobudgettet' : 'serviceudgifterne'}. 1.000 kr., negativ = besparelse.`,
        '',
        formatYearTable(years, [...Object.entries(result.byCommittee), ['I alt', result.total]]),
        ...warningLines(result.warnings),
      ].join('\n'),
  );
  return EXIT_OK;
}

export const efficiencyCommand: Command = {
  name: 'efficiency',
  summary: 'Beregner effektiviseringskravet (den stille vej) pr. udvalg og år.',
  usage:
    'raaderum efficiency PROJEKT --percent P [--compound] [--exempt UDVALG]... [--all-expenditure] [--json]',
  run,
};
