import type { YearAmounts } from './money.ts';
import type { Target } from './project.ts';
import type { Proposal, ProposalSource, Status } from './proposal.ts';

/**
 * The budget season: named versions per behandling, the change log of every proposal, and the parties'
 * ændringsforslag. Logic lives in shared/season/; these are the stored shapes.
 */

/** What a version, an amendment's base or the working state holds: the proposals and the targets. */
export interface SeasonState {
  proposals: readonly Proposal[];
  targets: readonly Target[];
}

/**
 * A named, dated, immutable copy of the proposals and targets ("1. behandling"). The budget is referenced,
 * not copied: a version is read against the project's budget.
 */
export interface Version extends SeasonState {
  readonly name: string;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
  /** The OS user name or the initials set in the app. */
  readonly createdBy: string;
  /** The budget's `sourceName` when the version was taken (null without a budget), so a later import shows. */
  readonly budgetName: string | null;
}

/** The proposal fields a change names (every field but `id`, which identifies the proposal). */
export type ProposalField = Exclude<keyof Proposal, 'id'>;

/** Every proposal field but `id`, in the order the detail panel and a comparison list them. */
export const PROPOSAL_FIELDS = [
  'title',
  'committee',
  'area',
  'vej',
  'kategori',
  'status',
  'catalogue',
  'amounts',
  'income',
  'isService',
  'fte',
  'description',
  'citizenImpact',
  'staffImpact',
  'permanence',
  'investment',
  'notes',
  'source',
] as const satisfies readonly ProposalField[];

/** A field's value as stored in the change log and in a diff. */
export type FieldValue = string | number | boolean | null | readonly number[] | ProposalSource;

/** Where a change came from: typing in the workbench, a file, a tool, an adopted amendment, a version. */
export type ChangeSource =
  | { kind: 'edit' }
  | { kind: 'import'; files: string[] }
  | { kind: 'tool'; tool: string }
  | { kind: 'amendment'; name: string }
  | { kind: 'version'; name: string };

/** One thing that happened to one proposal. `id` is the proposal's id after the change. */
export type ProposalChange =
  | { kind: 'added'; id: string; title: string }
  | { kind: 'removed'; id: string; title: string }
  | { kind: 'changed'; id: string; field: ProposalField | 'id'; from: FieldValue; to: FieldValue };

/** One action in the change log: one cell edit, or a whole import or grønthøster, with every change it made. */
export interface ChangeEntry {
  /** ISO 8601 timestamp. */
  readonly when: string;
  readonly who: string;
  readonly source: ChangeSource;
  readonly changes: readonly ProposalChange[];
}

/** One change an ændringsforslag makes to the version it is applied on. */
export type AmendmentChange =
  /** Include (`prioriteret`), leave out (`fravalgt`) or park (`tilModning`) an existing proposal. */
  | { kind: 'status'; id: string; status: Status }
  /** New amounts per plan year (kroner, stored sign) for an existing proposal. */
  | { kind: 'amounts'; id: string; amounts: YearAmounts }
  /** A new proposal of the party's own. */
  | { kind: 'add'; proposal: Proposal };

/** A party's ændringsforslag: applied as a scenario on top of a version, never changing it. */
export interface Amendment {
  readonly name: string;
  /** ISO date (yyyy-mm-dd). */
  readonly date: string;
  /** The version it is applied on; null = the working state. */
  readonly base: string | null;
  readonly changes: readonly AmendmentChange[];
  /** The workbook it was imported from, if any. */
  readonly sourceFile: string | null;
}
