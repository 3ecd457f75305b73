import { calculateProject, type ProjectCalculation } from '../../../shared/calc/index.ts';
import { toYearRecord } from '../../../shared/model/money.ts';
import { STATUSES } from '../../../shared/model/proposal.ts';
import { formatYearTable, parseArgs, parseStatus, projectPathArgument, warningLines } from '../args.ts';
import { EXIT_OK, type Command, type CommandIo } from '../io.ts';
import { openProject, printOutput, yearRecords } from '../project-command.ts';

/** The JSON `raaderum calc --json` prints: 1.000 kr., stored sign, committee names as keys. */
export function calculationJson(calc: ProjectCalculation): Record<string, unknown> {
  const y = calc.years;
  const b = calc.breakdown;
  const byVejKategori: Record<string, Record<string, Record<string, number>>> = {};
  for (const [vej, byKategori] of Object.entries(b.byVejKategori))
    byVejKategori[vej] = yearRecords(y, byKategori);
  return {
    years: y,
    statuses: calc.statuses,
    proposalCount: b.count,
    total: toYearRecord(y, b.total),
    byVej: yearRecords(y, b.byVej),
    byKategori: yearRecords(y, b.byKategori),
    byCommittee: yearRecords(y, b.byCommittee),
    byStatus: yearRecords(y, b.byStatus),
    byCatalogue: yearRecords(y, b.byCatalogue),
    byVejKategori,
    counts: {
      byVej: b.countByVej,
      byKategori: b.countByKategori,
      byCommittee: b.countByCommittee,
      byStatus: b.countByStatus,
      byCatalogue: b.countByCatalogue,
    },
    targets: calc.targets.map((t) => ({
      name: t.name,
      target: toYearRecord(y, t.target),
      achieved: toYearRecord(y, t.achieved),
      gap: toYearRecord(y, t.gap),
      attainment: Object.fromEntries(y.map((year, i) => [String(year), t.attainment[i] ?? null])),
      proposalCount: t.count,
    })),
    serviceFrame: calc.serviceFrame ? toYearRecord(y, calc.serviceFrame) : null,
    base: calc.base ? yearRecords(y, calc.base.byCommittee) : null,
    budgetAfter: calc.budgetAfter ? yearRecords(y, calc.budgetAfter.byCommittee) : null,
    budgetAfterTotal: calc.budgetAfter ? toYearRecord(y, calc.budgetAfter.total) : null,
    coverage: calc.coverage
      ? {
          rows: calc.coverage.rows.map((r) => ({
            committee: r.committee,
            baseShare: Object.fromEntries(y.map((year, i) => [String(year), r.baseShare[i] ?? null])),
            proposalShare: Object.fromEntries(y.map((year, i) => [String(year), r.proposalShare[i] ?? null])),
            proposalCount: r.proposalCount,
          })),
          withoutProposals: calc.coverage.withoutProposals,
        }
      : null,
    warnings: calc.warnings,
  };
}

function text(calc: ProjectCalculation): string {
  const y = calc.years;
  const b = calc.breakdown;
  const parts = [
    `${b.count} forslag tæller (status: ${calc.statuses.join(', ')}). 1.000 kr., negativ = besparelse.`,
    '',
    formatYearTable(y, [...Object.entries(b.byVej), ['I alt', b.total]]),
    '',
    formatYearTable(y, [...Object.entries(b.byKategori), ['I alt', b.total]]),
    '',
    formatYearTable(y, [...Object.entries(b.byCommittee), ['I alt', b.total]]),
  ];
  for (const t of calc.targets) {
    parts.push(
      '',
      `Mål: ${t.name} (manko negativ = mangler, positiv = overskud)`,
      formatYearTable(y, [
        ['Mål', t.target],
        ['Opnået', t.achieved],
        ['Manko/overskud', t.gap],
      ]),
    );
  }
  if (calc.budgetAfter)
    parts.push(
      '',
      'Budget efter prioritering',
      formatYearTable(y, [
        ...Object.entries(calc.budgetAfter.byCommittee),
        ['I alt', calc.budgetAfter.total],
      ]),
    );
  parts.push(...warningLines(calc.warnings));
  return parts.join('\n');
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, { '--status': 'repeat', '--json': 'flag' });
  const path = projectPathArgument(args);
  const statuses = args.list('--status').map(parseStatus);
  const { project } = await openProject(path);
  // Without --status every proposal counts, whatever the project's own choice is.
  const calc = calculateProject(project, statuses.length > 0 ? statuses : STATUSES);
  printOutput(
    io,
    args,
    () => calculationJson(calc),
    () => text(calc),
  );
  return EXIT_OK;
}

export const calcCommand: Command = {
  name: 'calc',
  summary: 'Beregner totaler, mål med manko, budget efter prioritering og dækning for et projekt.',
  usage: 'raaderum calc PROJEKT [--status S]... [--json]',
  run,
};
