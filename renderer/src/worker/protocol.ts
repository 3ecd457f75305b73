import type { Budget, ColumnMapping, Problem, Project, Proposal } from '../../../shared/model/index.ts';

/** What the renderer asks the worker; every job runs off the UI thread. */
export type WorkerRequest =
  | { kind: 'previewBudget'; name: string; bytes: Uint8Array; mapping: ColumnMapping | null }
  | { kind: 'importBudget'; name: string; bytes: Uint8Array; mapping: ColumnMapping }
  | {
      kind: 'importProposals';
      files: { name: string; bytes: Uint8Array }[];
      years: number[];
      existing: Proposal[];
    }
  | { kind: 'buildCatalogue'; project: Project; options: unknown }
  | { kind: 'openCatalogue'; name: string; bytes: Uint8Array };

export interface BudgetPreviewResult {
  preview: unknown;
  mapping: ColumnMapping;
}

export interface WorkerResults {
  previewBudget: BudgetPreviewResult;
  importBudget: Budget;
  /** The project's list after the import: the existing proposals (replaced ones in place), then the new ones. */
  importProposals: { proposals: Proposal[]; added: number; problems: Problem[] };
  buildCatalogue: Uint8Array;
  openCatalogue: unknown;
}

export type WorkerMessageIn = { id: number; request: WorkerRequest } | { id: number; cancel: true };

export type WorkerMessageOut =
  | { id: number; progress: number }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; problem: Problem };
