import type { Budget, Project } from '../../shared/model/index.ts';
import type { WorkerRequest, WorkerResults } from './worker/protocol.ts';

type Run = (
  request: Extract<WorkerRequest, { kind: 'serializeProject' }>,
) => Promise<WorkerResults['serializeProject']>;

/**
 * Serialises projects for the recovery copy in the Web Worker. Handing a project to the worker copies it on the
 * UI thread, and the budget (up to hundreds of thousands of lines) is most of it while it is the same object edit
 * after edit: it crosses once, and later copies send only the rest. A worker that lost it (restarted) is sent it
 * again.
 */
export function createWorkerSerializer(
  run: Run,
  /** True when the worker holds this budget already (it imported it). */
  held: (budget: Budget | null) => boolean = () => false,
): (project: Project) => Promise<Uint8Array> {
  let sent: Budget | null | undefined;
  return async (project) => {
    const rest = { ...project, budget: null };
    if (sent === project.budget || held(project.budget)) {
      try {
        return await run({ kind: 'serializeProject', project: rest, budget: 'kept' });
      } catch {
        sent = undefined;
      }
    }
    const bytes = await run({ kind: 'serializeProject', project: rest, budget: project.budget });
    sent = project.budget;
    return bytes;
  };
}
