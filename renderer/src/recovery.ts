import type { RaaderumHost } from '../../shared/ipc/index.ts';
import { projectToBytes } from './project-io.ts';
import { currentProject, isDirty, type WorkbenchStore } from './store/workbench-store.ts';
import { TEXT } from './text.ts';

export const AUTOSAVE_MS = 30_000;

/**
 * Unsaved work goes to the host's recovery store every 30 s and whenever the window loses focus;
 * on start, what an earlier session left behind is offered with "Gendan".
 */
export function startRecovery(store: WorkbenchStore, host: RaaderumHost): () => void {
  let lastSaved: unknown = null;
  const autosave = (): void => {
    const s = store.getState();
    const project = currentProject(s);
    if (!isDirty(s) || project === lastSaved) return;
    lastSaved = project;
    void host.putRecovery({ bytes: projectToBytes(project), name: s.fileName ?? TEXT.untitled }).catch(() => {
      lastSaved = null;
    });
  };
  const timer = window.setInterval(autosave, AUTOSAVE_MS);
  const onBlur = (): void => autosave();
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') autosave();
  };
  window.addEventListener('blur', onBlur);
  document.addEventListener('visibilitychange', onHidden);
  void host
    .listRecovery()
    .then((entries) => {
      if (entries.length > 0) store.actions.openDialog({ kind: 'recovery', entries });
    })
    .catch(() => undefined);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener('blur', onBlur);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
