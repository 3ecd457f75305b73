import type { Problem } from '../model/problem.ts';
import { isReadError } from '../model/problem.ts';
import { FileTotals, MAX_FILE_TOTAL_KR } from '../model/bounds.ts';
import { AMOUNT_LIMIT_KR, isPlausibleKr } from '../model/money.ts';
import type { Proposal } from '../model/proposal.ts';
import { formatDanish } from '../numbers/danish.ts';
import { cellAddress, parseAddress } from '../workbook/cells.ts';
import type { AbortSignalLike, Cell, CellRange, WorkbookFile } from '../workbook/types.ts';
import { buildProposal, type FieldValues, type RawProposal } from './build.ts';
import { cellNumber, cellText, isBlank, roundFte, warnAt, type SheetContext } from './cells.ts';
import { detectFormLayout, readForm, reportYears, type TextAt } from './form-layout.ts';
import { fieldOfLabel, isTotalsLabel } from './labels.ts';
import { detectListLayout, type ListLayout } from './list-layout.ts';
import { foldWord } from './normalise.ts';
import { mergeProposals, type DuplicatePolicy, type IncomingProposal, type MergeResult } from './merge.ts';
import { decideFlip, unitScale, warnIfSavingsLookPositive } from './sheet-notes.ts';

export interface ProposalFileInput {
  file: WorkbookFile;
  /** The name shown in messages and stored in `source.file` (usually the file's base name). */
  name: string;
}

export interface ImportProposalsOptions {
  /** The project's plan years; amounts and fte come back aligned with them. */
  years: readonly number[];
  /** Every sheet writes savings as positive numbers (CLI `--savings-positive`); flips all amounts. */
  savingsPositive?: boolean;
  /** What to do with a proposal whose number is taken by a different proposal (default 'rename'). */
  onDuplicate?: DuplicatePolicy;
  /** The project's proposals, to merge into. */
  existing?: readonly Proposal[];
  /** Catalogue for proposals whose sheet names none (default ''). */
  catalogue?: string;
  /**
   * The committees known from the project's budget. A proposal's udvalg written differently ("Børne- og
   * ungeudvalget") is stored with the budget's spelling; one not in the list is a warning. Empty/absent: no check.
   */
  committees?: readonly string[];
  signal?: AbortSignalLike;
}

export type SheetLayoutKind = 'list' | 'form' | 'ignored';

export interface SheetSummary {
  file: string;
  sheet: string;
  layout: SheetLayoutKind;
  /** Proposals read from the sheet (before duplicate handling). */
  proposals: number;
  /** True when the amounts were flipped because savings were written as positive numbers. */
  savingsFlipped: boolean;
}

export interface ProposalImportResult extends MergeResult {
  /** Everything read from the files, in order, before duplicate handling. */
  imported: Proposal[];
  sheets: SheetSummary[];
}

const PREVIEW_ROWS = 60;
const FORM_MAX_ROWS = 500;

/**
 * Reads department submissions from one or more opened workbooks (list or form layout, detected per sheet) and
 * merges them into `existing`. Never throws for content: every doubt is a `Problem` with file, sheet and cell.
 * A `ReadError` from a broken sheet becomes an error problem for that sheet; cancelling via `signal` rejects.
 */
