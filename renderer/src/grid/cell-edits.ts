import type { Proposal } from '../../../shared/model/index.ts';
import type { FieldSpec } from './proposal-fields.ts';

/** A proposal with the grid's stable row key (ids are user data and may be duplicated or edited). */
export interface Row {
  key: number;
  proposal: Proposal;
}

export interface RejectedCell {
  key: number;
  field: string;
  text: string;
}

export interface EditResult {
  rows: Row[];
  rejected: RejectedCell[];
}

function replaceByKey(rows: readonly Row[], changed: ReadonlyMap<number, Proposal>): Row[] {
  if (changed.size === 0) return [...rows];
  return rows.map((r) => {
    const p = changed.get(r.key);
    return p ? { key: r.key, proposal: p } : r;
  });
}

/** Writes text into cells; `cells` are (row key, field, text). Unreadable text is reported, not written. */
export function writeCells(
  rows: readonly Row[],
  cells: readonly { key: number; field: FieldSpec; text: string }[],
): EditResult {
  const byKey = new Map(rows.map((r) => [r.key, r.proposal]));
  const changed = new Map<number, Proposal>();
  const rejected: RejectedCell[] = [];
  for (const { key, field, text } of cells) {
    const current = changed.get(key) ?? byKey.get(key);
    if (!current) continue;
    const next = field.write(current, text);
    if (next) changed.set(key, next);
    else rejected.push({ key, field: field.id, text });
  }
  return { rows: replaceByKey(rows, changed), rejected };
}

/**
 * A block copied from Excel, pasted with its top-left at the focused cell. `targetKeys` are the rows as
 * displayed from the focused row down; `fields` the columns as displayed from the focused column right.
 * Rows beyond the last get new proposals from `makeRow`; columns beyond the last are dropped.
 * A single copied cell fills every selected target, as in Excel.
 */
export function pasteBlock(
  rows: readonly Row[],
  targetKeys: readonly number[],
  fields: readonly FieldSpec[],
  block: readonly (readonly string[])[],
  makeRow: (index: number, existing: readonly Row[]) => Row,
): EditResult & { added: number } {
  let working: Row[] = [...rows];
  const keys = [...targetKeys];
  let added = 0;
  while (keys.length < block.length) {
    const row = makeRow(added, working);
    working = [...working, row];
    keys.push(row.key);
    added++;
  }
  const cells: { key: number; field: FieldSpec; text: string }[] = [];
  block.forEach((line, r) => {
    const key = keys[r];
    if (key === undefined) return;
    line.forEach((text, c) => {
      const field = fields[c];
      if (field) cells.push({ key, field, text });
    });
  });
  return { ...writeCells(working, cells), added };
}

/** Ctrl+D: the top cell of each selected column copied into the cells below it. */
export function fillDown(
  rows: readonly Row[],
  keysTopDown: readonly number[],
  fields: readonly FieldSpec[],
): EditResult {
  const top = rows.find((r) => r.key === keysTopDown[0]);
  if (!top || keysTopDown.length < 2) return { rows: [...rows], rejected: [] };
  const cells = keysTopDown
    .slice(1)
    .flatMap((key) => fields.map((field) => ({ key, field, text: field.read(top.proposal) })));
  return writeCells(rows, cells);
}

/** The selected cells as the TSV rows Excel would copy. */
export function copyBlock(
  rows: readonly Row[],
  keys: readonly number[],
  fields: readonly FieldSpec[],
): string[][] {
  const byKey = new Map(rows.map((r) => [r.key, r.proposal]));
  return keys.flatMap((key) => {
    const p = byKey.get(key);
    return p ? [fields.map((f) => f.read(p))] : [];
  });
}
