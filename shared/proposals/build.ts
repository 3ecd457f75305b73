import { isPlausibleKr, thousandsToKr, type Kr } from '../model/money.ts';
import type { Proposal, ProposalSource } from '../model/proposal.ts';
import { parseDanishNumber } from '../numbers/danish.ts';
import { warnAt, type SheetContext } from './cells.ts';
import type { ProposalField } from './labels.ts';
import { normaliseKategori, normaliseStatus, normaliseVej } from './normalise.ts';

/** A field's text and the cell it came from. */
export interface FieldValue {
  text: string;
  cell: string;
  /** Set when the cell holds a number (so 1.234 stays 1,234 and is never read as Danish "1.234"). */
  number?: number;
}

export type FieldValues = Partial<Record<ProposalField, FieldValue>>;

export interface RawProposal {
  fields: FieldValues;
  /** Per project year, in 1.000 kr. as written (sign already made canonical: saving negative). */
  amountsThousands: number[];
  /** The income part of `amountsThousands` per project year (merindtægt negative); zeros where the sheet has none. */
  incomeThousands: number[];
  fte: number[];
  source: ProposalSource;
  /** Fallback id when the "Forslag nr." cell is empty. */
  fallbackId: string;
}

const VEJ_HINT = 'stille, brede, smalle, tværgående eller direkte';
const KATEGORI_HINT = 'Effektivisering, Servicereduktion eller Opgavebortfald';

/** Turns what a layout read into a `Proposal`, warning (with the cell) about every value it could not place. */
export function buildProposal(raw: RawProposal, ctx: SheetContext): { proposal: Proposal; idCell?: string } {
  const f = raw.fields;
  const text = (field: ProposalField): string => f[field]?.text ?? '';
  const warn = (code: string, cell: string | undefined, message: string): void =>
    warnAt(ctx, code, message, cell);

  let id = text('id').replace(/\s+/g, ' ');
  if (id === '') {
    id = raw.fallbackId;
    warn(
      'proposal_id_missing',
      f.id?.cell,
      `Forslaget '${text('title') || 'uden titel'}' på række ${raw.source.row} har intet forslagsnummer. Det er indlæst som '${id}'; giv det et nummer.`,
    );
  }

  const vej = readChoice(f.vej, normaliseVej);
  if (f.vej && f.vej.text !== '' && vej === null) {
    warn(
      'proposal_vej_unrecognised',
      f.vej.cell,
      `Vej '${f.vej.text}' for forslag ${id} (celle ${f.vej.cell}) er ikke genkendt. Forslaget er indlæst uden vej; vælg ${VEJ_HINT}.`,
    );
  } else if (vej === null) {
    warn('proposal_vej_missing', f.vej?.cell, `Forslag ${id} har ingen vej. Vælg ${VEJ_HINT}.`);
  }
  const kategori = readChoice(f.kategori, normaliseKategori);
  if (f.kategori && f.kategori.text !== '' && kategori === null) {
    warn(
      'proposal_kategori_unrecognised',
      f.kategori.cell,
      `Kategori '${f.kategori.text}' for forslag ${id} (celle ${f.kategori.cell}) er ikke genkendt. Forslaget er indlæst uden kategori; vælg ${KATEGORI_HINT}.`,
    );
  } else if (kategori === null) {
    warn(
      'proposal_kategori_missing',
      f.kategori?.cell,
      `Forslag ${id} har ingen kategori. Vælg ${KATEGORI_HINT}.`,
    );
  }
  let status = readChoice(f.status, normaliseStatus);
  if (f.status && f.status.text !== '' && status === null) {
    warn(
      'proposal_status_unrecognised',
      f.status.cell,
      `Status '${f.status.text}' for forslag ${id} (celle ${f.status.cell}) er ikke genkendt. Forslaget er indlæst med status 'Forslag'.`,
    );
  }
  status ??= 'forslag';

  const amounts = raw.amountsThousands.map(thousandsToKr);
  const notes = [text('notes'), text('caseNumber') ? `Sagsnr. ${text('caseNumber')}` : '']
    .filter((s) => s !== '')
    .join('\n');

  const proposal: Proposal = {
    id,
    title: text('title'),
    committee: text('committee'),
    area: text('area'),
    vej,
    kategori,
    status,
    catalogue: text('catalogue'),
    amounts,
    income: raw.incomeThousands.map(thousandsToKr),
    isService: readService(f.service, id, warn),
    fte: raw.fte,
    description: text('description'),
    citizenImpact: text('citizenImpact'),
    staffImpact: text('staffImpact'),
    permanence: readPermanence(f.permanence),
    investment: readInvestment(f.investment, amounts, id, warn),
    notes,
    source: raw.source,
  };
  return { proposal, ...(f.id?.cell ? { idCell: f.id.cell } : {}) };
}

function readChoice<T>(value: FieldValue | undefined, normalise: (text: string) => T | null): T | null {
  if (!value || value.text === '') return null;
  return normalise(value.text);
}

type Warn = (code: string, cell: string | undefined, message: string) => void;

function readService(value: FieldValue | undefined, id: string, warn: Warn): boolean {
  // Most proposals are about service expenditure; a sheet without the column says nothing otherwise.
  if (!value || value.text === '') return true;
  const t = value.text.trim().toLowerCase();
  if (/^(ja|j|x|yes|1|sand|true|indenfor|inden for|service|serviceudgift)$/.test(t)) return true;
  if (/^(nej|n|no|0|falsk|false|udenfor|uden for)$/.test(t)) return false;
  warn(
    'proposal_service_unrecognised',
    value.cell,
    `Serviceudgift '${value.text}' for forslag ${id} (celle ${value.cell}) er ikke genkendt som ja eller nej. Forslaget er regnet som serviceudgift.`,
  );
  return true;
}

function readPermanence(value: FieldValue | undefined): Proposal['permanence'] {
  if (!value) return 'permanent';
  return /engang|midlertidig|one-?off/.test(value.text.toLowerCase()) ? 'oneOff' : 'permanent';
}

/**
 * The one-off investment cost. Where the sheet has an investment cell: a number (1.000 kr.) is the cost; "Ja" takes
 * the cost from the amounts. Without one, a proposal that first costs money and later saves (the shape of every
 * investment proposal: positive in its first year with an amount, negative later) is an investment of that first
 * year's amount.
 */
function readInvestment(value: FieldValue | undefined, amounts: readonly Kr[], id: string, warn: Warn): Kr {
  const firstIndex = amounts.findIndex((a) => a !== 0);
  const first = firstIndex >= 0 ? (amounts[firstIndex] ?? 0) : 0;
  const shaped = first > 0 && amounts.slice(firstIndex + 1).some((a) => a < 0) ? first : 0;
  if (!value || value.text === '') return shaped;
  const t = value.text.trim().toLowerCase();
  if (/^(nej|n|0|-|ingen)$/.test(t)) return 0;
  if (/^(ja|j|x)$/.test(t)) return shaped > 0 ? shaped : Math.max(first, 0);
  const n = value.number ?? parseDanishNumber(value.text);
  if (n !== null && isPlausibleKr(thousandsToKr(n))) return Math.abs(thousandsToKr(n));
  warn(
    'proposal_investment_unrecognised',
    value.cell,
    `Investering '${value.text}' for forslag ${id} (celle ${value.cell}) er hverken et beløb eller ja/nej og er ikke brugt.`,
  );
  return shaped;
}
