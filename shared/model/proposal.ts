import type { Kr, YearAmounts } from './money.ts';

export const VEJE = ['stille', 'brede', 'smalle', 'tvaergaaende', 'direkte'] as const;
export type Vej = (typeof VEJE)[number];

export const KATEGORIER = ['effektivisering', 'servicereduktion', 'opgavebortfald'] as const;
export type Kategori = (typeof KATEGORIER)[number];

export const STATUSES = ['forslag', 'prioriteret', 'fravalgt', 'tilModning'] as const;
export type Status = (typeof STATUSES)[number];

export interface ProposalSource {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

export interface Proposal {
  /** Unique within a project, e.g. "BU-01". */
  readonly id: string;
  readonly title: string;
  readonly committee: string;
  /** Optional link into the budget (politikområde). */
  readonly area: string;
  /** null where the submission's text was not recognised (the import warns; it never guesses). */
  readonly vej: Vej | null;
  readonly kategori: Kategori | null;
  readonly status: Status;
  readonly catalogue: string;
  /** Change in net expenditure per plan year, kroner; a saving is negative. The source of truth for every sum. */
  readonly amounts: readonly Kr[];
  /**
   * The part of `amounts` that is a change in income, per plan year (merindtægt negative, mindreindtægt positive);
   * the change in expenditure is `amounts − income` (see `expenditureOf`). Zeros where a submission gives no split.
   */
  readonly income: readonly Kr[];
  readonly isService: boolean;
  /** Change in full-time equivalents per plan year (fewer = negative). */
  readonly fte: readonly number[];
  readonly description: string;
  readonly citizenImpact: string;
  readonly staffImpact: string;
  readonly permanence: 'permanent' | 'oneOff';
  /** One-off investment cost in kroner (0 if none); already part of `amounts` where it falls in the plan. */
  readonly investment: Kr;
  readonly notes: string;
  readonly source: ProposalSource | null;
}

/** A proposal with nothing filled in yet; `fields` sets what the caller knows. */
export function blankProposal(id: string, yearCount: number, fields: Partial<Proposal> = {}): Proposal {
  return {
    id,
    title: '',
    committee: '',
    area: '',
    vej: null,
    kategori: null,
    status: 'forslag',
    catalogue: '',
    amounts: new Array<Kr>(yearCount).fill(0),
    income: new Array<Kr>(yearCount).fill(0),
    isService: true,
    fte: new Array<number>(yearCount).fill(0),
    description: '',
    citizenImpact: '',
    staffImpact: '',
    permanence: 'permanent',
    investment: 0,
    notes: '',
    source: null,
    ...fields,
  };
}

/** The change in expenditure per plan year: the net amount less the income part. */
export function expenditureOf(proposal: Pick<Proposal, 'amounts' | 'income'>): YearAmounts {
  return proposal.amounts.map((a, i) => a - (proposal.income[i] ?? 0));
}
