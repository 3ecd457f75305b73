import {
  canReapply,
  kontoplanChoices,
  previewBudget,
  previewServiceValues,
  readBudget,
  readKey,
  reapplyMapping,
  serviceValuesOf,
  type BudgetRead,
} from '../../../shared/budget/index.ts';
import { isReadError, type Budget, type ColumnMapping } from '../../../shared/model/index.ts';
import { openWorkbook, type WorkbookFile } from '../../../shared/workbook/index.ts';
import type { WorkerRequest, WorkerResults } from './protocol.ts';
import { packAhead } from './budget-transfer.ts';
import { canImportWith } from './importable.ts';

export interface JobContext {
  signal: AbortSignal;
  progress: (fraction: number) => void;
  /** A figure for the benchmark's breakdown (milliseconds, counts), sent back with the job's answer. */
  note?: (name: string, value: number) => void;
}

type Req<K extends WorkerRequest['kind']> = Extract<WorkerRequest, { kind: K }>;

/**
 * The one pass over the sheet for the wizard's workbook (shared/budget `readBudget`): started right after the preview
 * with its mapping (or by the first job with another reading), so the service column's exact counts come from it while the user looks, and "Importér budget"
 * makes the budget from what it read (`reapplyMapping`) instead of reading the file again; so does a change of
 * unit or of a service value's reading. Jobs join it; it is stopped when the last job waiting for it leaves.
 */
interface Pass {
  fileId: string;
  /** The mapping as far as it decides what is read (`readKey`). */
  key: string;
  controller: AbortController;
  waiting: number;
  listeners: Set<(fraction: number) => void>;
  result: Promise<BudgetRead>;
  /** How long the pass took, once it is done. */
  ms: number;
  /** The budget made from it ahead of the import, under the mapping (as JSON) it was made with. */
  ahead?: { mapping: string; budget: Budget };
}

/** The workbook opened for the wizard, kept between preview and import (one wizard at a time). */
let open: { fileId: string; file: WorkbookFile } | null = null;
let pass: Pass | null = null;

/** The passes run over a sheet since the worker started: the journeys check that the wizard runs one. */
let passes = 0;

function fileOf(fileId: string): WorkbookFile {
  if (open?.fileId !== fileId) throw new Error('Arbejdsbogen er ikke åben længere. Vælg filen igen.');
  return open.file;
}

function passFor(fileId: string, mapping: ColumnMapping): Pass {
  const key = readKey(mapping);
  if (pass && pass.fileId === fileId && pass.key === key) return pass;
  if (pass) stop(pass);
  const file = fileOf(fileId);
  const controller = new AbortController();
  const listeners = new Set<(fraction: number) => void>();
  passes++;
  const started = performance.now();
  const result = readBudget(file, {
    mapping,
    signal: controller.signal,
    onProgress: (fraction) => listeners.forEach((l) => l(fraction)),
  });
  const made: Pass = { fileId, key, controller, waiting: 0, listeners, result, ms: NaN };
  result.then(
    () => (made.ms = performance.now() - started),
    () => {
      if (pass === made) pass = null;
    },
  );
  pass = made;
  return made;
}

/** Stops a pass; a job asking for the same reading later starts a new one rather than join the stopped one. */
function stop(p: Pass): void {
  p.controller.abort();
  if (pass === p) pass = null;
}

/** Waits for the pass on behalf of one job: its progress is reported, and its cancellation leaves the pass. */
async function join(p: Pass, job: JobContext): Promise<BudgetRead> {
  p.waiting++;
  p.listeners.add(job.progress);
  const leave = (): void => {
    p.waiting--;
    p.listeners.delete(job.progress);
    job.signal.removeEventListener('abort', leave);
    if (p.waiting === 0) stop(p);
  };
  job.signal.addEventListener('abort', leave);
  try {
    job.signal.throwIfAborted();
    return await Promise.race([
      p.result,
      new Promise<never>((_, reject) =>
        job.signal.addEventListener('abort', () => reject(job.signal.reason), { once: true }),
      ),
    ]);
  } finally {
    if (!job.signal.aborted) {
      job.signal.removeEventListener('abort', leave);
      p.waiting--;
      p.listeners.delete(job.progress);
    }
  }
}

