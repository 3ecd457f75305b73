import type { Project } from '../model/project.ts';
import type { Proposal } from '../model/proposal.ts';
import type { Amendment, ChangeEntry, SeasonState, Version } from '../model/season.ts';
import { recordChanges } from './change-log.ts';
import { SeasonError, type ChangeMeta } from './errors.ts';
import { copyProposal, copyTarget, sameProposal } from './match.ts';

/** What the version list shows. */
export interface VersionSummary {
  name: string;
  createdAt: string;
  createdBy: string;
  proposalCount: number;
}

/** Names are compared without case and surrounding spaces: "1. behandling" and "1. Behandling " are one name. */
function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('da');
}

/**
 * Why `name` cannot be a new version's name (Danish, for the dialog), or null when it can. `renaming` is the
 * version being renamed: its own name (in another case) is not "taken".
 */
export function versionNameProblem(
  project: Pick<Project, 'versions'>,
  name: string,
  renaming?: Version,
): string | null {
  if (name.trim() === '') return 'Giv versionen et navn, fx "1. behandling".';
  if (name.trim().length > 100) return 'Versionens navn må højst være 100 tegn.';
  const key = nameKey(name);
  const taken = project.versions.find((v) => v !== renaming && nameKey(v.name) === key);
  if (taken) return `Der er allerede en version med navnet '${taken.name}'. Vælg et andet navn.`;
  return null;
}

/**
 * The project with a new version of its proposals and targets (copied, so later edits never reach it) at
 * the end of the list. The working state is not changed. Throws `SeasonError` (`season.version-name`) when
 * the name is empty or taken.
 */
export function takeVersion(project: Project, name: string, meta: ChangeMeta): Project {
  const problem = versionNameProblem(project, name);
  if (problem) throw new SeasonError('season.version-name', problem);
  // A proposal unchanged since the last version is that version's (immutable) object: versions share what
  // they have in common, in memory and in the file.
  const previous = new Map<string, Proposal>();
  for (const p of project.versions.at(-1)?.proposals ?? []) if (!previous.has(p.id)) previous.set(p.id, p);
  const version: Version = {
    name: name.trim(),
    createdAt: meta.when,
    createdBy: meta.who,
    budgetName: project.budget?.sourceName ?? null,
    proposals: project.proposals.map((p) => {
      const same = previous.get(p.id);
      return same && sameProposal(same, p) ? same : copyProposal(p);
    }),
    targets: project.targets.map(copyTarget),
  };
  return { ...project, versions: [...project.versions, version] };
}

/** Name, date, author and proposal count of every version, oldest first. */
export function listVersions(project: Pick<Project, 'versions'>): VersionSummary[] {
  return project.versions.map((v) => ({
    name: v.name,
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    proposalCount: v.proposals.length,
  }));
}

/** The version called `name` (case and surrounding spaces ignored), or undefined. */
export function findVersion(project: Pick<Project, 'versions'>, name: string): Version | undefined {
  const key = nameKey(name);
  return project.versions.find((v) => nameKey(v.name) === key);
}

/** The version called `name`; a `SeasonError` (`season.unknown-version`) naming the versions there are. */
export function requireVersion(project: Pick<Project, 'versions'>, name: string): Version {
  const version = findVersion(project, name);
  if (version) return version;
  const names = project.versions.map((v) => `'${v.name}'`).join(', ');
  throw new SeasonError(
    'season.unknown-version',
    project.versions.length === 0
      ? `Projektet har ingen versioner endnu, så der er ingen version '${name}'. Gem en version først.`
      : `Projektet har ingen version '${name}'. Versionerne er: ${names}.`,
  );
}

/** A version's state, or the working state when `name` is null. */
export function stateOf(project: Project, name: string | null): SeasonState {
  return name === null ? project : requireVersion(project, name);
}

/**
 * "Fortsæt fra denne version": the version's proposals and targets (copied) become the working state, and the
 * change log records every proposal that changed, naming the version. The versions themselves are unchanged.
 */
export function continueFromVersion(project: Project, name: string, meta: ChangeMeta): Project {
  const version = requireVersion(project, name);
  const proposals = version.proposals.map(copyProposal);
  const entry: ChangeEntry | null = recordChanges(project.proposals, proposals, {
    ...meta,
    source: { kind: 'version', name: version.name },
  });
  return {
    ...project,
    proposals,
    targets: version.targets.map(copyTarget),
    changeLog: entry ? [...project.changeLog, entry] : project.changeLog,
  };
}

/** The ændringsforslag read on the version called `name` (their `base`), in the project's order. */
export function amendmentsOnVersion(project: Pick<Project, 'amendments'>, name: string): Amendment[] {
  const key = nameKey(name);
  return project.amendments.filter((a) => a.base !== null && nameKey(a.base) === key);
}

/**
 * The project with the version called `name` renamed to `newName` (trimmed), by the same rules as taking one
 * (`season.version-name`: empty, too long or taken by another version); the ændringsforslag read on it follow
 * the new name. The same project when nothing changes. The change log is history and keeps the name a version
 * had when it was continued from.
 */
export function renameVersion(project: Project, name: string, newName: string): Project {
  const version = requireVersion(project, name);
  const problem = versionNameProblem(project, newName, version);
  if (problem) throw new SeasonError('season.version-name', problem);
  const trimmed = newName.trim();
  if (trimmed === version.name) return project;
  const dependent = new Set(amendmentsOnVersion(project, version.name));
  return {
    ...project,
    versions: project.versions.map((v) => (v === version ? { ...v, name: trimmed } : v)),
    amendments:
      dependent.size === 0
        ? project.amendments
        : project.amendments.map((a) => (dependent.has(a) ? { ...a, base: trimmed } : a)),
  };
}

/** Why the version cannot be deleted (Danish: the ændringsforslag read on it, by name), or null when it can. */
export function deleteVersionProblem(project: Pick<Project, 'amendments'>, name: string): string | null {
  const dependent = amendmentsOnVersion(project, name);
  if (dependent.length === 0) return null;
  const names = dependent.map((a) => `'${a.name}'`).join(', ');
  return dependent.length === 1
    ? `Versionen '${name}' kan ikke slettes, fordi ændringsforslaget ${names} bygger på den. Slet ændringsforslaget først.`
    : `Versionen '${name}' kan ikke slettes, fordi ændringsforslagene ${names} bygger på den. Slet ændringsforslagene først.`;
}

/**
 * The project without the version called `name`. Refused (`season.version-in-use`, naming them) while an
 * ændringsforslag is read on it: deleting those too would lose a party's work without it being asked for. The
 * working state and the change log are not changed.
 */
export function deleteVersion(project: Project, name: string): Project {
  const version = requireVersion(project, name);
  const problem = deleteVersionProblem(project, version.name);
  if (problem) throw new SeasonError('season.version-in-use', problem);
  return { ...project, versions: project.versions.filter((v) => v !== version) };
}
