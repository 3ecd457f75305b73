import type { Budget } from './budget.ts';
import type { Kr } from './money.ts';
import type { Kategori, Proposal, Status, Vej } from './proposal.ts';
import type { Amendment, ChangeEntry, Version } from './season.ts';

/** Which proposals a target or a catalogue view is about; an empty list means "all". */
export interface Scope {
  readonly kategorier: readonly Kategori[];
  readonly veje: readonly Vej[];
  readonly committees: readonly string[];
  readonly catalogue: string | null;
}

/** A råderumsmål per plan year: either fixed amounts or a % of the service frame. Negative = to be saved. */
export type TargetRule =
  | { readonly kind: 'amount'; readonly amounts: readonly Kr[] }
  /** Percent of the base budget's service expenditure, e.g. 0.5 for 0,5 %; the target is a saving (negative). */
  | { readonly kind: 'percentOfService'; readonly percent: number };

export interface Target {
  readonly name: string;
  readonly rule: TargetRule;
  readonly scope: Scope;
}

export interface Catalogue {
  readonly name: string;
  readonly description: string;
}

/** KL's pris- og lønskøn: index per year (price year = 100), wages and prices separately. */
export interface PriceIndexRow {
  readonly year: number;
  readonly prices: number;
  readonly wages: number;
}

export type SignDisplay = 'negativeIsSaving' | 'positiveIsSaving';

export interface ProjectSettings {
  readonly municipality: string;
  readonly budgetYear: number;
  /** The budget year and the three overslagsår. */
  readonly years: readonly number[];
  readonly priceYear: number;
  readonly signDisplay: SignDisplay;
}

export interface Project {
  readonly settings: ProjectSettings;
  readonly budget: Budget | null;
  readonly proposals: readonly Proposal[];
  readonly targets: readonly Target[];
  readonly catalogues: readonly Catalogue[];
  readonly priceIndex: readonly PriceIndexRow[];
  /** Statuses that count in totals by default (the adopted budget counts only `prioriteret`). */
  readonly countedStatuses: readonly Status[];
  /** Versions per behandling, oldest first (shared/season). */
  readonly versions: readonly Version[];
  /** Every change to a proposal, oldest first: when, who, what (shared/season). */
  readonly changeLog: readonly ChangeEntry[];
  /** The parties' ændringsforslag, in the order they were added. */
  readonly amendments: readonly Amendment[];
}

export type { Kr };
