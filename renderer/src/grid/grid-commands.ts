import type { WorkbenchStore } from '../store/workbench-store.ts';
import { currentProject, newRowKey, rowsOf } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { revealRow } from '../trace/reveal.ts';
import { copyBlock, fillDown, pasteBlock, writeCells, type Row } from './cell-edits.ts';
import {
  clearTargets,
  copyTargets,
  fillTargets,
  pasteTargets,
  rowTargets,
  type GridSelection,
} from './grid-targets.ts';
import { blankProposal, nextProposalId, type FieldSpec } from './proposal-fields.ts';
import { formatTsv, parseTsv } from './tsv.ts';

/**
 * What the Forslag grid shows when a command runs, read from AG Grid as data: where the user is, and what a
 * new proposal starts with. The grid commands below take it and change the store; they never call back into
 * the view (it follows the store; a new row is brought into view by `revealRow`).
 */
export interface GridView {
  selection(): GridSelection<FieldSpec>;
  /** The committee a new proposal starts with: the grid's udvalg filter, so the new row is shown. */
  newRowCommittee(): string;
}

/** A new row for the grid: the next free number, blank amounts for the plan years. */
export function newRow(store: WorkbenchStore, existing: readonly Row[], committee: string): Row {
  const years = currentProject(store.getState()).settings.years.length;
  return {
    key: newRowKey(),
    proposal: blankProposal(nextProposalId(existing.map((r) => r.proposal)), years, committee),
  };
}

/** "Nyt forslag": a row at the end, selected, with its title cell focused by the grid. */
export function addProposal(store: WorkbenchStore, view: GridView | null): void {
  let key = -1;
  store.actions.changeRows((current) => {
    const row = newRow(store, current, view?.newRowCommittee() ?? '');
    key = row.key;
    return [...current, row];
  }, TEXT.history.addProposal);
  revealRow(store, { kind: 'proposal', key });
}

/** "Dupliker forslag": each chosen row gets a copy under it, with the next free number and no source. */
export function duplicateProposals(store: WorkbenchStore, view: GridView): void {
  const chosen = rowTargets(view.selection(), store.getState().selectedKey);
  store.actions.changeRows((current) => {
    const out: Row[] = [];
    for (const r of current) {
      out.push(r);
      if (chosen.includes(r.key)) {
        const id = nextProposalId([...current, ...out].map((x) => x.proposal));
        out.push({ key: newRowKey(), proposal: { ...r.proposal, id, source: null } });
      }
    }
    return out;
  }, TEXT.history.duplicate(chosen.length));
}

/** "Slet forslag": the selected rows, else the one the detail panel shows. Undo brings them back. */
export function deleteProposals(store: WorkbenchStore, view: GridView): void {
  const chosen = new Set(rowTargets(view.selection(), store.getState().selectedKey));
  const before = rowsOf(store.getState().history.present).length;
  store.actions.changeRows(
    (current) => current.filter((r) => !chosen.has(r.key)),
    TEXT.history.delete(Math.min(chosen.size, before)),
  );
  store.actions.select(null);
}

/** Ctrl+D, as in Excel (see `fillTargets`). */
export function fillDownCells(store: WorkbenchStore, view: GridView): void {
  const target = fillTargets(view.selection());
  if (!target) return;
  store.actions.changeRows(
    (current) => fillDown(current, target.keys, target.fields).rows,
    TEXT.history.fillDown,
  );
}

/** Delete: the chosen cells become empty (amounts 0). */
export function clearCells(store: WorkbenchStore, view: GridView): void {
  const target = clearTargets(view.selection());
  if (!target) return;
  const cells = target.keys.flatMap((key) => target.fields.map((field) => ({ key, field, text: '' })));
  store.actions.changeRows((current) => writeCells(current, cells).rows, TEXT.history.clear(cells.length));
}

/** Text from the clipboard (Excel's tab-separated cells) pasted where Excel would put it; one undo step. */
export function pasteCells(store: WorkbenchStore, view: GridView, text: string): void {
  const target = pasteTargets(view.selection(), parseTsv(text));
  if (!target) return;
  let rejected = 0;
  const committee = view.newRowCommittee();
  const cells = target.cells.reduce((n, r) => n + Math.min(r.length, target.fields.length), 0);
  store.actions.changeRows((current) => {
    const result = pasteBlock(current, target.keys, target.fields, target.cells, (_, existing) =>
      newRow(store, existing, committee),
    );
    rejected = result.rejected.length;
    return result.rows;
  }, TEXT.history.paste(cells));
  store.actions.notify(rejected > 0 ? TEXT.forslag.pasteRejected(rejected) : null);
}

/** What Ctrl+C puts on the clipboard: the chosen cells as Excel reads them; empty when nothing is chosen. */
export function copiedText(store: WorkbenchStore, view: GridView): string {
  const target = copyTargets(view.selection());
  if (!target) return '';
  return formatTsv(copyBlock(rowsOf(store.getState().history.present), target.keys, target.fields));
}

/** One cell typed into (or picked) in the grid; text the field cannot use leaves the cell as it was. */
export function editCell(store: WorkbenchStore, key: number, field: FieldSpec, text: string): void {
  const row = rowsOf(store.getState().history.present).find((r) => r.key === key);
  if (!row || text === field.read(row.proposal)) return;
  let rejected = 0;
  store.actions.changeRows(
    (current) => {
      const result = writeCells(current, [{ key, field, text }]);
      rejected = result.rejected.length;
      return result.rows;
    },
    TEXT.history.edit(field.header, row.proposal.id),
  );
  store.actions.notify(rejected > 0 ? TEXT.forslag.pasteRejected(rejected) : null);
}
