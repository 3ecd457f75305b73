import {
  deleteVersion,
  listVersions,
  renameVersion,
  requireVersion,
  takeVersion,
} from '../../../shared/season/index.ts';
import { readProjectFile, writeProjectFile } from '../../node/project-file.ts';
import { currentUserName } from '../../node/user-name.ts';
import { parseArgs, projectPathArgument, type ParsedArgs } from '../args.ts';
import { EXIT_OK, UsageError, type Command, type CommandIo } from '../io.ts';
import { checkRenameArgs, seasonUsage } from '../season.ts';

/** "05.12.2026 12:51" in the machine's time zone; the stored text when it is not a date. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `--rename NAVN --to NYT` or `--delete NAVN`: the version renamed or deleted, the project saved. */
async function renameOrDelete(path: string, args: ParsedArgs, io: CommandIo): Promise<number> {
  const rename = args.value('--rename');
  const to = args.value('--to');
  const project = await readProjectFile(path);
  if (rename !== undefined && to !== undefined) {
    const old = seasonUsage(() => requireVersion(project, rename)).name;
    const next = seasonUsage(() => renameVersion(project, old, to));
    if (next !== project) await writeProjectFile(path, next);
    const name = to.trim();
    const moved = next.amendments.filter((a, i) => a.base !== project.amendments[i]?.base).length;
    io.out(
      args.flag('--json')
        ? JSON.stringify({ renamed: old, to: name, amendments: moved, saved: next !== project }, null, 2)
        : next === project
          ? `Versionen hedder allerede '${name}'. Projektet er ikke ændret.`
          : `Versionen '${old}' hedder nu '${name}'${moved > 0 ? ` (${moved} ændringsforslag bygger på den og følger med)` : ''}. Projektet er gemt: ${path}`,
    );
    return EXIT_OK;
  }
  const name = seasonUsage(() => requireVersion(project, args.value('--delete') ?? '')).name;
  const next = seasonUsage(() => deleteVersion(project, name));
  await writeProjectFile(path, next);
  io.out(
    args.flag('--json')
      ? JSON.stringify({ deleted: name, versions: next.versions.length, saved: true }, null, 2)
      : `Versionen '${name}' er slettet. Forslagene i arbejdsversionen er uændrede. Projektet er gemt: ${path}`,
  );
  return EXIT_OK;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, {
    '--name': 'value',
    '--list': 'flag',
    '--rename': 'value',
    '--to': 'value',
    '--delete': 'value',
    '--json': 'flag',
  });
  const path = projectPathArgument(args);
  const name = args.value('--name');
  const list = args.flag('--list');
  const modes = [
    name !== undefined,
    list,
    args.value('--rename') !== undefined,
    args.value('--delete') !== undefined,
  ];
  if (modes.filter(Boolean).length !== 1)
    throw new UsageError(
      'Angiv én af: --name NAVN (gem en version), --list (se dem), --rename NAVN --to NYT eller --delete NAVN.',
    );
  checkRenameArgs(args, '--rename "1. behandlig" --to "1. behandling"');
  if (!list && name === undefined) return renameOrDelete(path, args, io);
  const project = await readProjectFile(path);

  if (list) {
    const versions = listVersions(project);
    if (args.flag('--json')) {
      io.out(
        JSON.stringify(
          versions.map((v) => ({ name: v.name, createdAt: v.createdAt, proposalCount: v.proposalCount })),
          null,
          2,
        ),
      );
    } else if (versions.length === 0) {
      io.out(`Projektet har ingen versioner endnu. Gem en med 'raaderum version ${path} --name NAVN'.`);
    } else {
      const width = Math.max(...versions.map((v) => v.name.length));
      io.out(
        [
          `${versions.length} ${versions.length === 1 ? 'version' : 'versioner'}:`,
          ...versions.map(
            (v) =>
              `  ${v.name.padEnd(width)}  ${localTime(v.createdAt)}  ${v.createdBy}  ${v.proposalCount} forslag`,
          ),
        ].join('\n'),
      );
    }
    return EXIT_OK;
  }

  const next = seasonUsage(() =>
    takeVersion(project, name ?? '', { who: currentUserName(), when: new Date().toISOString() }),
  );
  await writeProjectFile(path, next);
  const version = next.versions.at(-1);
  const summary = {
    name: version?.name ?? '',
    createdAt: version?.createdAt ?? '',
    proposalCount: version?.proposals.length ?? 0,
  };
  io.out(
    args.flag('--json')
      ? JSON.stringify(summary, null, 2)
      : `Versionen '${summary.name}' er gemt med ${summary.proposalCount} forslag: ${path}`,
  );
  return EXIT_OK;
}

export const versionCommand: Command = {
  name: 'version',
  summary:
    'Gemmer en navngiven version af forslag og mål (fx "1. behandling") i projektet, viser versionerne, omdøber eller sletter en (ikke en, som et ændringsforslag bygger på).',
  usage:
    'raaderum version PROJEKT --name NAVN [--json]\n' +
    '  raaderum version PROJEKT --list [--json]\n' +
    '  raaderum version PROJEKT --rename NAVN --to NYT [--json]\n' +
    '  raaderum version PROJEKT --delete NAVN [--json]',
  run,
};