export async function importProposals(
  files: readonly ProposalFileInput[],
  options: ImportProposalsOptions,
): Promise<ProposalImportResult> {
  const problems: Problem[] = [];
  const incoming: IncomingProposal[] = [];
  const totals = new FileTotals();
  const sheets: SheetSummary[] = [];
  for (const { file, name } of files) {
    problems.push(...file.problems);
    const before = incoming.length;
    const reads: SheetRead[] = [];
    for (const info of file.sheets) {
      if (info.kind !== 'worksheet') continue;
      if (info.visibility !== 'visible') {
        problems.push({
          code: 'sheet_hidden_skipped',
          severity: 'info',
          message: `Arket '${info.name}' er skjult (fx en skabelon) og er ikke læst som forslag.`,
          file: name,
          sheet: info.name,
        });
        continue;
      }
      const ctx: SheetContext = { file: name, sheet: info.name, problems };
      try {
        reads.push(await readSheet(file, ctx, options));
      } catch (error) {
        if (!isReadError(error)) throw error;
        problems.push({ ...error.problem, file: name, sheet: info.name, severity: 'error' });
        sheets.push({ file: name, sheet: info.name, layout: 'ignored', proposals: 0, savingsFlipped: false });
      }
    }
    dropOverviewRows(reads);
    // An instruction sheet ("Vejledning") may state the sign convention for the whole workbook.
    const workbookNotes = reads.filter((r) => r.layout === 'ignored').flatMap((r) => r.notes);
    for (const read of reads) {
      const { ctx, raws, notes } = read;
      const flipped =
        raws.length > 0 && decideFlip(notes, workbookNotes, options.savingsPositive === true, ctx);
      if (!flipped) warnIfSavingsLookPositive(raws, notes, ctx);
      const scale = unitScale(notes, raws.length > 0, ctx);
      for (const raw of raws) {
        if (flipped) {
          // The sheet's sign statement covers everything beside the amounts: a reduction of staff written
          // positive there is negative in the project, like the saving it comes with.
          raw.amountsThousands = raw.amountsThousands.map(negate);
          raw.incomeThousands = raw.incomeThousands.map(negate);
          raw.fte = raw.fte.map(negate);
        }
        if (scale !== 1) {
          raw.amountsThousands = raw.amountsThousands.map((a) => a * scale);
          raw.incomeThousands = raw.incomeThousands.map((a) => a * scale);
        }
        if (options.catalogue && !raw.fields.catalogue?.text) {
          raw.fields.catalogue = { text: options.catalogue, cell: '' };
        }
        incoming.push(withinBounds(buildProposal(raw, ctx), totals, ctx));
      }
      sheets.push({
        file: name,
        sheet: ctx.sheet,
        layout: read.layout,
        proposals: raws.length,
        savingsFlipped: flipped,
      });
    }
    if (incoming.length === before) {
      problems.push({
        code: 'no_proposals_found',
        severity: 'warning',
        message: `Der blev ikke fundet nogen forslag i filen '${name}'. Forslag skal stå enten som en liste (én række pr. forslag med kolonner som 'Forslag nr.', 'Titel' og årstal) eller som skemaer (ét ark pr. forslag).`,
        file: name,
      });
    }
  }
  const matched =
    options.committees && options.committees.length > 0
      ? matchCommittees(incoming, options.committees, problems)
      : incoming;
  const merged = mergeProposals(options.existing ?? [], matched, options.onDuplicate ?? 'rename');
  return {
    ...merged,
    problems: [...problems, ...merged.problems],
    imported: matched.map((i) => i.proposal),
    sheets,
  };
}

function matchCommittees(
  incoming: readonly IncomingProposal[],
  known: readonly string[],
  problems: Problem[],
): IncomingProposal[] {
  const byKey = new Map(known.map((name) => [foldWord(name), name]));
  const warned = new Set<string>();
  return incoming.map((entry) => {
    const { proposal } = entry;
    if (proposal.committee === '') return entry;
    const match = byKey.get(foldWord(proposal.committee));
    if (match !== undefined) return { ...entry, proposal: { ...proposal, committee: match } };
    if (!warned.has(proposal.committee)) {
      warned.add(proposal.committee);
      problems.push({
        code: 'proposal_committee_unknown',
        severity: 'warning',
        message: `Udvalget '${proposal.committee}' (forslag ${proposal.id}) findes ikke i projektets budget. Kontrollér stavemåden; forslaget er indlæst som skrevet.`,
        ...(proposal.source ? { file: proposal.source.file, sheet: proposal.source.sheet } : {}),
      });
    }
    return entry;
  });
}

/**
 * A workbook with one form per proposal sometimes also has an overview sheet listing the same proposals. A list row
 * whose number and amounts equal a form's in the same workbook is that overview, not a second proposal.
 */
function dropOverviewRows(reads: SheetRead[]): void {
  const forms = new Map<string, RawProposal>();
  for (const read of reads) {
    if (read.layout !== 'form') continue;
    for (const raw of read.raws) {
      const id = raw.fields.id?.text ?? '';
      if (id !== '') forms.set(id, raw);
    }
  }
  if (forms.size === 0) return;
  for (const read of reads) {
    if (read.layout !== 'list') continue;
    const kept = read.raws.filter((raw) => {
      const form = forms.get(raw.fields.id?.text ?? '');
      return !form || !raw.amountsThousands.every((a, i) => a === form.amountsThousands[i]);
    });
    const dropped = read.raws.length - kept.length;
    if (dropped === 0) continue;
    read.raws = kept;
    read.ctx.problems.push({
      code: 'proposal_overview_rows_skipped',
      severity: 'info',
      message: `Arket '${read.ctx.sheet}' gentager ${dropped} forslag fra skemaerne i samme projektmappe (samme nummer og beløb). De er kun indlæst én gang, fra skemaerne.`,
      file: read.ctx.file,
      sheet: read.ctx.sheet,
    });
  }
}

interface SheetRead {
  ctx: SheetContext;
  layout: SheetLayoutKind;
  raws: RawProposal[];
  /** Text that is not proposal data (titles, headers, notes), searched for sign statements. */
  notes: TextAt[];
}

