import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeLocation, type Problem } from '../../../shared/model/problem.ts';
import {
  importProposals,
  type DuplicatePolicy,
  type ProposalImportResult,
} from '../../../shared/proposals/index.ts';
import { openWorkbook } from '../../../shared/workbook/index.ts';
import { recordProjectChange } from '../../../shared/season/index.ts';
import { readProjectFile, writeProjectFile } from '../../node/project-file.ts';
import { currentUserName } from '../../node/user-name.ts';
import { parseArgs, refuseSourceAsOutput } from '../args.ts';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Command, type CommandIo } from '../io.ts';

const POLICIES: readonly DuplicatePolicy[] = ['rename', 'skip', 'replace'];

interface AddProposalsArgs {
  project: string;
  workbooks: string[];
  onDuplicate: DuplicatePolicy;
  savingsPositive: boolean;
  json: boolean;
}

export function parseAddProposalsArgs(argv: readonly string[]): AddProposalsArgs {
  const args = parseArgs(argv, {
    '--on-duplicate': 'value',
    '--savings-positive': 'flag',
    '--json': 'flag',
  });
  const policyText = args.value('--on-duplicate');
  const onDuplicate = policyText === undefined ? 'rename' : POLICIES.find((p) => p === policyText);
  if (!onDuplicate)
    throw new UsageError(`--on-duplicate skal være rename, skip eller replace (fik '${policyText ?? ''}').`);
  const [project, ...workbooks] = args.positional;
  if (!project || workbooks.length === 0) {
    throw new UsageError('Angiv et projekt (.raaderum) og mindst én projektmappe med forslag.');
  }
  return {
    project,
    workbooks,
    onDuplicate,
    savingsPositive: args.flag('--savings-positive'),
    json: args.flag('--json'),
  };
}

const SEVERITY_WORD: Record<Problem['severity'], string> = {
  error: 'Fejl',
  warning: 'Advarsel',
  info: 'Bemærk',
};

function problemLine(p: Problem): string {
  const where = describeLocation(p);
  return `  ${SEVERITY_WORD[p.severity]}${where ? ` (${where})` : ''}: ${p.message}`;
}

function summary(result: ProposalImportResult, args: AddProposalsArgs, saved: boolean): string {
  const lines: string[] = [];
  const files = args.workbooks.length === 1 ? '1 fil' : `${args.workbooks.length} filer`;
  lines.push(`Læst ${result.imported.length} forslag fra ${files}.`);
  lines.push(`  Tilføjet: ${result.added}${result.renamed > 0 ? ` (heraf ${result.renamed} omdøbt)` : ''}`);
  if (result.replaced > 0) lines.push(`  Erstattet: ${result.replaced}`);
  if (result.skipped > 0) lines.push(`  Sprunget over (nummeret findes allerede): ${result.skipped}`);
  if (result.identical > 0)
    lines.push(`  Identiske med et forslag, der allerede er med (ikke tilføjet igen): ${result.identical}`);
  for (const s of result.sheets.filter((x) => x.savingsFlipped)) {
    lines.push(
      `  Fortegn vendt på beløb og årsværk (besparelser var positive): filen '${s.file}', arket '${s.sheet}'`,
    );
  }
  lines.push(`  Forslag i projektet nu: ${result.proposals.length}`);
  // One "identical" note per proposal would drown the rest; the count above says it.
  const shown = result.problems.filter((p) => p.code !== 'proposal_identical');
  if (shown.length > 0) {
    lines.push('', `Bemærkninger (${shown.length}):`, ...shown.map(problemLine));
  }
  lines.push('', saved ? `Projektet er gemt: ${args.project}` : 'Projektet er ikke ændret.');
  return lines.join('\n');
}

function jsonReport(result: ProposalImportResult, args: AddProposalsArgs, saved: boolean): string {
  return JSON.stringify(
    {
      project: args.project,
      files: args.workbooks,
      read: result.imported.length,
      added: result.added,
      renamed: result.renamed,
      skipped: result.skipped,
      replaced: result.replaced,
      identical: result.identical,
      proposals: result.proposals.length,
      saved,
      sheets: result.sheets,
      problems: result.problems,
    },
    null,
    2,
  );
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseAddProposalsArgs(argv);
  await refuseSourceAsOutput('PROJEKT', args.project, args.workbooks);
  const project = await readProjectFile(args.project);
  const files = [];
  for (const path of args.workbooks) {
    const bytes = await readFile(path);
    const name = basename(path);
    files.push({
      name,
      file: await openWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name),
    });
  }
  const result = await importProposals(files, {
    years: project.settings.years,
    existing: project.proposals,
    onDuplicate: args.onDuplicate,
    savingsPositive: args.savingsPositive,
    committees: [...new Set((project.budget?.lines ?? []).map((line) => line.committee))],
  });

  const failed = result.problems.some((p) => p.severity === 'error');
  const nothingRead = result.imported.length === 0;
  const changed = result.added + result.replaced > 0;
  const save = !failed && !nothingRead && changed;
  if (save)
    await writeProjectFile(
      args.project,
      // One change log entry for the import, naming the files.
      recordProjectChange(
        project,
        { ...project, proposals: result.proposals },
        {
          who: currentUserName(),
          when: new Date().toISOString(),
          source: { kind: 'import', files: args.workbooks.map((w) => basename(w)) },
        },
      ),
    );

  io.out(args.json ? jsonReport(result, args, save) : summary(result, args, save));
  if (nothingRead) {
    io.err('Der blev ikke fundet nogen forslag i filerne. Projektet er ikke ændret.');
    return EXIT_UNREADABLE;
  }
  if (failed) {
    io.err('Nogle ark kunne ikke læses (se fejlene ovenfor). Projektet er ikke ændret.');
    return EXIT_UNREADABLE;
  }
  return EXIT_OK;
}

export const addProposalsCommand: Command = {
  name: 'add-proposals',
  summary: 'Indlæser forslag fra afdelingernes regneark (liste eller skemaer) i et projekt.',
  usage:
    'raaderum add-proposals PROJEKT PROJEKTMAPPE... [--on-duplicate rename|skip|replace] [--savings-positive] [--json]',
  run,
};
