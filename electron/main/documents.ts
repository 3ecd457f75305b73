import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import {
  HOST_ERROR_CODES,
  HostError,
  type FileKind,
  type OpenedFile,
  type OpenedFileWithKind,
  type OpenedProject,
  type RecentFile,
  type RecoveryEntry,
  type WriteOutcome,
} from '../../shared/ipc/contract.ts';
import { describeFileError } from '../node/atomic-file.ts';
import { sourceAmong } from '../node/same-file.ts';
import {
  CATALOGUE_FILTERS,
  PDF_FILTERS,
  PROJECT_FILTERS,
  WORKBOOK_FILTERS,
  kindFromFileName,
  unsupportedFileMessage,
} from './file-kinds.ts';
import type { RecentFiles } from './recent-files.ts';
import type { RecoveryStore } from './recovery-store.ts';

interface FileFilter {
  name: string;
  extensions: string[];
}

/** The parts of Electron's `dialog` the service uses, already bound to the asking window. */
export interface DocumentDialogs {
  showOpen(options: {
    title: string;
    filters: FileFilter[];
    multiple: boolean;
    defaultPath?: string;
  }): Promise<string[] | null>;
  showSave(options: { title: string; filters: FileFilter[]; defaultPath: string }): Promise<string | null>;
}

export interface DocumentServiceDeps {
  /** Dialogs parented to the window with this WebContents id. */
  dialogsFor(webContentsId: number): DocumentDialogs;
  readFile(path: string): Promise<Uint8Array>;
  fileSize(path: string): Promise<number>;
  writeFileAtomic(path: string, data: Uint8Array, options: { backup: boolean }): Promise<void>;
  recent: RecentFiles;
  recovery: RecoveryStore;
  /** Where dialogs start when the document has no folder yet (the user's Documents). */
  defaultFolder: string;
  /** Renders the window's current view to PDF. */
  printToPdf(webContentsId: number, options: { landscape: boolean }): Promise<Uint8Array>;
}

/** The state of one window's document. `path` is the grant: the only file a plain "Gem" may write. */
interface DocumentState {
  path: string | null;
  name: string;
  dirty: boolean;
  session: string;
  /** Projects read for the page but not yet loaded by it (`adoptProject`), by grant id; the newest few. */
  offered: Map<string, string>;
}

/** A page asks at most once per open; a few kept grants cover opens that overlap (two drops). */
const MAX_OFFERED = 8;

/** Workbooks from finance systems are large, but not this large; refusing protects the laptop's memory. */
export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

/**
 * The documents of every window: the dialogs, the grants (which file each window may save to), atomic
 * saves with `.bak`, the recent list, and the recovery copy of unsaved work. The renderer never names a
 * path: it gets bytes and names, and asks to save "the current document" or to be asked where.
 */
export class DocumentService {
  private readonly windows = new Map<number, DocumentState>();
  /** Every workbook read as a source (budget, proposals) in this session: never overwritten by a save or export. */
  private readonly sources = new Set<string>();
  private readonly savedListeners = new Set<(webContentsId: number, outcome: WriteOutcome) => void>();

  constructor(private readonly deps: DocumentServiceDeps) {}

  /** Registers a window; its recovery session starts now. */
  attach(webContentsId: number): void {
    this.windows.set(webContentsId, this.freshState());
  }

  /** A clean close: the window's recovery copy goes, the session ends. */
  async detach(webContentsId: number): Promise<void> {
    const state = this.windows.get(webContentsId);
    if (!state) return;
    this.windows.delete(webContentsId);
    await this.deps.recovery.clear(state.session);
    this.deps.recovery.endSession(state.session);
  }

  /**
   * The page crashed (or was killed) and will be reloaded. Its recovery copy is kept and its session ended,
   * so the reloaded page is offered "Gendan" for it like after any crash; the fresh page starts with no
   * document and a new session.
   */
  rendererGone(webContentsId: number): void {
    const state = this.windows.get(webContentsId);
    if (!state) return;
    this.deps.recovery.endSession(state.session);
    this.windows.set(webContentsId, this.freshState());
  }