async function readSheet(
  file: WorkbookFile,
  ctx: SheetContext,
  options: ImportProposalsOptions,
): Promise<SheetRead> {
  const sheet = ctx.sheet;
  const signal = options.signal ? { signal: options.signal } : {};
  const preview = await file.readSheetGrid(sheet, PREVIEW_ROWS, signal);
  const list = detectListLayout(preview);
  const form = detectFormLayout(preview);
  let raws: RawProposal[] = [];
  let notes: TextAt[] = [];
  let layout: SheetLayoutKind = 'ignored';

  if (list && (!form || list.score >= form.score)) {
    layout = 'list';
    const headerEnd = list.headerRows[list.headerRows.length - 1] ?? 1;
    for (let r = 1; r <= headerEnd; r++) notes.push(...textsOf(preview.rows[r - 1] ?? []));
    const moneyColumns = [list.amountColumns, list.expenseColumns, list.incomeColumns];
    const firstAmount = Math.min(...moneyColumns.flatMap((m) => [...m.values()]));
    const moneyYears = new Set(moneyColumns.flatMap((m) => [...m.keys()]));
    reportYears(options.years, [...moneyYears], ctx, cellAddress(firstAmount, headerEnd));
    const details = await file.readRows(
      sheet,
      (row) => {
        if (row.row < list.dataStart) return;
        const read = readListRow(row.row, row.cells, list, options.years, ctx);
        if (read.kind === 'proposal') raws.push(read.raw);
        else if (read.kind === 'note') notes.push(...textsOf(row.cells));
      },
      signal,
    );
    fillMergedFields(raws, details.merges);
    if (!list.fields.has('committee') && /udvalg/i.test(sheet)) {
      // One sheet per udvalg without an Udvalg column: the sheet's name is the committee.
      for (const raw of raws) raw.fields.committee = { text: sheet.trim(), cell: '' };
    }
  } else if (form) {
    layout = 'form';
    const grid = preview.details.complete ? preview : await file.readSheetGrid(sheet, FORM_MAX_ROWS, signal);
    const result = readForm(grid, form, options.years, ctx);
    notes = result.notes;
    if (result.raw) raws = [result.raw];
    else {
      ctx.problems.push({
        code: 'form_empty',
        severity: 'info',
        message: `Arket '${sheet}' er et tomt forslagsskema og er sprunget over.`,
        file: ctx.file,
        sheet,
      });
    }
  } else {
    for (const row of preview.rows) notes.push(...textsOf(row, sheet));
    ctx.problems.push({
      code: 'sheet_not_proposals',
      severity: 'info',
      message: `Arket '${sheet}' ligner hverken en forslagsliste eller et forslagsskema (fx en vejledning) og er sprunget over.`,
      file: ctx.file,
      sheet,
    });
  }

  return { ctx, layout, raws, notes };
}

/**
 * A value merged down over several proposal rows (an Udvalg cell spanning its proposals) belongs to every row it
 * covers; the file stores it only in the top-left cell.
 */
function fillMergedFields(raws: readonly RawProposal[], merges: readonly CellRange[]): void {
  if (merges.length === 0) return;
  const byAddress = new Map<string, string>();
  for (const raw of raws)
    for (const value of Object.values(raw.fields)) if (value.text) byAddress.set(value.cell, value.text);
  for (const merge of merges) {
    if (merge.endRow === merge.startRow) continue;
    const text = byAddress.get(cellAddress(merge.startCol, merge.startRow));
    if (!text) continue;
    for (const raw of raws) {
      if (raw.source.row <= merge.startRow || raw.source.row > merge.endRow) continue;
      for (const value of Object.values(raw.fields)) {
        const col = parseAddress(value.cell)?.col ?? 0;
        if (value.text === '' && col >= merge.startCol && col <= merge.endCol) value.text = text;
      }
    }
  }
}

/** −x, with no −0 (a zero year stays a plain 0 in the project and in every comparison). */
function negate(value: number): number {
  return value === 0 ? 0 : -value;
}

function textsOf(cells: readonly (Cell | undefined)[], sheet?: string): TextAt[] {
  const out: TextAt[] = [];
  for (const cell of cells) {
    if (cell && cell.kind === 'text')
      out.push({ text: cellText(cell), cell: cell.address, ...(sheet ? { sheet } : {}) });
  }
  return out;
}

type ListRowRead = { kind: 'proposal'; raw: RawProposal } | { kind: 'note' } | { kind: 'skip' };

