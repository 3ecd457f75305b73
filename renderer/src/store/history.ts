/**
 * Undo and redo owned by the store: every change (a cell edit, a paste, a bulk edit) records the state
 * before it as one step, with a Danish name for what the step did ("import af 56 forslag"), so undo and
 * redo can say what they undo. States are immutable, so a step is just a reference.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** What each step did: `done[i]` led from `past[i]` to the state after it. */
  done: readonly string[];
  /** What each undone step did: `undone[i]` leads to `future[i]`. */
  undone: readonly string[];
}

export const HISTORY_LIMIT = 200;

/** What a step is called when its caller did not name it. */
export const UNNAMED_STEP = 'ændring';

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], done: [], undone: [] };
}

/** A new present; the redo list is cleared, as in every editor users know. */
export function record<T>(
  history: History<T>,
  next: T,
  label = UNNAMED_STEP,
  limit = HISTORY_LIMIT,
): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  const done = [...history.done, label];
  const cut = Math.max(0, past.length - limit);
  return { past: past.slice(cut), present: next, future: [], done: done.slice(cut), undone: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0 || previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    done: history.done.slice(0, -1),
    undone: [history.done.at(-1) ?? UNNAMED_STEP, ...history.undone],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const next = history.future[0];
  if (history.future.length === 0 || next === undefined) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(1),
    done: [...history.done, history.undone[0] ?? UNNAMED_STEP],
    undone: history.undone.slice(1),
  };
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0;
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0;
/** The name of the step undo would take back, or null. */
export const nextUndo = <T>(h: History<T>): string | null => (canUndo(h) ? (h.done.at(-1) ?? null) : null);
/** The name of the step redo would do again, or null. */
export const nextRedo = <T>(h: History<T>): string | null => (canRedo(h) ? (h.undone[0] ?? null) : null);
