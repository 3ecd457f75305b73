import { openWorkbook } from '../../../shared/workbook/index.ts';
import { importProposals } from '../../../shared/proposals/index.ts';
import { importAmendment } from '../../../shared/season/index.ts';
import { buildCatalogue, buildCatalogueInto, openCatalogue } from '../../../shared/catalogue/index.ts';
import { projectToBytes } from '../project-io.ts';
import type { Budget } from '../../../shared/model/index.ts';
import type { WorkerRequest, WorkerResults } from './protocol.ts';
import {
  closeBudget,
  runImportBudget,
  runKontoplanChoices,
  runPreviewBudget,
  runPreviewServiceValues,
  runReadBudget,
  type JobContext,
} from './budget-jobs.ts';

export type { JobContext };

type Req<K extends WorkerRequest['kind']> = Extract<WorkerRequest, { kind: K }>;

/** The budget of the last project serialised for recovery, or the last one imported (undefined: none yet). */
let keptBudget: Budget | null | undefined;

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
    case 'importBudget': {
      // The worker keeps what it hands over: the first recovery copy need not send the budget back.
      const budget = await runImportBudget(request, job);
      keptBudget = budget;
      return budget;
    }
    case 'readBudget':
      return runReadBudget(request, job);
    case 'previewServiceValues':
      return runPreviewServiceValues(request, job);
    case 'closeBudget':
      return closeBudget(request.fileId);
    case 'kontoplanChoices':
      return runKontoplanChoices(request, job);
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
