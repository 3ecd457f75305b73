import { toYearRecord, type Kr } from '../../../shared/model/money.ts';
import type { Problem } from '../../../shared/model/problem.ts';
import {
  addAmendment,
  adoptAmendment,
  amendmentNameProblem,
  compareAmendments,
  importAmendment,
  removeAmendment,
  renameAmendment,
  requireAmendment,
  requireVersion,
  stateOf,
  type AmendmentComparison,
} from '../../../shared/season/index.ts';
import { openWorkbook } from '../../../shared/workbook/index.ts';
import { readProjectFile, writeProjectFile } from '../../node/project-file.ts';
import { readInputFile } from '../../node/read-input.ts';
import { currentUserName } from '../../node/user-name.ts';
import { formatYearTable, parseArgs, warningLines, type ParsedArgs } from '../args.ts';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Command, type CommandIo } from '../io.ts';
import { checkRenameArgs, seasonUsage, todayIso } from '../season.ts';

function compareJson(comparison: AmendmentComparison): Record<string, unknown> {
  const years = comparison.years;
  return {
    years,
    statuses: comparison.statuses,
    columns: comparison.columns.map((c) => ({
      name: c.name,
      kind: c.kind,
      base: c.base,
      total: toYearRecord(years, c.total),
      targets: c.targets.map((t) => ({
        name: t.name,
        target: toYearRecord(years, t.target),
        achieved: toYearRecord(years, t.achieved),
        gap: toYearRecord(years, t.gap),
      })),
      problems: c.problems,
    })),
  };
}

function compareText(comparison: AmendmentComparison): string {
  const { years, columns } = comparison;
  const label = (c: AmendmentComparison['columns'][number]): string =>
    c.kind === 'base' ? `${c.name} (grundlag)` : c.name;
  const lines = [
    'Samlet råderum pr. år (medregnede forslag, 1.000 kr., negativ = besparelse):',
    formatYearTable(
      years,
      columns.map((c): [string, readonly Kr[]] => [label(c), c.total]),
    ),
  ];
  const targetNames = [...new Set(columns.flatMap((c) => c.targets.map((t) => t.name)))];
  for (const name of targetNames) {
    lines.push(
      '',
      `Målet '${name}': afstand til målet (negativ = mangler endnu, positiv = til overs):`,
      formatYearTable(
        years,
        columns.map((c): [string, readonly Kr[]] => [
          label(c),
          c.targets.find((t) => t.name === name)?.gap ?? [],
        ]),
      ),
    );
  }
  const problems: Problem[] = columns.flatMap((c) => c.problems);
  return [...lines, ...warningLines(problems)].join('\n');
}

function projectAndWorkbook(args: ParsedArgs): { project: string; workbook: string | undefined } {
  const [project, workbook, ...extra] = args.positional;
  if (!project || extra.length > 0)
    throw new UsageError('Angiv ét projekt (.raaderum) og højst én projektmappe.');
  return { project, workbook };
}

