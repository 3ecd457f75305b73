import { Gunzip, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { Budget } from '../model/budget.ts';
import { ReadError, SaveError } from '../model/problem.ts';
import type { Project, ProjectSettings } from '../model/project.ts';
import { STATUSES } from '../model/proposal.ts';
import { decodeLines, encodeLines } from './columnar.ts';
import { MAX_PROJECT_BYTES } from './limits.ts';
import { migrations } from './migrations.ts';
import { decodeVersions, encodeVersions } from './season-file.ts';
import { CURRENT_VERSION, FORMAT, projectFileSchema, type ProjectFileOut } from './schema.ts';
import { describeIssue, misalignedYears, unsaveableReason } from './validate.ts';

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
    versions: [],
    changeLog: [],
    amendments: [],
  };
}

export interface SerializeOptions {
  /** Force or forbid gzip; by default only files over `GZIP_THRESHOLD_BYTES` are compressed. */
  gzip?: boolean;
  /** Written as `savedBy` for support. */
  savedBy?: string;
  /** A faster gzip where the host has one (Node's zlib); the default is fflate, which runs everywhere. */
  compress?: (data: Uint8Array) => Uint8Array;
  /** Called as each stage ends, for the benchmark's breakdown of where the time goes. */
  mark?: (stage: SaveStage) => void;
}

/** The stages of a save, in order: columns and pool, the loader's checks, JSON text, UTF-8 bytes, gzip. */
export type SaveStage = 'encode' | 'check' | 'stringify' | 'utf8' | 'compress';
/** The stages of a load, in order: gunzip, UTF-8 text, JSON, migrations, schema and limits, lines and versions. */
export type LoadStage = 'decompress' | 'utf8' | 'parse' | 'migrate' | 'check' | 'decode';

export interface ParseOptions {
  /**
   * A faster gunzip where the host has one (Node's zlib); the default is fflate. It must stop as soon as the
   * output passes `maxBytes` and then return null; damaged input throws.
   */
  decompress?: (data: Uint8Array, maxBytes: number) => Uint8Array | null;
  /**
   * The gzipped file already unpacked by the host (e.g. the browser's own DecompressionStream, which is
   * asynchronous), under the same `MAX_PROJECT_BYTES` cap; null when it went past the cap. Used instead of
   * `decompress`; everything after unpacking is checked and reported exactly as otherwise.
   */
  inflated?: Uint8Array | null;
  /** Called as each stage ends, for the benchmark's breakdown of where the time goes. */
  mark?: (stage: LoadStage) => void;
}

/** Input is fed to the inflater in slices this size, so a bomb overshoots the cap by at most ~1000× a slice. */
const GUNZIP_SLICE = 64 * 1024;

/**
 * Gunzip that stops as soon as the inflated size passes `maxBytes` (null then): a gzip bomb costs at most
 * `maxBytes` plus one slice's output, never its full size. Throws on damaged data.
 */
export function gunzipCapped(data: Uint8Array, maxBytes: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  let ended = false;
  const gunzip = new Gunzip((chunk, final) => {
    size += chunk.length;
    if (size > maxBytes) tooLarge = true;
    else chunks.push(chunk);
    if (final) ended = true;
  });
  for (let offset = 0; offset < data.length && !tooLarge; offset += GUNZIP_SLICE) {
    const end = Math.min(offset + GUNZIP_SLICE, data.length);
    gunzip.push(data.subarray(offset, end), end === data.length);
  }
  if (tooLarge) return null;
  if (!ended) throw new Error('ufuldstændig gzip');
  return joinChunks(chunks, size);
}

/** The chunks of an unpacked stream as one array of `size` bytes (their summed length). */
export function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** `project.too-large`: the file, or what it unpacks to, is beyond `MAX_PROJECT_BYTES`. */
export function projectTooLargeError(fileName: string | undefined, packed: boolean): ReadError {
  const mb = Math.round(MAX_PROJECT_BYTES / 1024 / 1024);
  return new ReadError({
    code: 'project.too-large',
    severity: 'error',
    message: packed
      ? `Projektfilen ${quoted(fileName)} pakkes ud til mere end ${mb} MB (mulig zip-bombe) og bliver ikke åbnet. Intet er ændret.`
      : `Projektfilen ${quoted(fileName)} er større end ${mb} MB og kan ikke være et Råderum-projekt. Intet er ændret.`,
    ...(fileName ? { file: fileName } : {}),
  });
}

