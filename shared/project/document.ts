import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { Budget } from '../model/budget.ts';
import { ReadError } from '../model/problem.ts';
import type { Project, ProjectSettings } from '../model/project.ts';
import { STATUSES } from '../model/proposal.ts';
import { decodeLines, encodeLines } from './columnar.ts';
import { migrations } from './migrations.ts';
import { CURRENT_VERSION, FORMAT, projectFileSchema, type ProjectFile } from './schema.ts';

/** The file extension of a Råderum project. */
export const PROJECT_EXTENSION = '.raaderum';

/** Files above this size are gzipped: below it compression saves little and costs a little time. */
export const GZIP_THRESHOLD_BYTES = 256 * 1024;

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

/** Statuses counted in totals in a new project: everything except proposals the council has rejected. */
export const DEFAULT_COUNTED_STATUSES = STATUSES.filter((s) => s !== 'fravalgt');

/**
 * A new project. Plan years come from `settings.years`, else the budget's years, else the budget year and
 * the three overslagsår; the budget year defaults to the first plan year and the price year to the budget year.
 */
export function createProject(
  settings: Partial<ProjectSettings> = {},
  budget: Budget | null = null,
): Project {
  const budgetYear =
    settings.budgetYear ?? settings.years?.[0] ?? budget?.years[0] ?? new Date().getFullYear() + 1;
  const years =
    settings.years ??
    (budget && budget.years.length > 0 ? [...budget.years] : [0, 1, 2, 3].map((k) => budgetYear + k));
  return {
    settings: {
      municipality: settings.municipality ?? '',
      budgetYear,
      years: [...years],
      priceYear: settings.priceYear ?? budgetYear,
      signDisplay: settings.signDisplay ?? 'negativeIsSaving',
    },
    budget,
    proposals: [],
    targets: [],
    catalogues: [],
    priceIndex: [],
    countedStatuses: [...DEFAULT_COUNTED_STATUSES],
  };
}

export interface SerializeOptions {
  /** Force or forbid gzip; by default only files over `GZIP_THRESHOLD_BYTES` are compressed. */
  gzip?: boolean;
  /** Written as `savedBy` for support. */
  savedBy?: string;
  /** A faster gzip where the host has one (Node's zlib); the default is fflate, which runs everywhere. */
  compress?: (data: Uint8Array) => Uint8Array;
}

export interface ParseOptions {
  /** A faster gunzip where the host has one (Node's zlib); the default is fflate. */
  decompress?: (data: Uint8Array) => Uint8Array;
}

/** The project as `.raaderum` bytes: versioned JSON, budget lines columnar, gzipped when large. */
export function serializeProject(project: Project, options: SerializeOptions = {}): Uint8Array {
  const file: ProjectFile = {
    format: FORMAT,
    version: CURRENT_VERSION,
    savedBy: options.savedBy ?? 'Råderum',
    settings: project.settings,
    budget: project.budget
      ? {
          sourceName: project.budget.sourceName,
          years: project.budget.years,
          mapping: project.budget.mapping,
          report: project.budget.report,
          lines: encodeLines(project.budget.lines, project.budget.years.length),
        }
      : null,
    proposals: project.proposals,
    targets: project.targets,
    catalogues: project.catalogues,
    priceIndex: project.priceIndex,
    countedStatuses: project.countedStatuses,
  };
  const bytes = strToU8(JSON.stringify(file));
  const gzip = options.gzip ?? bytes.length > GZIP_THRESHOLD_BYTES;
  if (!gzip) return bytes;
  return options.compress ? options.compress(bytes) : gzipSync(bytes, { level: 1, mtime: 0 });
}

function fail(code: string, message: string, fileName: string | undefined): never {
  throw new ReadError({ code, severity: 'error', message, ...(fileName ? { file: fileName } : {}) });
}

function quoted(fileName: string | undefined): string {
  return fileName ? `'${fileName}'` : 'Filen';
}

