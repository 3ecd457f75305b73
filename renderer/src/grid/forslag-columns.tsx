import type { RefObject } from 'react';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import type { SignDisplay } from '../../../shared/model/index.ts';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { fteText } from './amounts.ts';
import { TEXT } from '../text.ts';
import { VejTag } from '../components/VejTag.tsx';
import { cellId } from './cell-range.ts';
import type { GridRow } from './grid-rows.ts';
import {
  amountGroupHeader,
  KATEGORI_CHOICE,
  matchingChoices,
  matchingIn,
  STATUS_CHOICE,
  VEJ_CHOICE,
  type ChoiceSet,
  type FieldSpec,
} from './proposal-fields.ts';
import { ChoiceEditor, type ChoiceEditorParams } from './choice-editor.ts';
import { isTotalsRow, totalsText, TotalsCell } from './forslag-totals.tsx';
import type { ProposalIssue } from './validation.ts';

// What the choice columns offer and how typed text picks among them: the same rule a paste goes by.
function editorChoices<T extends string>(c: ChoiceSet<T>): ChoiceEditorParams {
  return {
    labels: c.values.map((v) => c.label(v)),
    matches: (t) => matchingIn(c, t).map((v) => c.label(v)),
  };
}
const VEJ_CHOICES = editorChoices(VEJ_CHOICE);
const KATEGORI_CHOICES = editorChoices(KATEGORI_CHOICE);
const STATUS_CHOICES = editorChoices(STATUS_CHOICE);

/** Wide enough for "-123.456,7" in the grid's font: a proposal of a billion kroner is the most it meets. */
export const AMOUNT_WIDTH = 100;

function issuesFor(row: GridRow, field: FieldSpec): ProposalIssue[] {
  return row.issues.filter((i) =>
    i.field === 'amounts' ? field.kind === 'amount' && field.id !== 'investment' : i.field === field.id,
  );
}

export interface ForslagColumnsInput {
  fields: readonly FieldSpec[];
  /** The committees an udvalg cell offers (empty: it is typed freely). */
  committees: readonly string[];
  yearCount: number;
  priceYear: number;
  sign: SignDisplay;
  /** Whether the "Årsværk <år>" columns are shown ("Vis årsværk"); hidden ones are neither pasted into nor copied. */
  showFte?: boolean;
  /** The cells of the Shift-chosen block, by `cellId`. */
  inRange: RefObject<ReadonlySet<string>>;
  /** What a cell was in the version compared with, when it differs (marked with a corner and said on hover). */
  changeOf?: (key: number, colId: string) => string | null;
}

/**
 * The Forslag grid's columns, in the order of a department's list (what a paste from Excel fills, left to right):
 * number and title pinned at the left, the describing columns narrow enough that the four plan years (under one
 * header with unit and price level) are in view beside them at 1280 px; longer texts end in "…" with the whole
 * text a click away in the detail panel. The amounts never give way; the descriptions do.
 */
export function forslagColumns(input: ForslagColumnsInput): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const { fields, committees, yearCount, priceYear, sign, inRange } = input;
  const changeOf = input.changeOf ?? (() => null);
  const leaf = (field: FieldSpec): ColDef<GridRow> => {
    const base: ColDef<GridRow> = {
      colId: field.id,
      headerName: field.header,
      headerTooltip:
        field.kind === 'amount' ? `${field.header} (${TEXT.unitHeader(priceYear)})` : field.header,
      valueGetter: (p) =>
        isTotalsRow(p.data) ? totalsText(p.data, field.id) : p.data ? field.read(p.data.proposal) : '',
      // The pinned totals row is no proposal: never edited; its year totals ask what they are made of.
      editable: (p) => !p.node.rowPinned,
      cellRendererSelector: (p) => (p.node.rowPinned ? { component: TotalsCell } : undefined),
      tooltipValueGetter: (p) => {
        const found = p.data ? issuesFor(p.data, field) : [];
        const change = p.data ? changeOf(p.data.key, field.id) : null;
        const texts = [...found.map((i) => i.message), ...(change ? [change] : [])];
        return texts.length > 0 ? texts.join('\n') : undefined;
      },
      cellClassRules: {
        'cell-issue': (p) => (p.data ? issuesFor(p.data, field).length > 0 : false),
        'cell-changed': (p) => (p.data ? changeOf(p.data.key, field.id) !== null : false),
        'cell-in-range': (p) => (p.data ? inRange.current.has(cellId(p.data.key, field.id)) : false),
      },
    };
    const amount = field.amount;
    if (amount) {
      return {
        ...base,
        type: 'rightAligned',
        width: AMOUNT_WIDTH,
        // Shown in the one amount format; the cell's value (for its editor, a copy or Ctrl+D) stays exact.
        valueFormatter: (p) =>
          isTotalsRow(p.data)
            ? totalsText(p.data, field.id)
            : p.data
              ? formatAmount(amount(p.data.proposal))
              : '',
      };
    }
    if (field.kind === 'fte') {
      const index = Number(field.id.slice('fte:'.length));
      return {
        ...base,
        type: 'rightAligned',
        width: 110,
        hide: input.showFte === false,
        valueFormatter: (p) => (p.data ? fteText(p.data.proposal.fte[index] ?? 0) : ''),
      };
    }
    // A column edited by picking one of its texts.
    const picked = (width: number, values: readonly string[]): ColDef<GridRow> => ({
      ...base,
      width,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values },
    });
    // A column typed into like any cell, its text picking one of the allowed values.
    const typed = (width: number, params: ChoiceEditorParams): ColDef<GridRow> => ({
      ...base,
      width,
      cellEditor: ChoiceEditor,
      cellEditorParams: params,
      cellEditorPopup: true,
      cellEditorPopupPosition: 'over',
    });
    switch (field.id) {
      case 'id':
        return { ...base, width: 64, pinned: 'left' };
      case 'title':
        return { ...base, width: 200, pinned: 'left' };
      case 'area':
        return { ...base, width: 110 };
      case 'vej':
        return {
          ...typed(146, VEJ_CHOICES),
          cellRenderer: (p: { data?: GridRow }) => <VejTag vej={p.data?.proposal.vej ?? null} />,
        };
      case 'kategori':
        return typed(118, KATEGORI_CHOICES);
      case 'status':
        return typed(92, STATUS_CHOICES);
      case 'committee':
        return committees.length > 0
          ? typed(130, {
              labels: committees,
              matches: (t) => matchingChoices(committees, (c) => c, t),
            })
          : { ...base, width: 130, cellEditor: 'agTextCellEditor', cellEditorParams: {} };
      case 'isService':
        return picked(84, ['Ja', 'Nej']);
      default:
        return { ...base, width: 150 };
    }
  };
  const leaves = fields.map(leaf);
  // The plan years sit under one header that states the unit and price level.
  const firstYear = leaves.findIndex((c) => c.colId === 'amount:0');
  if (firstYear < 0) return leaves;
  return [
    ...leaves.slice(0, firstYear),
    {
      headerName: amountGroupHeader(priceYear, sign),
      marryChildren: true,
      children: leaves.slice(firstYear, firstYear + yearCount),
    },
    ...leaves.slice(firstYear + yearCount),
  ];
}
