import type { Project } from '../model/project.ts';
import type { Proposal } from '../model/proposal.ts';
import {
  PROPOSAL_FIELDS,
  type ChangeEntry,
  type ChangeSource,
  type ProposalChange,
} from '../model/season.ts';
import type { ChangeMeta } from './errors.ts';
import { copyFieldValue, occurrenceKeys, sameFieldValue } from './match.ts';

export interface ChangeRecordMeta extends ChangeMeta {
  source: ChangeSource;
}

function fieldChanges(before: Proposal, after: Proposal, out: ProposalChange[]): void {
  if (before === after) return;
  if (before.id !== after.id)
    out.push({ kind: 'changed', id: after.id, field: 'id', from: before.id, to: after.id });
  for (const field of PROPOSAL_FIELDS) {
    const from = before[field];
    const to = after[field];
    if (!sameFieldValue(from, to))
      out.push({ kind: 'changed', id: after.id, field, from: copyFieldValue(from), to: copyFieldValue(to) });
  }
}

/**
 * The change log entry for one action: every proposal added, removed, and every field changed (old and new
 * value), by whom, when and from what. An import of a department file or a grønthøster is one entry naming the
 * file or tool. Proposals are matched by id; when the lists are as long as each other, a proposal whose id
 * alone was edited (same place in the list) is a change of `id`, not a removal and an addition. Null when nothing
 * changed.
 */
export function recordChanges(
  before: readonly Proposal[],
  after: readonly Proposal[],
  meta: ChangeRecordMeta,
): ChangeEntry | null {
  if (before === after) return null;
  const beforeKeys = occurrenceKeys(before);
  const afterKeys = occurrenceKeys(after);
  const beforeIndex = new Map<string, number>();
  beforeKeys.forEach((k, i) => beforeIndex.set(k, i));
  const afterKeySet = new Set(afterKeys);
  const removedAt = new Set<number>();
  beforeKeys.forEach((k, i) => {
    if (!afterKeySet.has(k)) removedAt.add(i);
  });
  const sameLength = before.length === after.length;

  const changes: ProposalChange[] = [];
  const renamed = new Set<number>();
  after.forEach((p, i) => {
    const j = beforeIndex.get(afterKeys[i] ?? p.id);
    const old = j === undefined ? undefined : before[j];
    if (old) {
      fieldChanges(old, p, changes);
      return;
    }
    const samePlace = before[i];
    if (sameLength && removedAt.has(i) && samePlace) {
      renamed.add(i);
      fieldChanges(samePlace, p, changes);
      return;
    }
    changes.push({ kind: 'added', id: p.id, title: p.title });
  });
  for (const i of removedAt) {
    const p = before[i];
    if (p && !renamed.has(i)) changes.push({ kind: 'removed', id: p.id, title: p.title });
  }
  if (changes.length === 0) return null;
  return { when: meta.when, who: meta.who, source: meta.source, changes };
}

/**
 * `after` with the change from `before` recorded in its change log (unchanged when the proposals did not
 * change). The store calls this for every undoable change to the proposals.
 */
export function recordProjectChange(before: Project, after: Project, meta: ChangeRecordMeta): Project {
  const entry = recordChanges(before.proposals, after.proposals, meta);
  return entry ? { ...after, changeLog: [...after.changeLog, entry] } : after;
}

/** One proposal's part of a change log entry. */
export interface ProposalHistoryItem {
  when: string;
  who: string;
  source: ChangeSource;
  changes: ProposalChange[];
}

/**
 * A proposal's history, newest first: the entries that touched it, each with only its own changes. Follows
 * renames backwards, so the history of "BU-01a" includes what happened to it as "BU-01".
 */
export function proposalHistory(log: readonly ChangeEntry[], id: string): ProposalHistoryItem[] {
  const items: ProposalHistoryItem[] = [];
  let current = id;
  for (let e = log.length - 1; e >= 0; e--) {
    const entry = log[e];
    if (!entry) continue;
    const mine = entry.changes.filter((c) => c.id === current);
    if (mine.length === 0) continue;
    items.push({ when: entry.when, who: entry.who, source: entry.source, changes: mine });
    const rename = mine.find((c) => c.kind === 'changed' && c.field === 'id');
    if (rename && rename.kind === 'changed' && typeof rename.from === 'string') current = rename.from;
  }
  return items;
}

/** How a change log entry's source reads in Danish ("Import af forslag-bu.xlsx", "Grønthøster"). */
export function describeChangeSource(source: ChangeSource): string {
  switch (source.kind) {
    case 'edit':
      return 'Rettet i Råderum';
    case 'import':
      return `Import af ${source.files.join(', ')}`;
    case 'tool':
      return source.tool;
    case 'amendment':
      return `Ændringsforslag vedtaget: ${source.name}`;
    case 'version':
      return `Fortsat fra versionen '${source.name}'`;
  }
}
