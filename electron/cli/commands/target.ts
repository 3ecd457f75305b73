import { calculateProject } from '../../../shared/calc/index.ts';
import { toYearRecord } from '../../../shared/model/money.ts';
import type { Target, TargetRule } from '../../../shared/model/project.ts';
import { STATUSES } from '../../../shared/model/proposal.ts';
import { writeProjectFile } from '../../node/project-file.ts';
import {
  formatYearTable,
  parseArgs,
  parseCliPercent,
  parseKategori,
  parseVej,
  parseYearAmounts,
  warningLines,
  projectPathArgument,
} from '../args.ts';
import { EXIT_OK, UsageError, type Command, type CommandIo } from '../io.ts';
import { openProject, printOutput } from '../project-command.ts';

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, {
    '--name': 'value',
    '--amount': 'value',
    '--percent-of-service': 'value',
    '--kategori': 'repeat',
    '--vej': 'repeat',
    '--committee': 'repeat',
    '--catalogue': 'value',
    '--json': 'flag',
  });
  const path = projectPathArgument(args);
  const name = args.value('--name')?.trim();
  if (!name) throw new UsageError('Angiv målets navn med --name.');
  const amountText = args.value('--amount');
  const percentText = args.value('--percent-of-service');
  if ((amountText === undefined) === (percentText === undefined))
    throw new UsageError('Angiv enten --amount ÅR=BELØB,… eller --percent-of-service P.');
  const kategorier = [...new Set(args.list('--kategori').map(parseKategori))];
  const veje = [...new Set(args.list('--vej').map(parseVej))];
  const committees = args.list('--committee').map((c) => c.trim());
  const catalogue = args.value('--catalogue')?.trim() || null;

  const { project, years } = await openProject(path);
  const rule: TargetRule =
    amountText !== undefined
      ? { kind: 'amount', amounts: parseYearAmounts(amountText, years, '--amount') }
      : {
          kind: 'percentOfService',
          percent: Math.abs(parseCliPercent(percentText ?? '', '--percent-of-service')),
        };
  const target: Target = { name, rule, scope: { kategorier, veje, committees, catalogue } };
  const replaced = project.targets.some((t) => t.name === name);
  const targets = replaced
    ? project.targets.map((t) => (t.name === name ? target : t))
    : [...project.targets, target];
  const catalogues =
    catalogue && !project.catalogues.some((c) => c.name === catalogue)
      ? [...project.catalogues, { name: catalogue, description: '' }]
      : project.catalogues;
  const next = { ...project, targets, catalogues };
  await writeProjectFile(path, next);

  const calc = calculateProject(next, STATUSES);
  const result = calc.targets.find((t) => t.name === name);
  const warnings = calc.warnings.filter((w) => w.message.includes(`'${name}'`));
  printOutput(
    io,
    args,
    () => ({
      name,
      replaced,
      rule:
        rule.kind === 'amount'
          ? { amount: toYearRecord(years, rule.amounts) }
          : { percentOfService: rule.percent },
      scope: target.scope,
      target: toYearRecord(years, result?.target ?? []),
      achieved: toYearRecord(years, result?.achieved ?? []),
      gap: toYearRecord(years, result?.gap ?? []),
      warnings,
    }),
    () =>
      [
        `Målet '${name}' er ${replaced ? 'opdateret' : 'tilføjet'}, og projektet er gemt: ${path}`,
        'Alle forslag tæller her (brug raaderum calc --status for et udvalg af statusser). 1.000 kr., negativ = besparelse.',
        '',
        formatYearTable(years, [
          ['Mål', result?.target ?? []],
          ['Opnået', result?.achieved ?? []],
          ['Manko/overskud', result?.gap ?? []],
        ]),
        ...warningLines(warnings),
      ].join('\n'),
  );
  return EXIT_OK;
}

export const targetCommand: Command = {
  name: 'target',
  summary: 'Tilføjer eller ændrer et råderumsmål (beløb pr. år eller % af servicerammen).',
  usage:
    'raaderum target PROJEKT --name NAVN (--amount 2026=-25000,2027=-35000,… | --percent-of-service P) [--kategori K]... [--vej V]... [--committee UDVALG]... [--catalogue NAVN] [--json]',
  run,
};
