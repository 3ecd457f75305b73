import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CatalogueOptions } from '../../../shared/catalogue/index.ts';
import { parseStatus } from '../../../shared/catalogue/values.ts';
import type { Status } from '../../../shared/model/proposal.ts';
import { writeFileAtomic } from '../../node/atomic-file.ts';
import { readProjectFile } from '../../node/project-file.ts';
import { parseArgs, refuseSourceAsOutput } from '../args.ts';
import { EXIT_OK, UsageError, type Command, type CommandIo } from '../io.ts';
import { requireVersion } from '../../../shared/season/index.ts';
import { seasonUsage } from '../season.ts';

/** Above this many proposals the form sheets make the workbook slow to open; the user is told so. */
const MANY_PROPOSALS = 200;

export interface ExportArgs {
  project: string;
  output: string;
  statuses: Status[];
  catalogue?: string;
  savingsPositive: boolean;
  proposalSheets: boolean;
  into?: string;
  allowLoss: boolean;
  /** A saved version: the catalogue gets the sheet "Ændringer siden <version>". */
  since?: string;
}

export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const args = parseArgs(argv, {
    '-o': 'value',
    '--output': 'value',
    '--status': 'repeat',
    '--catalogue': 'value',
    '--into': 'value',
    '--savings-positive': 'flag',
    '--no-proposal-sheets': 'flag',
    '--allow-loss': 'flag',
    '--since': 'value',
  });
  const statuses: Status[] = [];
  for (const text of args.list('--status')) {
    const status = parseStatus(text);
    if (!status)
      throw new UsageError(`Ukendt status '${text}'. Brug forslag, prioriteret, fravalgt eller tilModning.`);
    if (!statuses.includes(status)) statuses.push(status);
  }
  const [project, ...rest] = args.positional;
  if (!project || rest.length > 0) throw new UsageError('Angiv netop ét projekt (.raaderum).');
  const output = args.value('-o') ?? args.value('--output');
  if (!output) throw new UsageError('Angiv hvor kataloget skal gemmes med -o KATALOG.xlsx.');
  if (!/\.xlsx$/i.test(output))
    throw new UsageError('Kataloget gemmes som Excel-projektmappe: -o skal ende på .xlsx.');
  const into = args.value('--into');
  const allowLoss = args.flag('--allow-loss');
  if (allowLoss && !into) throw new UsageError('--allow-loss bruges kun sammen med --into.');
  return {
    project,
    output,
    statuses,
    catalogue: args.value('--catalogue'),
    savingsPositive: args.flag('--savings-positive'),
    proposalSheets: !args.flag('--no-proposal-sheets'),
    into,
    allowLoss,
    since: args.value('--since'),
  };
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseExportArgs(argv);
  await refuseSourceAsOutput('-o', args.output, [args.project, args.into]);
  const project = await readProjectFile(args.project);
  const options: CatalogueOptions = {
    statuses: args.statuses.length > 0 ? args.statuses : undefined,
    catalogue: args.catalogue,
    savingsPositive: args.savingsPositive || undefined,
    proposalSheets: args.proposalSheets,
    // Checked here, so an unknown name is a usage error before anything is built.
    ...(args.since !== undefined
      ? { since: seasonUsage(() => requireVersion(project, args.since ?? '')).name }
      : {}),
  };
  // Loaded here, not at start-up: the catalogue brings exceljs, which no other command needs.
  const { buildCatalogue, buildCatalogueInto, detectLoss, selectProposals } =
    await import('../../../shared/catalogue/index.ts');
  const selected = selectProposals(project, options);
  if (selected.length === 0)
    io.err('Advarsel: ingen forslag matcher de valgte statusser og det valgte katalog.');
  if (args.proposalSheets && selected.length > MANY_PROPOSALS)
    io.err(
      `Bemærk: ${selected.length} forslag giver ${selected.length} forslagsark, som gør projektmappen langsom at åbne. Brug --no-proposal-sheets for at udelade dem.`,
    );
  let bytes: Uint8Array;
  if (args.into) {
    const raw = await readFile(args.into);
    const source = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
    const name = basename(args.into);
    bytes = await buildCatalogueInto(source, project, {
      ...options,
      allowLoss: args.allowLoss,
      sourceName: name,
    });
    if (args.allowLoss)
      for (const p of (await detectLoss(source, name)).problems) io.err(`Advarsel: ${p.message}`);
  } else {
    bytes = await buildCatalogue(project, options);
  }
  await writeFileAtomic(args.output, bytes);
  io.out(`Kataloget er gemt: ${args.output} (${selected.length} forslag).`);
  return EXIT_OK;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Eksporterer prioriteringskataloget som Excel-projektmappe (evt. ind i en kopi af en kildefil).',
  usage:
    'raaderum export PROJEKT -o KATALOG.xlsx [--status S]... [--catalogue NAVN] [--savings-positive] [--no-proposal-sheets] [--into KILDE.xlsx] [--allow-loss] [--since VERSION]',
  run,
};
