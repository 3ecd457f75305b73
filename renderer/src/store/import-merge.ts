import type { Proposal } from '../../../shared/model/index.ts';
import { newRowKey, rowsOf, withRows, type Doc } from './workbench-store.ts';

export interface ImportMerge {
  doc: Doc;
  /** Proposals the import would have replaced but the user changed or deleted while it ran: theirs are kept. */
  keptEdits: number;
}

const same = (a: Proposal | undefined, b: Proposal | undefined): boolean =>
  a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * An import's result merged into the document as it is when the import finishes, not as it was when it
 * started. `imported` is the core's whole list for `before`: its proposals in order (a replaced one in
 * its place), then the new ones. Edits made meanwhile survive: rows added or deleted stay so, a replacement
 * applies only to a row the user has not touched since, and the new proposals are added at the end.
 */
export function mergeImport(before: Doc, current: Doc, imported: readonly Proposal[]): ImportMerge {
  const startCount = before.project.proposals.length;
  const replacements = new Map<number, Proposal>();
  for (let i = 0; i < startCount; i++) {
    const was = before.project.proposals[i];
    const now = imported[i];
    const key = before.keys[i];
    if (now !== undefined && key !== undefined && !same(was, now)) replacements.set(key, now);
  }
  const beforeByKey = new Map(before.keys.map((k, i) => [k, before.project.proposals[i]]));
  let keptEdits = 0;
  const currentKeys = new Set(current.keys);
  for (const key of replacements.keys()) if (!currentKeys.has(key)) keptEdits++;
  const rows = rowsOf(current).map((row) => {
    const replacement = replacements.get(row.key);
    if (!replacement) return row;
    // Untouched since the import started (the same object, or equal to it): the import's version applies.
    const untouched =
      beforeByKey.get(row.key) === row.proposal || same(beforeByKey.get(row.key), row.proposal);
    if (untouched) return { key: row.key, proposal: replacement };
    keptEdits++;
    return row;
  });
  const added = imported.slice(startCount).map((proposal) => ({ key: newRowKey(), proposal }));
  return { doc: withRows(current, [...rows, ...added]), keptEdits };
}