/** `--rename NAVN --to NYT` or `--delete NAVN`: the amendment renamed or deleted, the project saved. */
async function renameOrDelete(path: string, args: ParsedArgs, io: CommandIo): Promise<number> {
  const json = args.flag('--json');
  const project = await readProjectFile(path);
  const rename = args.value('--rename');
  const to = args.value('--to');
  if (rename !== undefined && to !== undefined) {
    const old = seasonUsage(() => requireAmendment(project, rename)).name;
    const next = seasonUsage(() => renameAmendment(project, old, to));
    if (next !== project) await writeProjectFile(path, next);
    const name = to.trim();
    io.out(
      json
        ? JSON.stringify({ renamed: old, to: name, saved: next !== project }, null, 2)
        : next === project
          ? `Ændringsforslaget hedder allerede '${name}'. Projektet er ikke ændret.`
          : `Ændringsforslaget '${old}' hedder nu '${name}'. Projektet er gemt: ${path}`,
    );
    return EXIT_OK;
  }
  const name = seasonUsage(() => requireAmendment(project, args.value('--delete') ?? '')).name;
  const next = seasonUsage(() => removeAmendment(project, name));
  await writeProjectFile(path, next);
  io.out(
    json
      ? JSON.stringify({ deleted: name, amendments: next.amendments.length, saved: true }, null, 2)
      : `Ændringsforslaget '${name}' er slettet. Forslagene og versionerne er uændrede. Projektet er gemt: ${path}`,
  );
  return EXIT_OK;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, {
    '--name': 'value',
    '--base': 'value',
    '--date': 'value',
    '--savings-positive': 'flag',
    '--compare': 'flag',
    '--adopt': 'value',
    '--rename': 'value',
    '--to': 'value',
    '--delete': 'value',
    '--json': 'flag',
  });
  const { project: path, workbook } = projectAndWorkbook(args);
  const json = args.flag('--json');
  const rename = args.value('--rename') !== undefined;
  const modes = [
    workbook !== undefined,
    args.flag('--compare'),
    args.value('--adopt') !== undefined,
    rename,
    args.value('--delete') !== undefined,
  ].filter(Boolean);
  if (modes.length !== 1)
    throw new UsageError(
      'Angiv enten en projektmappe med --name NAVN, --compare, --adopt NAVN, --rename NAVN --to NYT eller --delete NAVN.',
    );
  checkRenameArgs(args, '--rename "Ændringsforslag fra A" --to "Ændringsforslag fra SF"');
  if (rename || args.value('--delete') !== undefined) return renameOrDelete(path, args, io);

  if (args.flag('--compare')) {
    const project = await readProjectFile(path);
    const comparison = seasonUsage(() => compareAmendments(project));
    if (json) io.out(JSON.stringify(compareJson(comparison), null, 2));
    else if (project.amendments.length === 0)
      io.out(
        `Projektet har ingen ændringsforslag endnu. Indlæs et med 'raaderum amendment ${path} PROJEKTMAPPE --name NAVN'.`,
      );
    else io.out(compareText(comparison));
    return EXIT_OK;
  }

  const adopt = args.value('--adopt');
  if (adopt !== undefined) {
    const project = await readProjectFile(path);
    const next = seasonUsage(() =>
      adoptAmendment(project, adopt, { who: currentUserName(), when: new Date().toISOString() }),
    );
    await writeProjectFile(path, next);
    const entry = next.changeLog.at(-1);
    const changes = next.changeLog.length > project.changeLog.length ? (entry?.changes.length ?? 0) : 0;
    io.out(
      json
        ? JSON.stringify({ adopted: adopt, changes, proposals: next.proposals.length, saved: true }, null, 2)
        : `Ændringsforslaget '${adopt}' er vedtaget: ${changes} ændringer i forslagene, som nu er arbejdsversionen. Projektet er gemt: ${path}`,
    );
    return EXIT_OK;
  }

  const name = args.value('--name');
  if (name === undefined)
    throw new UsageError('Giv ændringsforslaget et navn med --name, fx --name "Ændringsforslag fra A".');
  const date = args.value('--date') ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
    throw new UsageError(`--date skal være en dato som 2026-09-20, ikke '${date}'.`);
  const project = await readProjectFile(path);
  const nameProblem = amendmentNameProblem(project, name);
  if (nameProblem) throw new UsageError(nameProblem);
  // Without --base an amendment is read against the latest version: what the parties are amending.
  const base = args.value('--base') ?? project.versions.at(-1)?.name ?? null;
  const baseName = base === null ? null : seasonUsage(() => requireVersion(project, base)).name;
  const baseState = stateOf(project, baseName);
  const { bytes, fileName } = await readInputFile(workbook ?? '');
  const file = await openWorkbook(bytes, fileName);
  const result = await importAmendment([{ file, name: fileName }], {
    name,
    date,
    base: baseName,
    baseState,
    years: project.settings.years,
    committees: [...new Set((project.budget?.lines ?? []).map((l) => l.committee))],
    ...(args.flag('--savings-positive') ? { savingsPositive: true } : {}),
  });
  const failed = result.problems.some((p) => p.severity === 'error');
  const nothing = result.read === 0;
  const save = !failed && !nothing;
  if (save)
    await writeProjectFile(
      path,
      seasonUsage(() => addAmendment(project, result.amendment)),
    );
  const changes = result.amendment.changes;
  const count = (kind: string): number => changes.filter((c) => c.kind === kind).length;
  const shown = result.problems.filter((p) => p.severity !== 'info' || p.code === 'amendment.no-change');
  if (json)
    io.out(
      JSON.stringify(
        {
          name: result.amendment.name,
          date,
          base: baseName,
          read: result.read,
          statusChanges: count('status'),
          amountChanges: count('amounts'),
          added: count('add'),
          saved: save,
          problems: result.problems,
        },
        null,
        2,
      ),
    );
  else
    io.out(
      [
        `Læst ${result.read} forslag fra '${fileName}' som '${result.amendment.name}' oven på ${baseName === null ? 'arbejdsversionen' : `versionen '${baseName}'`}.`,
        `  Ændret status: ${count('status')}`,
        `  Ændrede beløb: ${count('amounts')}`,
        `  Nye forslag: ${count('add')}`,
        ...warningLines(shown),
        '',
        save ? `Ændringsforslaget er gemt i projektet: ${path}` : 'Projektet er ikke ændret.',
      ].join('\n'),
    );
  if (nothing) {
    io.err('Der blev ikke fundet nogen forslag i projektmappen. Projektet er ikke ændret.');
    return EXIT_UNREADABLE;
  }
  if (failed) {
    io.err('Nogle ark kunne ikke læses (se fejlene ovenfor). Projektet er ikke ændret.');
    return EXIT_UNREADABLE;
  }
  return EXIT_OK;
}

export const amendmentCommand: Command = {
  name: 'amendment',
  summary:
    'Indlæser et ændringsforslag fra en projektmappe i forslagslistens format (kendte numre er ændringer, nye numre nye forslag), sammenligner ændringsforslagene pr. år, vedtager, omdøber eller sletter et.',
  usage:
    'raaderum amendment PROJEKT PROJEKTMAPPE --name NAVN [--base VERSION] [--date ÅÅÅÅ-MM-DD] [--savings-positive] [--json]\n' +
    '  raaderum amendment PROJEKT --compare [--json]\n' +
    '  raaderum amendment PROJEKT --adopt NAVN [--json]\n' +
    '  raaderum amendment PROJEKT --rename NAVN --to NYT [--json]\n' +
    '  raaderum amendment PROJEKT --delete NAVN [--json]',
  run,
};
