import { openWorkbook } from '../../../shared/workbook/index.ts';
import type { WorkbookFile } from '../../../shared/workbook/index.ts';
import { importProposals } from '../../../shared/proposals/index.ts';
import { importAmendment } from '../../../shared/season/index.ts';
import { importBudget, previewBudget, serviceValuesIn } from '../../../shared/budget/index.ts';
import { buildCatalogue, buildCatalogueInto, openCatalogue } from '../../../shared/catalogue/index.ts';
import { projectToBytes } from '../project-io.ts';
import type { WorkerRequest, WorkerResults } from './protocol.ts';
import type { Budget } from '../../../shared/model/index.ts';

export interface JobContext {
  signal: AbortSignal;
  progress: (fraction: number) => void;
}

type Req<K extends WorkerRequest['kind']> = Extract<WorkerRequest, { kind: K }>;

/** The budget of the last project serialised for recovery (undefined: none yet, e.g. a fresh worker). */
let keptBudget: Budget | null | undefined;

/** Workbooks opened for the import wizard, kept between preview and import. */
const openFiles = new Map<string, WorkbookFile>();

/**
 * The import the wizard's service value count ran (a whole import of the sheet): when the user imports with that
 * same mapping, choosing no service values, the import is that one and does not read a large file again.
 */
let counted: { fileId: string; mapping: string; budget: WorkerResults['importBudget'] } | null = null;

async function runImportProposals(
  request: Req<'importProposals'>,
  job: JobContext,
): Promise<WorkerResults['importProposals']> {
  const inputs = [];
  for (const [i, f] of request.files.entries()) {
    job.signal.throwIfAborted();
    inputs.push({ file: await openWorkbook(f.bytes, f.name), name: f.name });
    job.progress((i + 1) / (request.files.length + 1));
  }
  const result = await importProposals(inputs, {
    years: request.years,
    existing: request.existing,
    signal: job.signal,
  });
  return { proposals: result.proposals, added: result.added, problems: result.problems };
}

async function runPreviewBudget(
  request: Req<'previewBudget'>,
  job: JobContext,
): Promise<WorkerResults['previewBudget']> {
  // One wizard at a time: an earlier, abandoned file is let go.
  openFiles.clear();
  counted = null;
  const file = await openWorkbook(request.bytes, request.name);
  openFiles.set(request.fileId, file);
  return previewBudget(file, { signal: job.signal });
}

async function runImportBudget(
  request: Req<'importBudget'>,
  job: JobContext,
): Promise<WorkerResults['importBudget']> {
  const file = openFiles.get(request.fileId);
  if (!file) throw new Error('Arbejdsbogen er ikke åben længere. Vælg filen igen.');
  const done = counted;
  counted = null;
  if (done && done.fileId === request.fileId && done.mapping === JSON.stringify(request.mapping)) {
    openFiles.delete(request.fileId);
    job.progress(1);
    return done.budget;
  }
  const budget = await importBudget(file, {
    mapping: request.mapping,
    signal: job.signal,
    onProgress: job.progress,
  });
  openFiles.delete(request.fileId);
  return budget;
}

async function runBuildCatalogue(request: Req<'buildCatalogue'>): Promise<WorkerResults['buildCatalogue']> {
  return request.into
    ? buildCatalogueInto(request.into, request.project, { ...request.options, allowLoss: true })
    : buildCatalogue(request.project, request.options);
}

/** The jobs, each a call into the core (`shared/`); run in the worker, and directly by unit tests. */
export async function handlers(request: WorkerRequest, job: JobContext): Promise<unknown> {
  switch (request.kind) {
    case 'importProposals':
      return runImportProposals(request, job);
    case 'previewBudget':
      return runPreviewBudget(request, job);
    case 'importBudget':
      return runImportBudget(request, job);
    case 'serviceValues': {
      const file = openFiles.get(request.fileId);
      if (!file) throw new Error('Arbejdsbogen er ikke åben længere. Vælg filen igen.');
      const mapping = JSON.stringify(request.mapping);
      return serviceValuesIn(file, request.mapping, {
        signal: job.signal,
        keep: (budget) => (counted = { fileId: request.fileId, mapping, budget }),
      });
    }
    case 'buildCatalogue':
      return runBuildCatalogue(request);
    case 'openCatalogue':
      return openCatalogue(request.bytes, request.name);
    case 'serializeProject': {
      if (request.budget !== 'kept') keptBudget = request.budget;
      else if (keptBudget === undefined)
        throw new Error('Budgettet er ikke i baggrundsjobbet. Send det igen.');
      return projectToBytes({ ...request.project, budget: keptBudget });
    }
    case 'importAmendment': {
      const file = await openWorkbook(request.file.bytes, request.file.name);
      job.signal.throwIfAborted();
      const result = await importAmendment([{ file, name: request.file.name }], {
        name: request.name,
        date: request.date,
        base: request.base,
        baseState: request.baseState,
        years: request.years,
        committees: request.committees,
        signal: job.signal,
      });
      return { amendment: result.amendment, problems: result.problems, read: result.read };
    }
  }
}
