import { acrossTheBoardCut } from '../../../shared/calc/index.ts';
import { toYearRecord } from '../../../shared/model/money.ts';
import { recordProjectChange } from '../../../shared/season/index.ts';
import { readProjectFile, writeProjectFile } from '../../node/project-file.ts';
import { currentUserName } from '../../node/user-name.ts';
import {
  formatYearTable,
  parseArgs,
  parseYearAmounts,
  requireBudget,
  warningLines,
  projectPathArgument,
} from '../args.ts';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Command, type CommandIo } from '../io.ts';

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
  const project = await readProjectFile(path);
  const years = project.settings.years;
  const total = parseYearAmounts(totalText, years, '--total');
  const budget = requireBudget(project, path);
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
  if (args.flag('--json')) {
    const byCommittee: Record<string, Record<string, number>> = {};
    for (const [committee, amounts] of Object.entries(cut.byCommittee))
      byCommittee[committee] = toYearRecord(years, amounts);
    io.out(
      JSON.stringify(
        {
          years,
          serviceOnly,
          total: toYearRecord(years, cut.total),
          byCommittee,
          proposals: cut.proposals.map((p) => ({
            id: p.id,
            committee: p.committee,
            amounts: toYearRecord(years, p.amounts),
          })),
          saved: !blocked,
          warnings: cut.warnings,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(
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
  }
  return blocked ? EXIT_UNREADABLE : EXIT_OK;
}

export const cutCommand: Command = {
  name: 'cut',
  summary: 'Fordeler en grønthøster (den direkte vej) forholdsmæssigt på udvalgene og tilføjer forslagene.',
  usage:
    'raaderum cut PROJEKT --total 2026=-10000,2027=-10000,… [--exempt UDVALG]... [--all-expenditure] [--catalogue NAVN] [--json]',
  run,
};
