import { acrossTheBoardCut } from '../../../shared/calc/index.ts';
import { toYearRecord } from '../../../shared/model/money.ts';
import { recordProjectChange } from '../../../shared/season/index.ts';
import { writeProjectFile } from '../../node/project-file.ts';
import { currentUserName } from '../../node/user-name.ts';
import { formatYearTable, parseArgs, parseYearAmounts, warningLines, projectPathArgument } from '../args.ts';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Command, type CommandIo } from '../io.ts';
import { openProjectWithBudget, printOutput, yearRecords } from '../project-command.ts';

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, {
    '--total': 'value',
    '--exempt': 'repeat',
    '--all-expenditure': 'flag',
    '--catalogue': 'value',
    '--json': 'flag',
  });
  const path = projectPathArgument(args);
  const totalText = args.value('--total');
  if (totalText === undefined) throw new UsageError('Angiv --total, fx --total 2026=-10000,2027=-10000.');
  const { project, years, budget } = await openProjectWithBudget(path);
  const total = parseYearAmounts(totalText, years, '--total');
  const serviceOnly = !args.flag('--all-expenditure');
  const catalogue = args.value('--catalogue');
  const cut = acrossTheBoardCut(budget, {
    total,
    years,
    exempt: args.list('--exempt'),
    serviceOnly,
    existingProposals: project.proposals,
    ...(catalogue !== undefined ? { catalogue } : {}),
  });
  const blocked = cut.warnings.some((w) => w.severity === 'error');
  if (!blocked) {
    const catalogues =
      catalogue && !project.catalogues.some((c) => c.name === catalogue)
        ? [...project.catalogues, { name: catalogue, description: '' }]
        : project.catalogues;
    // One change log entry for the whole grønthøster.
    await writeProjectFile(
      path,
      recordProjectChange(
        project,
        { ...project, catalogues, proposals: [...project.proposals, ...cut.proposals] },
        {
          who: currentUserName(),
          when: new Date().toISOString(),
          source: { kind: 'tool', tool: 'Grønthøster' },
        },
      ),
    );
  }
  printOutput(
    io,
    args,
    () => ({
      years,
      serviceOnly,
      total: toYearRecord(years, cut.total),
      byCommittee: yearRecords(years, cut.byCommittee),
      proposals: cut.proposals.map((p) => ({
        id: p.id,
        committee: p.committee,
        amounts: toYearRecord(years, p.amounts),
      })),
      saved: !blocked,
      warnings: cut.warnings,
    }),
    () =>
      [
        `Grønthøster (den direkte vej) fordelt efter ${serviceOnly ? 'serviceudgifterne' : 'hele nettobudgettet'}. 1.000 kr., negativ = besparelse.`,
        '',
        formatYearTable(years, [...Object.entries(cut.byCommittee), ['I alt', cut.total]]),
        ...warningLines(cut.warnings),
        '',
        blocked
          ? 'Projektet er ikke ændret.'
          : `${cut.proposals.length} forslag er tilføjet, og projektet er gemt: ${path}`,
      ].join('\n'),
  );
  return blocked ? EXIT_UNREADABLE : EXIT_OK;
}

export const cutCommand: Command = {
  name: 'cut',
  summary: 'Fordeler en grønthøster (den direkte vej) forholdsmæssigt på udvalgene og tilføjer forslagene.',
  usage:
    'raaderum cut PROJEKT --total 2026=-10000,2027=-10000,… [--exempt UDVALG]... [--all-expenditure] [--catalogue NAVN] [--json]',
  run,
};
