import { listVersions, takeVersion } from '../../../shared/season/index.ts';
import { readProjectFile, writeProjectFile } from '../../node/project-file.ts';
import { currentUserName } from '../../node/user-name.ts';
import { parseArgs, projectPathArgument } from '../args.ts';
import { EXIT_OK, UsageError, type Command, type CommandIo } from '../io.ts';
import { seasonUsage } from '../season.ts';

/** "05.12.2026 12:51" in the machine's time zone; the stored text when it is not a date. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, { '--name': 'value', '--list': 'flag', '--json': 'flag' });
  const path = projectPathArgument(args);
  const name = args.value('--name');
  const list = args.flag('--list');
  if (name !== undefined && list) throw new UsageError('Brug enten --name NAVN eller --list, ikke begge.');
  if (name === undefined && !list)
    throw new UsageError('Angiv --name NAVN for at gemme en version, eller --list for at se dem.');
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
    'Gemmer en navngiven version af forslag og mål (fx "1. behandling") i projektet, eller viser versionerne.',
  usage: 'raaderum version PROJEKT --name NAVN [--json]\n  raaderum version PROJEKT --list [--json]',
  run,
};
