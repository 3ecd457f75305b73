/**
 * The budget season: versions per behandling, what changed, the change log, and ændringsforslag. Pure functions
 * over the model; the caller passes who and when (`ChangeMeta`), so nothing here reads a clock or the OS.
 *
 * Versions (versions.ts):
 *   takeVersion(project, name, { who, when }) → project with a new immutable copy of proposals + targets
 *   listVersions(project) → [{ name, createdAt, createdBy, proposalCount }]
 *   findVersion / requireVersion(project, name), stateOf(project, name | null)   (null = the working state)
 *   continueFromVersion(project, name, meta) → the version becomes the working state (change log entry)
 *   versionNameProblem(project, name) → Danish message or null
 *   renameVersion(project, name, newName) → the version renamed, its ændringsforslag following the name
 *   deleteVersion(project, name) → without it; refused while an ændringsforslag is read on it
 *     (deleteVersionProblem names them; amendmentsOnVersion lists them)
 * What changed (diff.ts):
 *   diffStates(from, to, { yearCount, statuses? }) → { added, removed, changed: [{ id, title, fields, amounts }],
 *     order, targets, totals: { total, byVej, byKategori, byCommittee, byStatus } }, each { from, to, difference }
 *   applyDiff(from, diff) → to;  isEmptyDiff(diff)
 * Change log (change-log.ts):
 *   recordChanges(beforeProposals, afterProposals, { who, when, source }) → ChangeEntry | null
 *   recordProjectChange(beforeProject, afterProject, meta) → afterProject with the entry appended
 *   proposalHistory(changeLog, id) → newest first;  describeChangeSource(source) → Danish
 * Ændringsforslag (amendments.ts, amendment-import.ts):
 *   addAmendment / updateAmendment / renameAmendment / removeAmendment, applyAmendment(project, amendment) → { state, problems },
 *   compareAmendments(project, names?) → columns per base and amendment: total + each target's gap per year,
 *   adoptAmendment(project, name, meta), importAmendment(files, { name, date, base, baseState, years, … })
 * Errors: a `SeasonError` (`problem.code`: season.version-name | season.unknown-version |
 *   season.amendment-name | season.unknown-amendment | season.version-in-use) with a Danish message; nothing is changed.
 */
export * from './errors.ts';
export * from './versions.ts';
export * from './diff.ts';
export * from './change-log.ts';
export * from './amendments.ts';
export * from './amendment-import.ts';
export * from './describe.ts';
