import { calculateProject } from '../calc/project-calc.ts';
import type { Kr, YearAmounts } from '../model/money.ts';
import type { Problem } from '../model/problem.ts';
import type { Project } from '../model/project.ts';
import { STATUS_LABEL } from '../model/labels.ts';
import type { Proposal, Status } from '../model/proposal.ts';
import type { Amendment, SeasonState } from '../model/season.ts';
import { recordChanges } from './change-log.ts';
import { SeasonError, type ChangeMeta } from './errors.ts';
import { copyProposal, copyTarget } from './match.ts';
import { requireVersion, stateOf } from './versions.ts';

function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('da');
}

/**
 * Why `name` cannot be a new amendment's name (Danish), or null when it can. `renaming` is the amendment being
 * renamed: its own name (in another case) is not "taken".
 */
export function amendmentNameProblem(
  project: Pick<Project, 'amendments'>,
  name: string,
  renaming?: Amendment,
): string | null {
  if (name.trim() === '') return 'Giv ændringsforslaget et navn, fx "Ændringsforslag fra A".';
  const taken = project.amendments.find((a) => a !== renaming && nameKey(a.name) === nameKey(name));
  if (taken) return `Der er allerede et ændringsforslag med navnet '${taken.name}'. Vælg et andet navn.`;
  return null;
}

export function findAmendment(project: Pick<Project, 'amendments'>, name: string): Amendment | undefined {
  return project.amendments.find((a) => nameKey(a.name) === nameKey(name));
}

export function requireAmendment(project: Pick<Project, 'amendments'>, name: string): Amendment {
  const amendment = findAmendment(project, name);
  if (amendment) return amendment;
  throw new SeasonError(
    'season.unknown-amendment',
    project.amendments.length === 0
      ? `Projektet har ingen ændringsforslag, så der er intet '${name}'.`
      : `Projektet har intet ændringsforslag '${name}'. Ændringsforslagene er: ${project.amendments.map((a) => `'${a.name}'`).join(', ')}.`,
  );
}

/**
 * The project with `amendment` added at the end of its list. Throws `SeasonError` when the name is empty or
 * taken (`season.amendment-name`) or its base version does not exist (`season.unknown-version`).
 */
export function addAmendment(project: Project, amendment: Amendment): Project {
  const problem = amendmentNameProblem(project, amendment.name);
  if (problem) throw new SeasonError('season.amendment-name', problem);
  if (amendment.base !== null) requireVersion(project, amendment.base);
  return { ...project, amendments: [...project.amendments, { ...amendment, name: amendment.name.trim() }] };
}

/** The project with the amendment called `name` replaced by `next` (its name may change, not to a taken one). */
export function updateAmendment(project: Project, name: string, next: Amendment): Project {
  const old = requireAmendment(project, name);
  const others = { amendments: project.amendments.filter((a) => a !== old) };
  const problem = amendmentNameProblem(others, next.name);
  if (problem) throw new SeasonError('season.amendment-name', problem);
  if (next.base !== null) requireVersion(project, next.base);
  return { ...project, amendments: project.amendments.map((a) => (a === old ? next : a)) };
}

/**
 * The project with the amendment called `name` renamed to `newName` (trimmed), by the same rules as importing
 * one (`season.amendment-name`: empty or taken by another). The same project when nothing changes;
 * the change log keeps the name an adopted amendment had then.
 */
export function renameAmendment(project: Project, name: string, newName: string): Project {
  const old = requireAmendment(project, name);
  const problem = amendmentNameProblem(project, newName, old);
  if (problem) throw new SeasonError('season.amendment-name', problem);
  const trimmed = newName.trim();
  if (trimmed === old.name) return project;
  return {
    ...project,
    amendments: project.amendments.map((a) => (a === old ? { ...a, name: trimmed } : a)),
  };
}

/**
 * The project without the amendment called `name` (`season.unknown-amendment` when there is none). Nothing else
 * depends on an amendment: the working state, the versions and the change log are not changed.
 */
export function removeAmendment(project: Project, name: string): Project {
  const old = requireAmendment(project, name);
  return { ...project, amendments: project.amendments.filter((a) => a !== old) };
}

export interface AppliedAmendment {
  /** The base with the amendment's changes; the base itself is not changed. */
  state: SeasonState;
  /** Changes that could not be applied (a proposal the base does not have, a new id the base already has). */
  problems: Problem[];
}

function warning(code: string, message: string): Problem {
  return { code, severity: 'warning', message };
}

