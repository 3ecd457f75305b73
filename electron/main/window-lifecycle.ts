import type { HostCommandId, WriteOutcome } from '../../shared/ipc/contract.ts';

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of a BrowserWindow the close prompt needs. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  close(): void;
}

export const CLOSE_PROMPT_BUTTONS = ['Gem', 'Gem ikke', 'Annuller'] as const;

export function closePromptMessage(name: string): string {
  return `Vil du gemme ændringerne i ${name}?`;
}

/**
 * "Vil du gemme ændringerne i ‹navn›?" when a window with unsaved changes is closed (the close button,
 * Filer › Luk, Alt+F4, quitting). Gem asks the renderer to save (it serialises the project) and closes once
 * that save succeeds; a cancelled or failed save keeps the window open. Gem ikke closes; Annuller does not.
 */
export function installCloseGuard(options: {
  window: ClosableWindow;
  getState(): { name: string; dirty: boolean };
  /** Shows the three-button question; resolves with the index of the button chosen. */
  ask(message: string, buttons: readonly string[]): Promise<number>;
  sendCommand(id: HostCommandId): void;
  onProjectSaved(listener: (outcome: WriteOutcome) => void): void;
}): void {
  let allowClose = false;
  let closeAfterSave = false;
  let asking = false;

  const closeNow = (): void => {
    allowClose = true;
    options.window.close();
  };

  options.onProjectSaved((outcome) => {
    if (!closeAfterSave) return;
    closeAfterSave = false;
    if (outcome.status === 'saved') closeNow();
  });

  options.window.on('close', (event) => {
    if (allowClose || !options.getState().dirty) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void options
      .ask(closePromptMessage(options.getState().name), CLOSE_PROMPT_BUTTONS)
      .then((choice) => {
        if (choice === 0) {
          closeAfterSave = true;
          options.sendCommand('file.save');
        } else if (choice === 1) {
          closeNow();
        }
      })
      .finally(() => {
        asking = false;
      });
  });
}

/** The window title: "● Budget 2027.raaderum – Råderum" while there are unsaved changes. */
export function windowTitle(name: string, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${name} – Råderum`;
}
