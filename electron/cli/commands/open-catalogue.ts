import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FieldChange, OpenedCatalogue } from '../../../shared/catalogue/index.ts';
import {
  KATEGORI_LABEL,
  PROPOSAL_FIELD_LABEL,
  STATUS_LABEL,
  VEJ_LABEL,
} from '../../../shared/model/labels.ts';
import { formatThousands } from '../../../shared/numbers/index.ts';
import { describeLocation, type Problem } from '../../../shared/model/problem.ts';
import { krToThousands } from '../../../shared/model/money.ts';
import { writeProjectFile } from '../../node/project-file.ts';
import { parseArgs, refuseSourceAsOutput } from '../args.ts';
import { EXIT_OK, UsageError, type Command, type CommandIo } from '../io.ts';

export interface OpenCatalogueArgs {
  catalogue: string;
  output: string;
  json: boolean;
}

export function parseOpenCatalogueArgs(argv: readonly string[]): OpenCatalogueArgs {
  const args = parseArgs(argv, { '-o': 'value', '--output': 'value', '--json': 'flag' });
  const [catalogue, ...rest] = args.positional;
  if (!catalogue || rest.length > 0) throw new UsageError('Angiv netop ét katalog (.xlsx).');
  const output = args.value('-o') ?? args.value('--output');
  if (!output) throw new UsageError('Angiv hvor projektet skal gemmes med -o PROJEKT.raaderum.');
  return { catalogue, output, json: args.flag('--json') };
}

/** The word for a changed field: the proposal field's own label (an amount change is the field "amounts"). */
const fieldWord = (field: FieldChange['field']): string =>
  PROPOSAL_FIELD_LABEL[field === 'amount' ? 'amounts' : field];

function shown(change: FieldChange, value: string | number | null): string {
  if (value === null || value === '') return '(tom)';
  if ((change.field === 'amount' || change.field === 'income') && typeof value === 'number')
    return `${formatThousands(value, 1)} (1.000 kr.)`;
  if (change.field === 'vej') return VEJ_LABEL[value as keyof typeof VEJ_LABEL] ?? String(value);
  if (change.field === 'kategori')
    return KATEGORI_LABEL[value as keyof typeof KATEGORI_LABEL] ?? String(value);
  if (change.field === 'status') return STATUS_LABEL[value as keyof typeof STATUS_LABEL] ?? String(value);
  const text = String(value);
  return text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`;
}

function problemLine(p: Problem): string {
  const where = describeLocation(p);
  return `  ${p.severity === 'error' ? 'Fejl' : p.severity === 'warning' ? 'Advarsel' : 'Bemærk'}${where ? ` (${where})` : ''}: ${p.message}`;
}

function summary(opened: OpenedCatalogue, args: OpenCatalogueArgs): string {
  const lines = [
    `Åbnet katalog: ${args.catalogue} (${opened.project.proposals.length} forslag i projektet).`,
  ];
  if (opened.changes.length === 0 && opened.added.length === 0)
    lines.push('Ingen ændringer i arket Forslag.');
  for (const c of opened.changes) {
    lines.push(`Forslag ${c.id}:`);
    for (const change of c.changes)
      lines.push(
        `  ${fieldWord(change.field)}${change.year !== undefined ? ` ${change.year}` : ''} (${change.cell}): ${shown(change, change.before)} → ${shown(change, change.after)}`,
      );
  }
  for (const p of opened.added) lines.push(`Nyt forslag tilføjet i Excel: ${p.id} ${p.title}`.trimEnd());
  if (opened.problems.length > 0)
    lines.push('', `Bemærkninger (${opened.problems.length}):`, ...opened.problems.map(problemLine));
  lines.push('', `Projektet er gemt: ${args.output}`);
  return lines.join('\n');
}

/** JSON for scripts: amounts in 1.000 kr., like every other CLI output. */
function jsonReport(opened: OpenedCatalogue, args: OpenCatalogueArgs): string {
  const value = (change: FieldChange, v: string | number | null): string | number | null =>
    (change.field === 'amount' || change.field === 'income') && typeof v === 'number' ? krToThousands(v) : v;
  return JSON.stringify(
    {
      catalogue: args.catalogue,
      project: args.output,
      proposals: opened.project.proposals.length,
      changes: opened.changes.map((c) => ({
        id: c.id,
        changes: c.changes.map((change) => ({
          ...change,
          before: value(change, change.before),
          after: value(change, change.after),
        })),
      })),
      added: opened.added.map((p) => p.id),
      problems: opened.problems,
      saved: true,
    },
    null,
    2,
  );
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const args = parseOpenCatalogueArgs(argv);
  await refuseSourceAsOutput('-o', args.output, [args.catalogue]);
  const raw = await readFile(args.catalogue);
  // Loaded here, not at start-up: the catalogue brings exceljs, which no other command needs.
  const { openCatalogue } = await import('../../../shared/catalogue/index.ts');
  const opened = await openCatalogue(
    new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength),
    basename(args.catalogue),
  );
  await writeProjectFile(args.output, opened.project);
  io.out(args.json ? jsonReport(opened, args) : summary(opened, args));
  return EXIT_OK;
}

export const openCatalogueCommand: Command = {
  name: 'open-catalogue',
  summary: 'Åbner et eksporteret katalog som projekt og viser de ændringer, der er lavet i Excel.',
  usage: 'raaderum open-catalogue KATALOG.xlsx -o PROJEKT.raaderum [--json]',
  run,
};