export async function runPreviewBudget(
  request: Req<'previewBudget'>,
  job: JobContext,
): Promise<WorkerResults['previewBudget']> {
  // One wizard at a time: an earlier, abandoned file and its pass are let go.
  if (pass) stop(pass);
  open = null;
  let t = performance.now();
  const file = await openWorkbook(request.bytes, request.name);
  // A preview given up while the workbook opened must not replace the one asked for after it.
  job.signal.throwIfAborted();
  job.note?.('openMs', performance.now() - t);
  open = { fileId: request.fileId, file };
  t = performance.now();
  const preview = await previewBudget(file, { signal: job.signal });
  job.note?.('previewMs', performance.now() - t);
  readAhead(request.fileId, preview.mapping);
  return preview;
}

/**
 * Starts the pass with the preview's own mapping as soon as this answer has been posted, before the wizard has
 * shown it: the wizard asks with the same mapping (unless it recalls another for the file), and its jobs join the
 * pass already reading. One started by a job in the meantime (another reading, say) is left as it is.
 */
function readAhead(fileId: string, mapping: ColumnMapping): void {
  if (!canImportWith(mapping)) return;
  setTimeout(() => {
    if (pass === null && open?.fileId === fileId) passFor(fileId, mapping);
  }, 0);
}

/** The service columns' values counted over the preview's rows: shown at once, while the pass counts them all. */
export async function runPreviewServiceValues(
  request: Req<'previewServiceValues'>,
  job: JobContext,
): Promise<WorkerResults['previewServiceValues']> {
  return previewServiceValues(fileOf(request.fileId), request.mapping, { signal: job.signal });
}

/** The service columns' values with their exact counts, from the pass (which the import then reuses). */
export async function runReadBudget(
  request: Req<'readBudget'>,
  job: JobContext,
): Promise<WorkerResults['readBudget']> {
  const p = passFor(request.fileId, request.mapping);
  const read = await join(p, job);
  job.note?.('passes', passes);
  if (request.prepare && !p.ahead && pass === p) {
    // While the user still looks at the wizard: the budget "Importér budget" gives when nothing else is chosen.
    try {
      const budget = reapplyMapping(read, request.mapping);
      packAhead(budget);
      p.ahead = { mapping: JSON.stringify(request.mapping), budget };
    } catch {
      // Nothing to import under this mapping (no lines): the import says so.
    }
  }
  return serviceValuesOf(read, request.mapping);
}

export async function runImportBudget(
  request: Req<'importBudget'>,
  job: JobContext,
): Promise<WorkerResults['importBudget']> {
  const p = passFor(request.fileId, request.mapping);
  const waited = performance.now();
  const read = await join(p, job);
  job.note?.('importMs', p.ms);
  job.note?.('importWaitMs', performance.now() - waited);
  // passFor gave the pass of this mapping's reading, so its choices apply to what was read.
  if (!canReapply(read, request.mapping)) throw new Error('Importen læste med en anden kortlægning.');
  const t = performance.now();
  const ahead = p.ahead?.mapping === JSON.stringify(request.mapping) ? p.ahead.budget : null;
  const budget = ahead ?? reapplyMapping(read, request.mapping);
  job.note?.('reapplyMs', performance.now() - t);
  job.note?.('madeAhead', ahead ? 1 : 0);
  job.note?.('passes', passes);
  if (pass === p) pass = null;
  open = null;
  return budget;
}

/**
 * The wizard's kontoplan list from the pass (which the import then reuses): each funktion as the rules classify it,
 * and the service frame under the mapping's corrections, which are applied to what was read (never read again).
 * Null when the mapping finds no budget lines.
 */
export async function runKontoplanChoices(
  request: Req<'kontoplanChoices'>,
  job: JobContext,
): Promise<WorkerResults['kontoplanChoices']> {
  const read = await join(passFor(request.fileId, request.mapping), job);
  try {
    return kontoplanChoices(reapplyMapping(read, request.mapping), request.mapping.styringCorrections);
  } catch (error) {
    if (isReadError(error) && error.problem.code === 'no_amounts_found') return null;
    throw error;
  }
}

/** The wizard of `fileId` closed: its workbook and pass (with the budget made ahead) are let go. */
export function closeBudget(fileId: string): null {
  if (pass?.fileId === fileId) stop(pass);
  if (open?.fileId === fileId) open = null;
  return null;
}

/** How many passes over a sheet this worker has run (for the handlers' tests). */
export function importPasses(): number {
  return passes;
}
