import type { Budget } from './budget.ts';
import type { Kr, YearAmounts } from './money.ts';
import type { Kategori, Proposal, Status, Vej } from './proposal.ts';
import type { Amendment, ChangeEntry, Version } from './season.ts';

/** Which proposals a target or a catalogue view is about; an empty list means "all". */
export interface Scope {
  kategorier: Kategori[];
  veje: Vej[];
  committees: string[];
  catalogue: string | null;
}

/** A råderumsmål per plan year: either fixed amounts or a % of the service frame. Negative = to be saved. */
export type TargetRule =
  | { kind: 'amount'; amounts: YearAmounts }
  /** Percent of the base budget's service expenditure, e.g. 0.5 for 0,5 %; the target is a saving (negative). */
  | { kind: 'percentOfService'; percent: number };

export interface Target {
  name: string;
  rule: TargetRule;
  scope: Scope;
}

export interface Catalogue {
  name: string;
  description: string;
}

/** KL's pris- og lønskøn: index per year (price year = 100), wages and prices separately. */
export interface PriceIndexRow {
  year: number;
  prices: number;
  wages: number;
}

export type SignDisplay = 'negativeIsSaving' | 'positiveIsSaving';

export interface ProjectSettings {
  municipality: string;
  budgetYear: number;
  /** The budget year and the three overslagsår. */
  years: number[];
  priceYear: number;
  signDisplay: SignDisplay;
}

export interface Project {
  settings: ProjectSettings;
  budget: Budget | null;
  proposals: Proposal[];
  targets: Target[];
  catalogues: Catalogue[];
  priceIndex: PriceIndexRow[];
  /** Statuses that count in totals by default (the adopted budget counts only `prioriteret`). */
  countedStatuses: Status[];
  /** Versions per behandling, oldest first (shared/season). */
  versions: Version[];
  /** Every change to a proposal, oldest first: when, who, what (shared/season). */
  changeLog: ChangeEntry[];
  /** The parties' ændringsforslag, in the order they were added. */
  amendments: Amendment[];
}

export type { Kr };
