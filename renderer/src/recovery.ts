import type { RaaderumHost } from '../../shared/ipc/index.ts';
import type { Project } from '../../shared/model/index.ts';
import { currentProject, isDirty, type WorkbenchStore } from './store/workbench-store.ts';
import { TEXT } from './text.ts';

/** Unsaved work is written this long after the last change … */
export const RECOVERY_DELAY_MS = 1_200;
/** … and at the latest this long after the first unwritten one, however steadily the user keeps typing. */
export const RECOVERY_MAX_WAIT_MS = 5_000;

/**
 * Unsaved work goes to the host's recovery store about a second after the last change (debounced), and
 * at once when the window loses focus or is hidden; the project is serialised by `serialize` (the Web
 * Worker in the app, so the UI thread only hands it over). A document that is no longer dirty (saved, or
 * undone back to what was saved) has no copy. Returns the function that stops it.
 */
export function startAutosave(
  store: WorkbenchStore,
  host: RaaderumHost,
  serialize: (project: Project) => Promise<Uint8Array>,
): { flush(): Promise<void>; stop(): void } {
  let written: Project | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending: number | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  const write = async (): Promise<void> => {
    const s = store.getState();
    const project = currentProject(s);
    if (!isDirty(s)) {
      if (written !== null) {
        written = null;
        await host.clearRecovery({});
      }
      return;
    }
    if (project === written) return;
    const bytes = await serialize(project);
    await host.putRecovery({ bytes, name: s.fileName ?? TEXT.untitled });
    written = project;
    // Saved while the copy was being written: the copy is stale, and the save has already cleared its own.
    if (!isDirty(store.getState())) {
      written = null;
      await host.clearRecovery({});
    }
  };

  /** One write at a time; a change during a write is written right after it. */
  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstPending = null;
    if (running) {
      again = true;
      return running;
    }
    running = write()
      .catch(() => {
        // The store may be full or gone; the next change tries again, and nothing the user sees breaks.
        written = null;
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void flush();
        }
      });
    return running;
  };

  const schedule = (now: number): void => {
    firstPending ??= now;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.min(RECOVERY_DELAY_MS, firstPending + RECOVERY_MAX_WAIT_MS - now);
    timer = setTimeout(() => void flush(), Math.max(0, wait));
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.history.present.project !== prev.history.present.project || s.savedProject !== prev.savedProject)
      schedule(Date.now());
  });
  return {
    flush,
    stop() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}

/**
 * Autosave in the page (see `startAutosave`), written at once when the window loses focus or is hidden (a
 * reload, a closed tab); on start, what an earlier session left behind is offered with "Gendan".
 */
export function startRecovery(
  store: WorkbenchStore,
  host: RaaderumHost,
  serialize: (project: Project) => Promise<Uint8Array>,
): () => void {
  const autosave = startAutosave(store, host, serialize);
  const now = (): void => void autosave.flush();
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') now();
  };
  window.addEventListener('blur', now);
  window.addEventListener('pagehide', now);
  document.addEventListener('visibilitychange', onHidden);
  void host
    .listRecovery()
    .then((entries) => {
      if (entries.length > 0) store.actions.openDialog({ kind: 'recovery', entries });
    })
    .catch(() => undefined);
  return () => {
    autosave.stop();
    window.removeEventListener('blur', now);
    window.removeEventListener('pagehide', now);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
