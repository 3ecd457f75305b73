import type { OpenedFile, RaaderumHost, RecoveryEntry, WriteOutcome } from '../../../shared/ipc/index.ts';

const WORKBOOK_TYPES = '.xlsx,.xlsm,.ods,.csv,.xls';
const PROJECT_TYPES = '.raaderum,.json';

/** A hidden file input: every browser has one, and Playwright drives it through the file chooser. */
function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.setAttribute('aria-hidden', 'true');
    document.body.append(input);
    const finish = (files: File[]): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(input.files ? [...input.files] : []), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    input.click();
  });
}

async function readFile(file: File): Promise<OpenedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: { suggestedName: string }) => Promise<{
    name: string;
    createWritable: () => Promise<{ write: (data: Blob) => Promise<void>; close: () => Promise<void> }>;
  }>;
}

/** Saved with the File System Access API where the browser has it, else as a download. */
async function saveBytes(bytes: Uint8Array, suggestedName: string, mime: string): Promise<WriteOutcome> {
  const blob = new Blob([bytes.slice().buffer], { type: mime });
  const picker = (window as SaveFilePickerWindow).showSaveFilePicker;
  // Automated browsers cannot answer a native save dialog, so they get the download.
  if (picker && !navigator.webdriver) {
    try {
      const handle = await picker({ suggestedName });
      const writable = await handle.createWritable();
      await writable.write(blob);
      await writable.close();
      return { status: 'saved', name: handle.name };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return { status: 'cancelled' };
      return {
        status: 'failed',
        code: 'file.write-failed',
        message: `Filen kunne ikke gemmes: ${String(error)}`,
      };
    }
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'saved', name: suggestedName };
}

const DB_NAME = 'raaderum';
const STORE = 'recovery';

interface StoredRecovery {
  id: string;
  name: string;
  savedAt: string;
  bytes: Uint8Array;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });
}

async function inStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result as T);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
    });
  } finally {
    db.close();
  }
}

function isStoredRecovery(value: unknown): value is StoredRecovery {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'bytes' in value &&
    (value as { bytes: unknown }).bytes instanceof Uint8Array
  );
}

const noop = (): void => undefined;

/**
 * The browser's host: a file input to open, the File System Access API or a download to save, IndexedDB
 * as the recovery store (one entry per page session; what a previous session left is offered on start).
 */
/** The Web Locks name a live page holds for its session; the browser releases it when the page goes away. */
const sessionLock = (id: string): string => `raaderum-session:${id}`;

/**
 * Holds this page's session lock for as long as the page lives, so another tab of the same browser can tell a
 * live document from one a closed or crashed page left behind.
 */
function holdSessionLock(id: string): void {
  void navigator.locks?.request(sessionLock(id), () => new Promise<never>(() => undefined));
}

/** Names of the sessions whose page is open now (in any tab of this browser profile). */
async function liveSessions(): Promise<Set<string>> {
  const held = (await navigator.locks?.query())?.held ?? [];
  return new Set(held.map((lock) => lock.name ?? ''));
}

export function createWebHost(): RaaderumHost {
  const sessionId = `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  holdSessionLock(sessionId);
  let documentName = 'raaderum';
  const save = (bytes: Uint8Array, suggestedName: string): Promise<WriteOutcome> =>
    saveBytes(bytes, suggestedName, 'application/json').then(async (outcome) => {
      if (outcome.status === 'saved') await inStore('readwrite', (s) => s.delete(sessionId));
      return outcome;
    });
  return {
    kind: 'web',
    async openWorkbook() {
      const [file] = await pickFiles(WORKBOOK_TYPES, false);
      return file ? readFile(file) : null;
    },
    async openProposals() {
      return Promise.all((await pickFiles(WORKBOOK_TYPES, true)).map(readFile));
    },
    async openProject() {
      const [file] = await pickFiles(PROJECT_TYPES, false);
      return file ? readFile(file) : null;
    },
    // The browser writes through a download or a picker each time; there is no file to hold on to.
    async adoptProject() {},
    async newDocument() {},
    saveProject: ({ bytes, suggestedName }) => save(bytes, suggestedName),
    saveProjectAs: ({ bytes, suggestedName }) => save(bytes, suggestedName),
    writeCatalogue: ({ bytes, suggestedName }) =>
      saveBytes(bytes, suggestedName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    async printToPdf() {
      // The browser's print dialog offers "Gem som PDF"; it does not say what the user chose.
      window.print();
      return { status: 'saved', name: `${documentName}.pdf` };
    },
    async listRecent() {
      return [];
    },
    async openRecent() {
      throw new Error('Browserudgaven husker ikke seneste filer.');
    },
    async putRecovery({ bytes, name }) {
      const entry: StoredRecovery = { id: sessionId, name, savedAt: new Date().toISOString(), bytes };
      await inStore('readwrite', (s) => s.put(entry));
    },
    async listRecovery() {
      const all = await inStore<unknown[]>('readonly', (s) => s.getAll());
      // Work another open tab is still editing is not "from a tidigere session": only what no live page holds.
      const live = await liveSessions();
      return all
        .filter(isStoredRecovery)
        .filter((e) => e.id !== sessionId && !live.has(sessionLock(e.id)))
        .map((e): RecoveryEntry => ({ id: e.id, name: e.name, savedAt: e.savedAt, size: e.bytes.byteLength }))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async getRecovery({ id }) {
      const entry = await inStore<unknown>('readonly', (s) => s.get(id));
      return isStoredRecovery(entry) ? { name: entry.name, bytes: entry.bytes } : null;
    },
    async clearRecovery({ id }) {
      await inStore('readwrite', (s) => s.delete(id ?? sessionId));
    },
    async appInfo() {
      return { name: 'Råderum', version: '0.1.0', platform: 'web', packaged: false };
    },
    async setDocumentState({ name, dirty }) {
      documentName = name;
      document.title = `${dirty ? '● ' : ''}${name} – Råderum`;
      window.onbeforeunload = dirty ? (e: BeforeUnloadEvent) => e.preventDefault() : null;
    },
    onCommand() {
      // A browser has no application menu; the toolbar and the keyboard dispatch the same commands.
      return noop;
    },
    onFileOpened() {
      return noop;
    },
  };
}