function damaged(fileName: string | undefined, detail: string): never {
  return fail(
    'project.damaged',
    `Projektfilen ${quoted(fileName)} er beskadiget og kan ikke åbnes (${detail}). Intet er ændret. Prøv sikkerhedskopien med endelsen .bak i samme mappe.`,
    fileName,
  );
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * Reads `.raaderum` bytes (plain or gzipped JSON), migrates older versions and validates every field.
 * Throws `ReadError` with a stable code and a Danish message: `project.empty`, `project.not-a-project`,
 * `project.damaged`, `project.newer-version`. Pure: a failure changes nothing anywhere.
 */
export function parseProject(bytes: Uint8Array, fileName?: string, options: ParseOptions = {}): Project {
  if (bytes.length === 0)
    fail(
      'project.empty',
      `${fileName ? `Projektfilen '${fileName}'` : 'Projektfilen'} er tom og kan ikke åbnes. Intet er ændret.`,
      fileName,
    );
  let data = bytes;
  if (bytes[0] === GZIP_MAGIC_0 && bytes[1] === GZIP_MAGIC_1) {
    try {
      data = options.decompress ? options.decompress(bytes) : gunzipSync(bytes);
    } catch {
      damaged(fileName, 'den komprimerede fil er ufuldstændig');
    }
  } else if (isZip(bytes)) {
    fail(
      'project.not-a-project',
      `${quoted(fileName)} er en projektmappe (fx fra Excel), ikke et Råderum-projekt. Et budget eller forslag indlæses med Importér.`,
      fileName,
    );
  }
  let text: string;
  try {
    text = strFromU8(data);
  } catch {
    if (data !== bytes) damaged(fileName, 'ugyldige tegn');
    return fail('project.not-a-project', `${quoted(fileName)} er ikke et Råderum-projekt.`, fileName);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (text.trimStart().startsWith('{') && text.includes(`"${FORMAT}"`))
      damaged(fileName, 'filen er afbrudt eller ændret');
    return fail('project.not-a-project', `${quoted(fileName)} er ikke et Råderum-projekt.`, fileName);
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    (json as { format?: unknown }).format !== FORMAT
  )
    fail('project.not-a-project', `${quoted(fileName)} er ikke et Råderum-projekt.`, fileName);
  let doc = json as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    damaged(fileName, 'ukendt filversion');
  if (version > CURRENT_VERSION)
    fail(
      'project.newer-version',
      `Projektet ${quoted(fileName)} er lavet af en nyere Råderum (filformat ${version}; denne version læser op til ${CURRENT_VERSION}). Opdatér Råderum for at åbne det. Intet er ændret.`,
      fileName,
    );
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = migrations[v];
    if (!step) damaged(fileName, `filversion ${v} kan ikke opgraderes`);
    try {
      doc = step(doc);
    } catch {
      damaged(fileName, `filversion ${v} kunne ikke opgraderes`);
    }
  }
  const parsed = projectFileSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    damaged(fileName, `fejl i ${issue ? issue.path.join('.') || 'filen' : 'filen'}`);
  }
  const file = parsed.data;
  const yearCount = file.settings.years.length;
  file.proposals.forEach((p, i) => {
    if (p.amounts.length !== yearCount || p.income.length !== yearCount || p.fte.length !== yearCount)
      damaged(fileName, `forslag ${i + 1} (${p.id}) har ikke ét beløb pr. år`);
  });
  file.targets.forEach((t) => {
    if (t.rule.kind === 'amount' && t.rule.amounts.length !== yearCount)
      damaged(fileName, `målet '${t.name}' har ikke ét beløb pr. år`);
  });
  let budget: Budget | null = null;
  if (file.budget) {
    const lines = decodeLines(file.budget.lines, file.budget.years.length);
    if (typeof lines === 'string') damaged(fileName, `fejl i ${lines}`);
    budget = {
      sourceName: file.budget.sourceName,
      years: file.budget.years,
      mapping: file.budget.mapping,
      report: file.budget.report,
      lines,
    };
  }
  return {
    settings: file.settings,
    budget,
    proposals: file.proposals,
    targets: file.targets,
    catalogues: file.catalogues,
    priceIndex: file.priceIndex,
    countedStatuses: file.countedStatuses,
  };
}
