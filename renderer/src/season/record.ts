import type { ChangeSource } from '../../../shared/model/index.ts';
import { recordProjectChange } from '../../../shared/season/index.ts';
import type { Doc } from '../store/workbench-store.ts';
import { changeMeta } from './author.ts';

/**
 * The step `next` with its changes to proposals added to the project's change log (one entry per step: a cell
 * edit, a paste, a whole import or grønthøster naming its file or tool). A step that wrote its own entry (a version
 * continued from, an amendment adopted) or changed no proposal is returned as it is. Undo takes the entry back
 * with the step.
 */
export function withChangeLog(before: Doc, next: Doc, source: ChangeSource = { kind: 'edit' }): Doc {
  if (next === before) return next;
  const a = before.project;
  const b = next.project;
  if (a.proposals === b.proposals || a.changeLog !== b.changeLog) return next;
  const project = recordProjectChange(a, b, { ...changeMeta(), source });
  return project === b ? next : { ...next, project };
}
