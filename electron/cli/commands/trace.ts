import { traceBudget, type BudgetTrace } from '../../../shared/budget/trace.ts';
import {
  traceProposals,
  UNKNOWN_KEY,
  type KategoriKey,
  type ProposalTrace,
  type VejKey,
} from '../../../shared/calc/index.ts';
import { krToThousands } from '../../../shared/model/money.ts';
import { STATUSES } from '../../../shared/model/proposal.ts';
import { formatThousands } from '../../../shared/numbers/danish.ts';
import { readProjectFile } from '../../node/project-file.ts';
import {
  parseArgs,
  parseKategori,
  parseStatus,
  parseVej,
  projectPathArgument,
  requireBudget,
  type ParsedArgs,
} from '../args.ts';
import { EXIT_OK, UsageError, type Command, type CommandIo } from '../io.ts';

const isUnknown = (text: string): boolean => text.trim().toLowerCase() === UNKNOWN_KEY;

function yearOption(args: ParsedArgs): number {
  const text = args.value('--year');
  if (text === undefined) throw new UsageError('Angiv året med --year, fx --year 2026.');
  if (!/^\s*\d{4}\s*$/.test(text)) throw new UsageError(`--year skal være et årstal, ikke '${text}'.`);
  return Number(text);
}

function refuse(args: ParsedArgs, names: readonly string[], why: string): void {
  for (const name of names)
    if (args.list(name).length > 0 || args.flag(name)) throw new UsageError(`${name} ${why}`);
}

const amount = (kr: number): string => formatThousands(kr, 1);

function proposalText(trace: ProposalTrace, year: number): string {
  const rows = trace.items.map((i) => [i.id, i.title, amount(i.amount)]);
  return table(
    `${trace.items.length} forslag i ${year} (1.000 kr., negativ = besparelse):`,
    rows,
    amount(trace.total),
    trace.zeroCount > 0 ? `${trace.zeroCount} forslag mere har 0 i ${year}.` : null,
  );
}

function budgetText(trace: BudgetTrace, year: number): string {
  const rows = trace.items.map((i) => [
    `${i.source.sheet}!${i.source.cell}`,
    i.committee,
    i.area,
    i.text,
    amount(i.amount),
  ]);
  return table(
    `${trace.items.length} budgetlinjer i ${year} (1.000 kr., udgift positiv, indtægt negativ):`,
    rows,
    amount(trace.total),
    trace.zeroCount > 0 ? `${trace.zeroCount} linjer mere har 0 i ${year}.` : null,
  );
}

/** Rows of text columns with the amount last (right-aligned), then "I alt" and a note. */
function table(head: string, rows: string[][], total: string, note: string | null): string {
  const width = rows[0]?.length ?? 2;
  const totalRow = Array.from({ length: width }, (_, c) =>
    c === 0 ? 'I alt' : c === width - 1 ? total : '',
  );
  const body = [...rows, totalRow];
  const widths = totalRow.map((_, c) => Math.max(...body.map((r) => (r[c] ?? '').length)));
  const render = (r: string[]): string =>
    r
      .map((cell, c) => (c === width - 1 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [head, ...body.map(render), ...(note ? [note] : [])].join('\n');
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, {
    '--year': 'value',
    '--vej': 'repeat',
    '--kategori': 'repeat',
    '--committee': 'repeat',
    '--catalogue': 'repeat',
    '--status': 'repeat',
    '--budget': 'flag',
    '--area': 'value',
    '--service': 'value',
    '--json': 'flag',
  });
  const path = projectPathArgument(args);
  const year = yearOption(args);
  const json = args.flag('--json');

  if (args.flag('--budget')) {
    refuse(args, ['--vej', '--kategori', '--status', '--catalogue'], 'gælder forslag, ikke --budget.');
    const committees = args.list('--committee');
    if (committees.length > 1) throw new UsageError('Med --budget kan --committee kun angives én gang.');
    const committee = committees[0];
    const area = args.value('--area');
    if (area !== undefined && committee === undefined)
      throw new UsageError('--area kræver --committee (området hører til et udvalg).');
    const serviceText = args.value('--service')?.trim().toLowerCase();
    if (serviceText !== undefined && serviceText !== 'ja' && serviceText !== 'nej')
      throw new UsageError(`--service skal være ja eller nej, ikke '${serviceText}'.`);
    const project = await readProjectFile(path);
    const budget = requireBudget(project, path);
    if (!budget.years.includes(year))
      throw new UsageError(`Budgettet har ingen beløb for ${year} (år: ${budget.years.join(', ')}).`);
    if (committee !== undefined && !budget.lines.some((l) => l.committee === committee)) {
      const names = [...new Set(budget.lines.map((l) => l.committee))];
      throw new UsageError(`Budgettet har intet udvalg '${committee}'. Udvalgene er: ${names.join(', ')}.`);
    }
    if (area !== undefined && !budget.lines.some((l) => l.committee === committee && l.area === area)) {
      const names = [...new Set(budget.lines.filter((l) => l.committee === committee).map((l) => l.area))];
      throw new UsageError(
        `Udvalget '${committee ?? ''}' har intet område '${area}'. Områderne er: ${names.join(', ')}.`,
      );
    }
    const trace = traceBudget(budget, {
      year,
      ...(committee !== undefined ? { committee } : {}),
      ...(area !== undefined ? { area } : {}),
      ...(serviceText !== undefined ? { service: serviceText === 'ja' } : {}),
    });
    io.out(
      json
        ? JSON.stringify(
            {
              total: krToThousands(trace.total),
              items: trace.items.map((i) => ({
                committee: i.committee,
                area: i.area,
                text: i.text,
                amount: krToThousands(i.amount),
                source: i.source,
              })),
            },
            null,
            2,
          )
        : budgetText(trace, year),
    );
    return EXIT_OK;
  }

  refuse(args, ['--area', '--service'], 'gælder kun med --budget.');
  const veje: VejKey[] = args.list('--vej').map((v) => (isUnknown(v) ? UNKNOWN_KEY : parseVej(v)));
  const kategorier: KategoriKey[] = args
    .list('--kategori')
    .map((k) => (isUnknown(k) ? UNKNOWN_KEY : parseKategori(k)));
  const statuses = args.list('--status').map(parseStatus);
  const project = await readProjectFile(path);
  const years = project.settings.years;
  if (!years.includes(year))
    throw new UsageError(`${year} er ikke et af projektets år (${years.join(', ')}).`);
  // Without --status every proposal counts, as in `raaderum calc`.
  const trace = traceProposals(
    project.proposals,
    years,
    { year, veje, kategorier, committees: args.list('--committee'), catalogues: args.list('--catalogue') },
    statuses.length > 0 ? statuses : STATUSES,
  );
  io.out(
    json
      ? JSON.stringify(
          {
            total: krToThousands(trace.total),
            items: trace.items.map((i) => ({ id: i.id, title: i.title, amount: krToThousands(i.amount) })),
          },
          null,
          2,
        )
      : proposalText(trace, year),
  );
  return EXIT_OK;
}

export const traceCommand: Command = {
  name: 'trace',
  summary:
    'Viser, hvad et tal består af: forslagene bag en total (eller med --budget budgetlinjerne og deres celler), der summer præcist til den.',
  usage:
    'raaderum trace PROJEKT --year ÅR [--vej V]... [--kategori K]... [--committee U]... [--status S]... [--json]\n' +
    '  raaderum trace PROJEKT --budget --year ÅR [--committee U] [--area O] [--service ja|nej] [--json]',
  run,
};