function projectTooLarge(fileName: string | undefined, packed: boolean): never {
  throw projectTooLargeError(fileName, packed);
}

/**
 * The project as `.raaderum` bytes: versioned JSON, budget lines columnar, gzipped when large. Throws
 * `SaveError` (`project.unsaveable`, a Danish sentence) before producing anything when the project holds a
 * value the loader would refuse, e.g. an amount beyond 1.000 mia. kr. or a target of 1e308 %.
 */
export function serializeProject(project: Project, options: SerializeOptions = {}): Uint8Array {
  const file: ProjectFileOut = {
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
    ...encodeVersions(project.versions),
    changeLog: project.changeLog,
    amendments: project.amendments,
  };
  const mark = options.mark ?? noMark;
  mark('encode');
  const reason = unsaveableReason(project, file);
  if (reason)
    unsaveable(
      `Projektet kan ikke gemmes: ${reason.replace(/\.$/, '')}. Ret værdien og gem igen. Intet er gemt.`,
    );
  mark('check');
  const text = JSON.stringify(file);
  mark('stringify');
  const bytes = strToU8(text);
  mark('utf8');
  if (bytes.length > MAX_PROJECT_BYTES)
    unsaveable(
      `Projektet kan ikke gemmes: det fylder mere end ${Math.round(MAX_PROJECT_BYTES / 1024 / 1024)} MB. Intet er gemt.`,
    );
  const gzip = options.gzip ?? bytes.length > GZIP_THRESHOLD_BYTES;
  if (!gzip) return bytes;
  const packed = options.compress ? options.compress(bytes) : gzipSync(bytes, { level: 1, mtime: 0 });
  mark('compress');
  return packed;
}

function noMark(): void {}

function unsaveable(message: string): never {
  throw new SaveError({ code: 'project.unsaveable', severity: 'error', message });
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

/** Gzip's magic bytes: a project large enough to be compressed. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC_0 && bytes[1] === GZIP_MAGIC_1;
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
  if (bytes.length > MAX_PROJECT_BYTES) projectTooLarge(fileName, false);
  const mark = options.mark ?? noMark;
  let data = bytes;
  if (isGzip(bytes)) {
    let inflated: Uint8Array | null = null;
    try {
      inflated =
        options.inflated !== undefined
          ? options.inflated
          : (options.decompress ?? gunzipCapped)(bytes, MAX_PROJECT_BYTES);
    } catch {
      damaged(fileName, 'den komprimerede fil er ufuldstændig');
    }
    if (!inflated || inflated.length > MAX_PROJECT_BYTES) projectTooLarge(fileName, true);
    data = inflated;
  } else if (isZip(bytes)) {
    fail(
      'project.not-a-project',
      `${quoted(fileName)} er en projektmappe (fx fra Excel), ikke et Råderum-projekt. Et budget eller forslag indlæses med Importér.`,
      fileName,
    );
  }
  mark('decompress');
  let text: string;
  try {
    text = strFromU8(data);
  } catch {
    if (data !== bytes) damaged(fileName, 'ugyldige tegn');
    return fail('project.not-a-project', `${quoted(fileName)} er ikke et Råderum-projekt.`, fileName);
  }
  mark('utf8');
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
  mark('parse');
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
  mark('migrate');
  const parsed = projectFileSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    damaged(fileName, issue ? describeIssue(doc, issue) : 'fejl i filen');
  }
  const file = parsed.data;
  const misaligned = misalignedYears(file);
  if (misaligned) damaged(fileName, misaligned);
  mark('check');
  const versions = decodeVersions(file.proposalPool, file.versions);
  if (typeof versions === 'string') damaged(fileName, `fejl i ${versions}`);
  let budget: Budget | null = null;
  if (file.budget) {
    const lines = decodeLines(file.budget.lines, file.budget.years);
    if (typeof lines === 'string') damaged(fileName, lines);
    budget = {
      sourceName: file.budget.sourceName,
      years: file.budget.years,
      mapping: file.budget.mapping,
      report: file.budget.report,
      lines,
    };
  }
  mark('decode');
  return {
    settings: file.settings,
    budget,
    proposals: file.proposals,
    targets: file.targets,
    catalogues: file.catalogues,
    priceIndex: file.priceIndex,
    countedStatuses: file.countedStatuses,
    versions,
    changeLog: file.changeLog,
    amendments: file.amendments,
  };
}