  /** Called after every project save attempt (the close prompt waits for it). */
  onProjectSaved(listener: (webContentsId: number, outcome: WriteOutcome) => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  documentState(webContentsId: number): { name: string; dirty: boolean } {
    const state = this.state(webContentsId);
    return { name: state.name, dirty: state.dirty };
  }

  setDocumentState(webContentsId: number, update: { name: string; dirty: boolean }): void {
    const state = this.state(webContentsId);
    state.name = update.name;
    state.dirty = update.dirty;
  }

  async openWorkbook(webContentsId: number): Promise<OpenedFile | null> {
    const paths = await this.deps.dialogsFor(webContentsId).showOpen({
      title: 'Åbn budget',
      filters: WORKBOOK_FILTERS,
      multiple: false,
      defaultPath: this.folderOf(webContentsId),
    });
    const path = paths?.[0];
    if (!path) return null;
    const file = await this.readSource(path);
    await this.remember(path, 'workbook');
    return file;
  }

  async openProposals(webContentsId: number): Promise<OpenedFile[]> {
    const paths = await this.deps.dialogsFor(webContentsId).showOpen({
      title: 'Importér forslag',
      filters: WORKBOOK_FILTERS,
      multiple: true,
      defaultPath: this.folderOf(webContentsId),
    });
    const files: OpenedFile[] = [];
    for (const path of paths ?? []) files.push(await this.readSource(path));
    return files;
  }

  async openProject(webContentsId: number): Promise<OpenedProject | null> {
    const paths = await this.deps.dialogsFor(webContentsId).showOpen({
      title: 'Åbn projekt',
      filters: PROJECT_FILTERS,
      multiple: false,
      defaultPath: this.folderOf(webContentsId),
    });
    const path = paths?.[0];
    if (!path) return null;
    return this.offerProject(webContentsId, path);
  }

  /**
   * The page started a document with no file (Tomt projekt, Nyt projekt fra budget): the previous file is no
   * longer the document, so a plain "Gem" asks where instead of writing the new project over it.
   */
  newDocument(webContentsId: number): void {
    const state = this.state(webContentsId);
    state.path = null;
    state.name = 'Nyt projekt';
    state.offered.clear();
  }

  /**
   * The page has loaded the project it was offered with `grant`: that file becomes the window's document.
   * Until now a plain "Gem" still wrote to the previous one, so answering "Annuller" to the page's "Vil du
   * gemme ændringerne …?" (or a file that turned out not to be a project) left the document as it was.
   */
  adoptProject(webContentsId: number, grant: string): void {
    const state = this.state(webContentsId);
    const path = state.offered.get(grant);
    if (path === undefined)
      throw new HostError(HOST_ERROR_CODES.notFound, 'Projektet er ikke længere åbnet. Åbn det igen.');
    state.offered.clear();
    state.path = path;
    state.name = basename(path);
    state.dirty = false;
  }

  saveProject(webContentsId: number, bytes: Uint8Array, suggestedName: string): Promise<WriteOutcome> {
    const current = this.state(webContentsId).path;
    return this.saveProjectTo(webContentsId, bytes, current ?? null, suggestedName);
  }

  saveProjectAs(webContentsId: number, bytes: Uint8Array, suggestedName: string): Promise<WriteOutcome> {
    return this.saveProjectTo(webContentsId, bytes, null, suggestedName);
  }

  async writeCatalogue(
    webContentsId: number,
    bytes: Uint8Array,
    suggestedName: string,
  ): Promise<WriteOutcome> {
    const path = await this.deps.dialogsFor(webContentsId).showSave({
      title: 'Eksportér katalog',
      filters: CATALOGUE_FILTERS,
      defaultPath: join(this.folderOf(webContentsId), withExtension(suggestedName, 'xlsx')),
    });
    if (!path) return { status: 'cancelled' };
    return this.write(path, bytes, this.state(webContentsId).path);
  }

  async printToPdf(webContentsId: number, suggestedName: string, landscape: boolean): Promise<WriteOutcome> {
    const path = await this.deps.dialogsFor(webContentsId).showSave({
      title: 'Udskriv til PDF',
      filters: PDF_FILTERS,
      defaultPath: join(this.folderOf(webContentsId), withExtension(suggestedName, 'pdf')),
    });
    if (!path) return { status: 'cancelled' };
    const source = await this.sourceAt(path, this.state(webContentsId).path);
    if (source) return source;
    const pdf = await this.deps.printToPdf(webContentsId, { landscape });
    return this.write(path, pdf);
  }

  listRecent(): Promise<RecentFile[]> {
    return this.deps.recent.list();
  }

  async openRecent(webContentsId: number, id: string): Promise<OpenedFileWithKind> {
    const entry = await this.deps.recent.pathOf(id);
    if (!entry)
      throw new HostError(HOST_ERROR_CODES.notFound, 'Filen er ikke længere på listen over seneste filer.');
    try {
      return await this.openPath(webContentsId, entry.path, entry.kind);
    } catch (error) {
      if (error instanceof HostError && error.code === HOST_ERROR_CODES.notFound)
        await this.deps.recent.remove(id);
      throw error;
    }
  }

  /**
   * A file from the OS (double-click, "Åbn med", a second launch), a drop or the recent menu: the path was
   * granted by the user outside the page. A project is offered with a grant (see `adoptProject`).
   */
  async openPath(webContentsId: number, path: string, knownKind?: FileKind): Promise<OpenedFileWithKind> {
    const kind = knownKind ?? kindFromFileName(path);
    if (kind === null) {
      throw new HostError(HOST_ERROR_CODES.unsupported, unsupportedFileMessage(basename(path)));
    }
    if (kind === 'project') return { ...(await this.offerProject(webContentsId, path)), kind };
    const file = await this.readSource(path);
    await this.remember(path, kind);
    return { ...file, kind };
  }

  async putRecovery(webContentsId: number, name: string, bytes: Uint8Array): Promise<void> {
    await this.deps.recovery.put(this.state(webContentsId).session, name, bytes);
  }

  listRecovery(): Promise<RecoveryEntry[]> {
    return this.deps.recovery.list();
  }

  getRecovery(id: string): Promise<{ name: string; bytes: Uint8Array } | null> {
    return this.deps.recovery.get(id);
  }

  async clearRecovery(webContentsId: number, id: string | undefined): Promise<void> {
    await this.deps.recovery.clear(id ?? this.state(webContentsId).session);
  }

  private async saveProjectTo(
    webContentsId: number,
    bytes: Uint8Array,
    granted: string | null,
    suggestedName: string,
  ): Promise<WriteOutcome> {
    const state = this.state(webContentsId);
    let path = granted;
    if (path === null) {
      path = await this.deps.dialogsFor(webContentsId).showSave({
        title: 'Gem projekt',
        filters: PROJECT_FILTERS,
        defaultPath: join(this.folderOf(webContentsId), withExtension(suggestedName, 'raaderum')),
      });
    }
    let outcome: WriteOutcome;
    if (!path) {
      outcome = { status: 'cancelled' };
    } else {
      outcome = await this.write(path, bytes);
      if (outcome.status === 'saved') {
        state.path = path;
        state.name = basename(path);
        state.dirty = false;
        await this.remember(path, 'project');
        await this.deps.recovery.clear(state.session);
      }
    }
    for (const listener of this.savedListeners) listener(webContentsId, outcome);
    return outcome;
  }

  /** A `failed` outcome when `path` is a file this session read from (or `project`), else null. */
  private async sourceAt(path: string, project: string | null = null): Promise<WriteOutcome | null> {
    const inputs = project === null ? [...this.sources] : [...this.sources, project];
    if ((await sourceAmong(path, inputs)) === null) return null;
    return {
      status: 'failed',
      code: HOST_ERROR_CODES.isSource,
      message: `'${basename(path)}' er en fil, du har indlæst fra, og den overskrives ikke: kilden bliver kun læst. Vælg et andet filnavn. Intet er gemt.`,
    };
  }

  private async write(path: string, bytes: Uint8Array, project: string | null = null): Promise<WriteOutcome> {
    const name = basename(path);
    const source = await this.sourceAt(path, project);
    if (source) return source;
    try {
      await this.deps.writeFileAtomic(path, bytes, { backup: true });
      return { status: 'saved', name };
    } catch (error) {
      const described = describeFileError(error, name);
      return { status: 'failed', code: described.code, message: described.message };
    }
  }

  private async readSource(path: string): Promise<OpenedFile> {
    const file = await this.read(path);
    this.sources.add(path);
    return file;
  }

  private async offerProject(webContentsId: number, path: string): Promise<OpenedProject> {
    const file = await this.read(path);
    const state = this.state(webContentsId);
    const grant = randomUUID();
    state.offered.set(grant, path);
    for (const old of state.offered.keys()) {
      if (state.offered.size <= MAX_OFFERED) break;
      state.offered.delete(old);
    }
    await this.remember(path, 'project');
    return { ...file, grant };
  }

  private freshState(): DocumentState {
    return {
      path: null,
      name: 'Nyt projekt',
      dirty: false,
      session: this.deps.recovery.newSession(),
      offered: new Map(),
    };
  }

  private async read(path: string): Promise<OpenedFile> {
    const name = basename(path);
    try {
      if ((await this.deps.fileSize(path)) > MAX_OPEN_BYTES) {
        throw new HostError(
          HOST_ERROR_CODES.tooLarge,
          `'${name}' er for stor til at blive åbnet (over 512 MB).`,
        );
      }
      return { name, bytes: await this.deps.readFile(path) };
    } catch (error) {
      if (error instanceof HostError) throw error;
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new HostError(
          HOST_ERROR_CODES.notFound,
          `'${name}' findes ikke længere. Den kan være flyttet eller slettet.`,
        );
      }
      if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
        throw new HostError(
          HOST_ERROR_CODES.fileLocked,
          `'${name}' kunne ikke åbnes, fordi et andet program har den låst, eller du ikke har adgang til den.`,
        );
      }
      throw new HostError(HOST_ERROR_CODES.failed, `'${name}' kunne ikke læses (${code || 'ukendt fejl'}).`);
    }
  }

  /** The recent list is a convenience: failing to update it never fails an open or a save. */
  private async remember(path: string, kind: FileKind): Promise<void> {
    try {
      await this.deps.recent.add(path, kind);
    } catch {
      // e.g. a read-only profile folder; the file itself was opened or saved.
    }
  }

  private folderOf(webContentsId: number): string {
    const path = this.windows.get(webContentsId)?.path;
    return path ? join(path, '..') : this.deps.defaultFolder;
  }

  private state(webContentsId: number): DocumentState {
    const state = this.windows.get(webContentsId);
    if (!state) throw new HostError(HOST_ERROR_CODES.foreignSender, 'Vinduet er ikke et Råderum-vindue.');
    return state;
  }
}

function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}
