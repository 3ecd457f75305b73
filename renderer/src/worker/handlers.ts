import { openWorkbook } from '../../../shared/workbook/index.ts';
import { importProposals } from '../../../shared/proposals/index.ts';
import type { WorkerRequest, WorkerResults } from './protocol.ts';

export interface JobContext {
  signal: AbortSignal;
  progress: (fraction: number) => void;
}

async function runImportProposals(
  request: Extract<WorkerRequest, { kind: 'importProposals' }>,
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

/** The jobs, each a call into the core (`shared/`); run in the worker, and directly by unit tests. */
export async function handlers(request: WorkerRequest, job: JobContext): Promise<unknown> {
  switch (request.kind) {
    case 'importProposals':
      return runImportProposals(request, job);
    default:
      throw new Error(`Jobbet '${request.kind}' kan ikke køres i denne version.`);
  }
}
