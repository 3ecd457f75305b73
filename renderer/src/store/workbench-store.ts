import { createStore } from 'zustand/vanilla';
import { createProject } from '../../../shared/project/index.ts';
import type { RaaderumHost } from '../../../shared/ipc/index.ts';
import type { Problem, Project, Status } from '../../../shared/model/index.ts';
import {
  canRedo,
  canUndo,
  nextRedo,
  nextUndo,
  record,
  redo,
  startHistory,
  undo,
  UNNAMED_STEP,
  type History,
} from './history.ts';
import { TEXT } from '../text.ts';
import type { Row } from '../grid/cell-edits.ts';
import { defaultPrintOptions, type PrintOptions } from '../print-options.ts';
import type { Reveal } from '../trace/reveal.ts';
import { withChangeLog } from '../season/record.ts';
import type { ChangeSource } from '../../../shared/model/index.ts';
import type { TraceRequest } from '../trace/trace-request.ts';

export type TabId = 'budget' | 'forslag' | 'oversigt' | 'vaerktoejer';

/** The undoable document: the project and the grid's stable row keys, aligned with `project.proposals`. */
export interface Doc {
  project: Project;
  keys: readonly number[];
}

/** Oversigt's what-if: which statuses count (null = the project's own), and single proposals left out. */
export interface Scenario {
  statuses: Status[] | null;
  excludedKeys: number[];
}

export interface Progress {
  label: string;
  /** 0..1, or null when unknown. */
  fraction: number | null;
  cancel?: () => void;
}

/** What can be renamed or deleted in the season: a version or an ændringsforslag. */
export type SeasonItem = 'version' | 'amendment';

export type DialogState =
  | { kind: 'budgetWizard'; file: { name: string; bytes: Uint8Array } }
  | { kind: 'proposalReport'; added: number; problems: Problem[]; files: string[] }
  | { kind: 'export' }
  | { kind: 'unsavedChanges'; name: string }
  | { kind: 'recovery'; entries: { id: string; name: string; savedAt: string }[] }
  | { kind: 'trace'; request: TraceRequest }
  | { kind: 'saveVersion' }
  | { kind: 'versions' }
  | { kind: 'viewVersion'; name: string }
  | { kind: 'amendments' }
  /** "Omdøb…" / "Slet…" of a version or an ændringsforslag; closing returns to its list. */
  | { kind: 'renameSeason'; what: SeasonItem; name: string }
  | { kind: 'deleteSeason'; what: SeasonItem; name: string }
  /** `from`/`to`: a version's name, or null for the working state (`from` null: the newest version). */
  | { kind: 'compare'; from: string | null; to: string | null };

/** What the user typed in Værktøjer's calculators; kept here so it survives switching tabs. */
export interface ToolInputs {
  stille: { percentText: string; compound: boolean; exempt: string[] };
  /** Grønthøster: the cut per plan year as typed (by year index), and whether the preview is shown. */
  groen: { totals: string[]; exempt: string[]; shownPreview: boolean };
}

export const INITIAL_TOOL_INPUTS: ToolInputs = {
  stille: { percentText: '1', compound: false, exempt: [] },
  groen: { totals: [], exempt: [], shownPreview: false },
};

export interface WorkbenchState {
  tools: ToolInputs;
  /** Oversigt's vej × kategori table: the plan year's index, or -1 for the sum over the period. */
  oversigtYear: number;
  dialog: DialogState | null;
  history: History<Doc>;
  /** Counts the documents started in this page (each `load`): a new one may have no file. */
  documentId: number;
  /** The project as last saved or opened; the document is dirty while it differs. */
  savedProject: Project | null;
  fileName: string | null;
  started: boolean;
  tab: TabId;
  selectedKey: number | null;
  detailOpen: boolean;
  scenario: Scenario;
  progress: Progress | null;
  errors: Problem[];
  notice: string | null;
  /** While the catalogue is printed: what goes into it. The app shows only the print view meanwhile. */
  printing: PrintOptions | null;
  /** A row a grid should select and scroll into view ("Hvad består tallet af?" → its row); see trace/reveal.ts. */
  reveal: Reveal | null;
  /** The version whose differences the Forslag grid marks (from "Sammenlign med…"), or null. */
  markChangesSince: string | null;
}

let nextKey = 1;
export function newRowKey(): number {
  return nextKey++;
}

export function emptyProject(): Project {
  return createProject();
}

export function docFor(project: Project): Doc {
  return { project, keys: project.proposals.map(() => newRowKey()) };
}

export function rowsOf(doc: Doc): Row[] {
  return doc.project.proposals.map((proposal, i) => ({ key: doc.keys[i] ?? -1, proposal }));
}

export function withRows(doc: Doc, rows: readonly Row[]): Doc {
  return {
    project: { ...doc.project, proposals: rows.map((r) => r.proposal) },
    keys: rows.map((r) => r.key),
  };
}

export function initialState(project: Project = emptyProject()): WorkbenchState {
  return {
    tools: INITIAL_TOOL_INPUTS,
    oversigtYear: -1,
    dialog: null,
    history: startHistory(docFor(project)),
    documentId: 0,
    savedProject: project,
    fileName: null,
    started: false,
    tab: 'forslag',
    selectedKey: null,
    detailOpen: false,
    scenario: { statuses: null, excludedKeys: [] },
    progress: null,
    errors: [],
    notice: null,
    printing: null,
    reveal: null,
    markChangesSince: null,
  };
}

export const isDirty = (s: WorkbenchState): boolean => s.history.present.project !== s.savedProject;
/** The document's name as the title bar, the close prompt and "Vil du gemme ændringerne i …?" say it. */
export const documentName = (s: WorkbenchState): string => s.fileName ?? TEXT.untitled;