function readListRow(
  row: number,
  cells: readonly Cell[],
  layout: ListLayout,
  years: readonly number[],
  ctx: SheetContext,
): ListRowRead {
  const nonBlank = cells.filter((c) => !isBlank(c));
  if (nonBlank.length === 0) return { kind: 'skip' };
  const byCol = new Map<number, Cell>();
  for (const cell of cells) byCol.set(cell.col, cell);
  const at = (col: number | undefined): Cell | undefined => (col === undefined ? undefined : byCol.get(col));
  const idText = cellText(at(layout.fields.get('id')));
  const titleText = cellText(at(layout.fields.get('title')));
  const firstText = nonBlank[0]?.kind === 'text' ? cellText(nonBlank[0]) : '';
  if (isTotalsLabel(idText) || isTotalsLabel(titleText) || isTotalsLabel(firstText)) return { kind: 'skip' };
  // A header repeated further down (printed lists often repeat it per page).
  if (fieldOfLabel(idText) === 'id') return { kind: 'skip' };
  const amountCells = [
    ...layout.amountColumns.values(),
    ...layout.expenseColumns.values(),
    ...layout.incomeColumns.values(),
  ].map((c) => byCol.get(c));
  const hasAmount = amountCells.some((c) => !isBlank(c));
  if (idText === '' && titleText === '') {
    if (hasAmount && !amountCells.some((c) => c?.formula !== undefined)) {
      ctx.problems.push({
        code: 'proposal_row_without_id',
        severity: 'warning',
        message: `Række ${row} har beløb, men hverken forslagsnummer eller titel, og er ikke indlæst.`,
        file: ctx.file,
        sheet: ctx.sheet,
        cell: cellAddress(nonBlank[0]?.col ?? 1, row),
      });
      return { kind: 'skip' };
    }
    return hasAmount ? { kind: 'skip' } : { kind: 'note' };
  }
  if (titleText === '' && !hasAmount && nonBlank.length === 1) return { kind: 'note' };

  const fields: FieldValues = {};
  for (const [field, col] of layout.fields) {
    const cell = byCol.get(col);
    if (cell && !isBlank(cell)) {
      fields[field] = { text: cellText(cell), cell: cell.address };
      if (cell.kind === 'number' && typeof cell.value === 'number') fields[field].number = cell.value;
    } else {
      fields[field] = { text: '', cell: cellAddress(col, row) };
    }
  }
  // The net amount column where there is one, else Udgifter + Indtægter; the income part is kept either way.
  const amounts: number[] = [];
  const income: number[] = [];
  for (const y of years) {
    const net = layout.amountColumns.has(y);
    const base = net
      ? cellNumber(at(layout.amountColumns.get(y)), ctx, 'Beløbet')
      : cellNumber(at(layout.expenseColumns.get(y)), ctx, 'Udgiften');
    const part = cellNumber(at(layout.incomeColumns.get(y)), ctx, 'Indtægten');
    amounts.push(net ? base : base + part);
    income.push(part);
  }
  const fte = years.map((y) => roundFte(cellNumber(at(layout.fteColumns.get(y)), ctx, 'Årsværket', 'fte')));
  return {
    kind: 'proposal',
    raw: {
      fields,
      amountsThousands: amounts,
      incomeThousands: income,
      fte,
      source: { file: ctx.file, sheet: ctx.sheet, row },
      fallbackId: `Uden nr. (${ctx.sheet} række ${row})`,
    },
  };
}

/**
 * A proposal's amounts once its sheet's unit is applied: each year within `AMOUNT_LIMIT_KR` (a sheet in mio. kr.
 * multiplies what `cellNumber` checked), and the import's sums within `MAX_FILE_TOTAL_KR` (shared/model/bounds.ts).
 * What is beyond is set to 0 and said.
 */
function withinBounds(built: IncomingProposal, totals: FileTotals, ctx: SheetContext): IncomingProposal {
  const p = built.proposal;
  const where = p.source?.row ? ` (række ${p.source.row})` : '';
  const warn = (code: string, message: string): void => warnAt(ctx, code, message, built.idCell);
  const amounts = [...p.amounts];
  const income = [...p.income];
  amounts.forEach((kr, i) => {
    if (isPlausibleKr(kr) && isPlausibleKr(income[i] ?? 0)) return;
    amounts[i] = 0;
    if (income[i] !== undefined) income[i] = 0;
    warn(
      'proposal_number_out_of_range',
      `Et beløb i forslag ${p.id}${where} på arket '${ctx.sheet}' er ${formatDanish(AMOUNT_LIMIT_KR / 1e9)} mia. kr. eller mere, når arkets enhed er regnet om. Det er ikke talt med; ret arket og indlæs igen.`,
    );
  });
  if (!totals.add(amounts)) {
    amounts.fill(0);
    income.fill(0);
    warn(
      'proposal_total_out_of_range',
      `Forslag ${p.id}${where} på arket '${ctx.sheet}' er ikke talt med: sammen med forslagene før det når summen af beløbene for et år ${formatDanish(MAX_FILE_TOTAL_KR / 1e9)} mia. kr. Kontrollér arkets enhed og beløb.`,
    );
  }
  return { ...built, proposal: { ...p, amounts, income } };
}
