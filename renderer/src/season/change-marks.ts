import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import { describeFieldValue, diffStates, findVersion, stateOf } from '../../../shared/season/index.ts';
import { formatThousands } from '../../../shared/numbers/index.ts';
import type { Doc } from '../store/workbench-store.ts';
import { useWorkbench } from '../app-context.ts';
import { TEXT } from '../text.ts';

/** Which cells of Forslag differ from a version: row key → grid column id → what the cell said in the version. */
export interface ChangeMarks {
  version: string;
  /** The hover text of a changed cell ("Ændret siden '1. behandling'. Før: …"), or null. */
  of(key: number, columnId: string): string | null;
}

/**
 * The Forslag grid's change marks against the version chosen in "Sammenlign med…" (`markChangesSince`), or null.
 * Rows are matched to the diff by id and occurrence, as the diff matches proposals.
 */
export function changeMarksFor(doc: Doc, versionName: string | null): ChangeMarks | null {
  if (versionName === null) return null;
  const project = doc.project;
  if (!findVersion(project, versionName)) return null;
  const years = project.settings.years;
  const diff = diffStates(stateOf(project, versionName), stateOf(project, null), { yearCount: years.length });
  const keyOf = new Map<string, number>();
  const seen = new Map<string, number>();
  project.proposals.forEach((p, i) => {
    const n = seen.get(p.id) ?? 0;
    seen.set(p.id, n + 1);
    keyOf.set(`${p.id}\u0000${n}`, doc.keys[i] ?? -1);
  });
  const marks = new Map<number, Map<string, string>>();
  const put = (key: number | undefined, column: string, text: string): void => {
    if (key === undefined) return;
    const row = marks.get(key) ?? new Map<string, string>();
    row.set(column, text);
    marks.set(key, row);
  };
  const T = TEXT.season;
  for (const c of diff.changed) {
    const key = keyOf.get(`${c.id}\u0000${c.occurrence}`);
    for (const [field, value] of Object.entries(c.fields))
      put(key, field, T.changedSince(versionName, describeFieldValue(field, value.from, years)));
    const a = c.amounts;
    if (a)
      years.forEach((_, i) => {
        if ((a.difference[i] ?? 0) !== 0)
          put(key, `amount:${i}`, T.changedSince(versionName, formatThousands(a.from[i] ?? 0, 1)));
      });
  }
  // The diff's added proposals are the working state's own objects.
  const keyOfProposal = new Map(project.proposals.map((p, i) => [p, doc.keys[i] ?? -1]));
  for (const p of diff.added) put(keyOfProposal.get(p), 'id', T.newSince(versionName));
  return {
    version: versionName,
    of: (key, column) => marks.get(key)?.get(column) ?? null,
  };
}

/** `changeMarksFor` for the grid's document, recomputed when it or the chosen version changes. */
export function useChangeMarks(doc: Doc): ChangeMarks | null {
  const since = useWorkbench((s) => s.markChangesSince);
  return useMemo(() => changeMarksFor(doc, since), [doc, since]);
}

/**
 * For the Forslag grid: the marks in a ref its cell rules read (so the column definitions never change), and the
 * grid's cells redrawn when the marks do.
 */
export function useChangeMarksRef<T>(
  apiRef: RefObject<GridApi<T> | null>,
  doc: Doc,
): RefObject<ChangeMarks | null> {
  const marks = useChangeMarks(doc);
  const ref = useRef<ChangeMarks | null>(marks);
  useEffect(() => {
    if (ref.current === marks) return;
    ref.current = marks;
    const api = apiRef.current;
    if (api && !api.isDestroyed()) api.refreshCells({ force: true });
  }, [marks, apiRef]);
  return ref;
}

/** The mark of one cell: its hover text, or null when it has none. */
export function changeMark(marks: RefObject<ChangeMarks | null>, key: number, column: string): string | null {
  return marks.current?.of(key, column) ?? null;
}