/** The answer to "Vil du gemme ændringerne i …?". */
export type SaveChoice = 'save' | 'discard' | 'cancel';
export const currentProject = (s: WorkbenchState): Project => s.history.present.project;

export type WorkbenchStore = ReturnType<typeof createWorkbenchStore>;

export function createWorkbenchStore(initial: WorkbenchState = initialState()) {
  const store = createStore<WorkbenchState>()(() => initial);
  let answerSave: ((choice: SaveChoice) => void) | null = null;
  /** The status line's text last set by undo or redo. */
  let historyNotice: string | null = null;
  const actions = {
    /**
     * One undoable step. Every change to the project goes through here. `label` names what the step does
     * ("import af 56 forslag"): undo and redo say it in the status line and their tooltips.
     */
    change(update: (doc: Doc) => Doc, label?: string, source?: ChangeSource): void {
      const s = store.getState();
      const next = withChangeLog(s.history.present, update(s.history.present), source);
      if (next === s.history.present) return;
      // "Fortrudt: …" describes the state before this change; it goes with it.
      const notice = s.notice !== null && s.notice === historyNotice ? null : s.notice;
      store.setState({ history: record(s.history, next, label), notice });
    },
    changeProject(update: (project: Project) => Project, label?: string, source?: ChangeSource): void {
      actions.change(
        (doc) => {
          const project = update(doc.project);
          return project === doc.project ? doc : { ...doc, project };
        },
        label,
        source,
      );
    },
    changeRows(update: (rows: Row[]) => Row[], label?: string, source?: ChangeSource): void {
      actions.change((doc) => withRows(doc, update(rowsOf(doc))), label, source);
    },
    /** Undo says what it undid in the status line (a live region), whichever tab is showing. */
    undo(): void {
      const s = store.getState();
      const step = nextUndo(s.history);
      if (!canUndo(s.history)) return;
      historyNotice = TEXT.history.undone(step ?? UNNAMED_STEP);
      store.setState({ history: undo(s.history), notice: historyNotice });
    },
    redo(): void {
      const s = store.getState();
      const step = nextRedo(s.history);
      if (!canRedo(s.history)) return;
      historyNotice = TEXT.history.redone(step ?? UNNAMED_STEP);
      store.setState({ history: redo(s.history), notice: historyNotice });
    },
    /** A new or opened project: history starts afresh. */
    load(project: Project, fileName: string | null, saved: boolean): void {
      store.setState({
        history: startHistory(docFor(project)),
        savedProject: saved ? project : null,
        fileName,
        started: true,
        documentId: store.getState().documentId + 1,
        selectedKey: null,
        detailOpen: false,
        scenario: { statuses: null, excludedKeys: [] },
        tools: INITIAL_TOOL_INPUTS,
        oversigtYear: -1,
        reveal: null,
        markChangesSince: null,
      });
    },
    setOversigtYear(yearIndex: number): void {
      store.setState({ oversigtYear: yearIndex });
    },
    setTools(update: (tools: ToolInputs) => ToolInputs): void {
      store.setState({ tools: update(store.getState().tools) });
    },
    markSaved(fileName: string): void {
      const s = store.getState();
      store.setState({ savedProject: s.history.present.project, fileName });
    },
    setTab(tab: TabId): void {
      store.setState({ tab, started: true });
    },
    select(key: number | null): void {
      store.setState({ selectedKey: key });
    },
    setDetailOpen(open: boolean): void {
      store.setState({ detailOpen: open });
    },
    setScenario(scenario: Scenario): void {
      store.setState({ scenario });
    },
    setProgress(progress: Progress | null): void {
      store.setState({ progress });
    },
    showErrors(errors: Problem[]): void {
      store.setState({ errors });
    },
    /**
     * The catalogue's print view (front page, Oversigt, a page per proposal) in place of the app while the
     * host turns it into a PDF (Electron) or opens the browser's print dialog (web); then the app returns.
     */
    async printView(host: RaaderumHost, options?: PrintOptions): Promise<void> {
      const s = store.getState();
      store.setState({ dialog: null, printing: options ?? defaultPrintOptions(currentProject(s)) });
      // Let React paint the print view before the host captures the page.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const base = options?.catalogue ?? (s.fileName ?? 'Prioriteringskatalog').replace(/\.raaderum$/, '');
      try {
        const outcome = await host.printToPdf({
          suggestedName: `${base.replace(/[\\/]/g, '-')}.pdf`,
          landscape: false,
        });
        if (outcome.status === 'failed')
          store.setState({ errors: [{ code: outcome.code, severity: 'error', message: outcome.message }] });
      } finally {
        store.setState({ printing: null });
      }
    },
    openDialog(dialog: DialogState | null): void {
      store.setState({ dialog });
    },
    /**
     * Asks "Vil du gemme ændringerne i <navn>?" and resolves with the answer (Gem, Gem ikke, Annuller). A
     * question still open is answered Annuller: only the newest one goes on.
     */
    askToSave(): Promise<SaveChoice> {
      answerSave?.('cancel');
      return new Promise((resolve) => {
        answerSave = resolve;
        store.setState({ dialog: { kind: 'unsavedChanges', name: documentName(store.getState()) } });
      });
    },
    answerSave(choice: SaveChoice): void {
      const resolve = answerSave;
      answerSave = null;
      if (store.getState().dialog?.kind === 'unsavedChanges') store.setState({ dialog: null });
      resolve?.(choice);
    },
    notify(notice: string | null): void {
      store.setState({ notice });
    },
  };
  return Object.assign(store, { actions });
}
