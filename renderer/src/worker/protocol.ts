import type { BudgetPreview, KontoplanChoices, PreviewServiceValues } from '../../../shared/budget/index.ts';
import type { CatalogueOptions, OpenedCatalogue } from '../../../shared/catalogue/index.ts';
import type {
  Amendment,
  SeasonState,
  Budget,
  ColumnMapping,
  Problem,
  Project,
  Proposal,
  ServiceValueCount,
} from '../../../shared/model/index.ts';

/** What the renderer asks the worker; every job runs off the UI thread. */
export type WorkerRequest =
  /** Opens the workbook (kept in the worker under `fileId` for the import) and detects its layout. */
  | { kind: 'previewBudget'; fileId: string; name: string; bytes: Uint8Array }
  | { kind: 'importBudget'; fileId: string; mapping: ColumnMapping }
  /**
   * Reads the file opened by `previewBudget` with the mapping, in the one pass the import then reuses; answers the
   * distinct values of the mapping's service columns with their exact counts.
   */
  | {
      kind: 'readBudget';
      fileId: string;
      mapping: ColumnMapping;
      /** Once read, also make and pack the budget under this mapping, for an import that keeps it. */
      prepare?: boolean;
    }
  /** The service columns' values counted over the preview's first rows only: cheap, shown before the exact count. */
  | { kind: 'previewServiceValues'; fileId: string; mapping: ColumnMapping }
  /**
   * From the same pass: the funktioner the kontoplan's rules classify, and the service frame under the mapping's
   * corrections (null when the mapping finds no budget lines).
   */
  | { kind: 'kontoplanChoices'; fileId: string; mapping: ColumnMapping }
  /** The wizard closed: the workbook opened by `previewBudget`, its pass and what was made from it are let go. */
  | { kind: 'closeBudget'; fileId: string }
  | {
      kind: 'importProposals';
      files: { name: string; bytes: Uint8Array }[];
      years: readonly number[];
      existing: readonly Proposal[];
    }
  | { kind: 'buildCatalogue'; project: Project; options: CatalogueOptions; into: Uint8Array | null }
  | { kind: 'openCatalogue'; name: string; bytes: Uint8Array }
  /**
   * The `.raaderum` bytes of the project, for the recovery copy of unsaved work. The budget (large, and the same
   * object edit after edit) crosses once: `'kept'` means the one the worker was given last.
   */
  | { kind: 'serializeProject'; project: Project; budget: Budget | null | 'kept' }
  /** An ændringsforslag in the proposal list layout, read against `baseState` (ids there are changes). */
  | {
      kind: 'importAmendment';
      file: { name: string; bytes: Uint8Array };
      name: string;
      date: string;
      base: string | null;
      baseState: SeasonState;
      years: readonly number[];
      committees: string[];
    };

export interface WorkerResults {
  previewBudget: BudgetPreview;
  importBudget: Budget;
  readBudget: ServiceValueCount[];
  previewServiceValues: PreviewServiceValues;
  kontoplanChoices: KontoplanChoices | null;
  closeBudget: null;
  /** The project's list after the import: the existing proposals (replaced ones in place), then the new ones. */
  importProposals: { proposals: Proposal[]; added: number; problems: Problem[] };
  buildCatalogue: Uint8Array;
  openCatalogue: OpenedCatalogue;
  serializeProject: Uint8Array;
  importAmendment: { amendment: Amendment; problems: Problem[]; read: number };
}

export type WorkerMessageIn = { id: number; request: WorkerRequest } | { id: number; cancel: true };

export type WorkerMessageOut =
  | { id: number; progress: number }
  /**
   * `notes`: figures for the benchmark's breakdown (see `JobContext.note`); `sentAt`: when the answer was posted
   * (`performance.timeOrigin + performance.now()`), so the UI thread can tell how long it took to arrive.
   */
  | { id: number; ok: true; value: unknown; notes?: Record<string, number>; sentAt?: number }
  | { id: number; ok: false; problem: Problem };
