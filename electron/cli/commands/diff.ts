import type { Kr } from '../../../shared/model/money.ts';
import { toYearRecord } from '../../../shared/model/money.ts';
import { STATUS_LABEL, VEJ_LABEL } from '../../../shared/model/labels.ts';
import { UNKNOWN_KEY, VEJ_KEYS } from '../../../shared/calc/index.ts';
import type { Project } from '../../../shared/model/project.ts';
import type { Proposal } from '../../../shared/model/proposal.ts';
import {
  describeFieldValue,
  diffStates,
  fieldLabel,
  requireVersion,
  stateOf,
  type AmountsDiff,
  type StateDiff,
} from '../../../shared/season/index.ts';
import { formatThousands } from '../../../shared/numbers/danish.ts';
import { readProjectFile } from '../../node/project-file.ts';
import { formatYearTable, parseArgs, projectPathArgument } from '../args.ts';
import { EXIT_OK, UsageError, type Command, type CommandIo } from '../io.ts';
import { fieldJson, seasonUsage } from '../season.ts';

type Totals = StateDiff['totals'];

function amountsJson(years: readonly number[], d: AmountsDiff): Record<string, Record<string, number>> {
  return {
    from: toYearRecord(years, d.from),
    to: toYearRecord(years, d.to),
    difference: toYearRecord(years, d.difference),
  };
}

function groupJson(
  years: readonly number[],
  group: Readonly<Record<string, AmountsDiff>>,
): Record<string, Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, Record<string, number>>> = {};
  for (const [key, d] of Object.entries(group)) out[key] = amountsJson(years, d);
  return out;
}

/** The issue's JSON: ids added and removed, changed fields and amounts per year, totals, the groups. */
export function diffJson(
  diff: StateDiff,
  years: readonly number[],
  from: string,
  to: string | null,
): Record<string, unknown> {
  return {
    from,
    to,
    years,
    statuses: diff.totals.statuses,
    added: diff.added.map((p) => p.id),
    removed: diff.removed.map((p) => p.id),
    changed: diff.changed.map((c) => {
      const fields: Record<string, { from: unknown; to: unknown }> = {};
      for (const [field, value] of Object.entries(c.fields))
        if (value)
          fields[field] = {
            from: fieldJson(field, value.from, years),
            to: fieldJson(field, value.to, years),
          };
      const amounts: Record<string, { from: number; to: number; difference: number }> = {};
      if (c.amounts) {
        const d = c.amounts;
        const f = toYearRecord(years, d.from);
        const t = toYearRecord(years, d.to);
        const x = toYearRecord(years, d.difference);
        for (const year of years) {
          const y = String(year);
          amounts[y] = { from: f[y] ?? 0, to: t[y] ?? 0, difference: x[y] ?? 0 };
        }
      }
      return { id: c.id, title: c.title, fields, amounts };
    }),
    orderChanged: diff.order !== null,
    targetsChanged: diff.targets !== null,
    total: amountsJson(years, diff.totals.total),
    byVej: groupJson(years, diff.totals.byVej),
    byKategori: groupJson(years, diff.totals.byKategori),
    byCommittee: groupJson(years, diff.totals.byCommittee),
    byStatus: groupJson(years, diff.totals.byStatus),
  };
}

function proposalLine(p: Proposal): string {
  return `  ${p.id}${p.title ? `  ${p.title}` : ''}`;
}

function diffText(diff: StateDiff, years: readonly number[], fromName: string, toName: string): string {
  const lines: string[] = [`Ændringer fra ${fromName} til ${toName} (1.000 kr., negativ = besparelse).`, ''];
  const none = diff.added.length + diff.removed.length + diff.changed.length === 0;
  if (none && diff.order === null && diff.targets === null) lines.push('Ingen forslag er ændret.');
  if (diff.added.length > 0) lines.push(`Tilføjet (${diff.added.length}):`, ...diff.added.map(proposalLine));
  if (diff.removed.length > 0)
    lines.push(`Fjernet (${diff.removed.length}):`, ...diff.removed.map(proposalLine));
  if (diff.changed.length > 0) {
    lines.push(`Ændret (${diff.changed.length}):`);
    for (const c of diff.changed) {
      lines.push(`  ${c.id}${c.title ? `  ${c.title}` : ''}`);
      for (const [field, value] of Object.entries(c.fields)) {
        if (!value) continue;
        lines.push(
          `    ${fieldLabel(field)}: ${describeFieldValue(field, value.from, years)} → ${describeFieldValue(field, value.to, years)}`,
        );
      }
      if (c.amounts)
        years.forEach((year, i) => {
          const d = c.amounts?.difference[i] ?? 0;
          if (d === 0) return;
          const f = formatThousands(c.amounts?.from[i] ?? 0, 1);
          const t = formatThousands(c.amounts?.to[i] ?? 0, 1);
          lines.push(`    Beløb ${year}: ${f} → ${t} (${d > 0 ? '+' : ''}${formatThousands(d, 1)})`);
        });
    }
  }
  if (diff.order) lines.push('Forslagenes rækkefølge er ændret.');
  if (diff.targets) lines.push('Målene er ændret.');
  lines.push('', ...totalsText(diff.totals, years));
  return lines.join('\n');
}

function totalsText(totals: Totals, years: readonly number[]): string[] {
  const statuses = totals.statuses.map((s) => STATUS_LABEL[s]).join(', ');
  const rows: [string, readonly Kr[]][] = [
    ['Før', totals.total.from],
    ['Efter', totals.total.to],
    ['Forskel', totals.total.difference],
  ];
  const vejRows: [string, readonly Kr[]][] = VEJ_KEYS.filter((vej) =>
    totals.byVej[vej].difference.some((x) => x !== 0),
  ).map((vej) => [vej === UNKNOWN_KEY ? 'Uden vej' : VEJ_LABEL[vej], totals.byVej[vej].difference]);
  return [
    `I alt (medregnede statusser: ${statuses}):`,
    formatYearTable(years, rows),
    ...(vejRows.length > 0 ? ['', 'Forskel pr. vej:', formatYearTable(years, vejRows)] : []),
  ];
}

function describeSide(project: Project, name: string | null): string {
  return name === null ? 'arbejdsversionen' : `versionen '${requireVersion(project, name).name}'`;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, { '--from': 'value', '--to': 'value', '--json': 'flag' });
  const path = projectPathArgument(args);
  const fromName = args.value('--from');
  if (fromName === undefined)
    throw new UsageError('Angiv den version, der sammenlignes fra, med --from NAVN.');
  const toName = args.value('--to') ?? null;
  const project = await readProjectFile(path);
  const from = seasonUsage(() => stateOf(project, fromName));
  const to = seasonUsage(() => stateOf(project, toName));
  const years = project.settings.years;
  const diff = diffStates(from, to, { yearCount: years.length, statuses: project.countedStatuses });
  io.out(
    args.flag('--json')
      ? JSON.stringify(diffJson(diff, years, fromName, toName), null, 2)
      : diffText(diff, years, describeSide(project, fromName), describeSide(project, toName)),
  );
  return EXIT_OK;
}

export const diffCommand: Command = {
  name: 'diff',
  summary:
    'Viser hvad der er ændret mellem to versioner (eller en version og arbejdsversionen): forslag tilføjet, fjernet og ændret felt for felt, og totalerne pr. år.',
  usage: 'raaderum diff PROJEKT --from NAVN [--to NAVN] [--json]',
  run,
};