/** Applies an amendment's changes to a state (copied first), in order. Pure. */
export function applyAmendmentTo(
  base: SeasonState,
  amendment: Amendment,
  yearCount: number,
): AppliedAmendment {
  const proposals: Proposal[] = base.proposals.map(copyProposal);
  const problems: Problem[] = [];
  const indexOf = (id: string): number => proposals.findIndex((p) => p.id === id);
  const where = amendment.base === null ? 'arbejdsversionen' : `versionen '${amendment.base}'`;
  for (const change of amendment.changes) {
    if (change.kind === 'add') {
      if (indexOf(change.proposal.id) >= 0) {
        problems.push(
          warning(
            'amendment.id-taken',
            `${amendment.name}: det nye forslag ${change.proposal.id} findes allerede i ${where} og er ikke tilføjet igen.`,
          ),
        );
        continue;
      }
      proposals.push(copyProposal(change.proposal));
      continue;
    }
    const i = indexOf(change.id);
    const target = proposals[i];
    if (i < 0 || !target) {
      problems.push(
        warning(
          'amendment.unknown-proposal',
          `${amendment.name}: forslag ${change.id} findes ikke i ${where}, så ændringen af det er ikke brugt.`,
        ),
      );
      continue;
    }
    if (change.kind === 'status') proposals[i] = { ...target, status: change.status };
    else {
      const amounts: Kr[] = [];
      for (let y = 0; y < yearCount; y++) amounts.push(change.amounts[y] ?? 0);
      proposals[i] = { ...target, amounts };
    }
  }
  return { state: { proposals, targets: base.targets.map(copyTarget) }, problems };
}

/** The amendment applied to its base (a version, or the working state). */
export function applyAmendment(project: Project, amendment: Amendment): AppliedAmendment {
  return applyAmendmentTo(stateOf(project, amendment.base), amendment, project.settings.years.length);
}

/** One column of the side-by-side comparison: a base, or an amendment applied to its base. */
export interface AmendmentColumn {
  kind: 'base' | 'amendment';
  /** The amendment's name, or the base's ("1. behandling", or "Arbejdsversionen" for the working state). */
  name: string;
  /** The version the column is read on; null = the working state. */
  base: string | null;
  /** The counted proposals' total per plan year (kroner, stored sign: negative = råderum found). */
  total: YearAmounts;
  /** Per target: the target, the achieved amount and the gap (negative = still to be found). */
  targets: { name: string; target: YearAmounts; achieved: YearAmounts; gap: YearAmounts }[];
  problems: Problem[];
}

export interface AmendmentComparison {
  years: number[];
  /** The statuses that count in `total` and the targets (the project's counted statuses). */
  statuses: Status[];
  columns: AmendmentColumn[];
}

export const WORKING_STATE_NAME = 'Arbejdsversionen';

function column(
  project: Project,
  state: SeasonState,
  kind: AmendmentColumn['kind'],
  name: string,
  base: string | null,
  problems: Problem[],
): AmendmentColumn {
  const calc = calculateProject({ ...project, proposals: [...state.proposals], targets: [...state.targets] });
  return {
    kind,
    name,
    base,
    total: calc.breakdown.total,
    targets: calc.targets.map((t) => ({ name: t.name, target: t.target, achieved: t.achieved, gap: t.gap })),
    problems,
  };
}

/**
 * Several ændringsforslag side by side per year: for each base they are applied on (in order of first use) a
 * base column, then each amendment's column: total råderum and each target's gap. `names` picks and orders the
 * amendments (default all).
 */
export function compareAmendments(project: Project, names?: readonly string[]): AmendmentComparison {
  const amendments = names ? names.map((n) => requireAmendment(project, n)) : project.amendments;
  const columns: AmendmentColumn[] = [];
  const basesShown = new Set<string | null>();
  for (const amendment of amendments) {
    if (!basesShown.has(amendment.base)) {
      basesShown.add(amendment.base);
      columns.push(
        column(
          project,
          stateOf(project, amendment.base),
          'base',
          amendment.base ?? WORKING_STATE_NAME,
          amendment.base,
          [],
        ),
      );
    }
    const applied = applyAmendment(project, amendment);
    columns.push(
      column(project, applied.state, 'amendment', amendment.name, amendment.base, applied.problems),
    );
  }
  const calc = calculateProject(project);
  return { years: [...project.settings.years], statuses: calc.statuses, columns };
}

/**
 * Adopting an amendment: its result (applied to its base) becomes the working state, and the change log records
 * every proposal that changed, naming the amendment. Undo is the store's.
 */
export function adoptAmendment(project: Project, name: string, meta: ChangeMeta): Project {
  const amendment = requireAmendment(project, name);
  const { state } = applyAmendment(project, amendment);
  const proposals = [...state.proposals];
  const entry = recordChanges(project.proposals, proposals, {
    ...meta,
    source: { kind: 'amendment', name: amendment.name },
  });
  return {
    ...project,
    proposals,
    targets: [...state.targets],
    changeLog: entry ? [...project.changeLog, entry] : project.changeLog,
  };
}

/** How one change reads in Danish, for lists ("BU-03: Fravalgt", "BU-07: nye beløb", "Nyt forslag A-1"). */
export function describeAmendmentChange(change: Amendment['changes'][number]): string {
  switch (change.kind) {
    case 'status':
      return `${change.id}: ${STATUS_LABEL[change.status]}`;
    case 'amounts':
      return `${change.id}: nye beløb`;
    case 'add':
      return `Nyt forslag ${change.proposal.id}${change.proposal.title ? ` – ${change.proposal.title}` : ''}`;
  }
}
