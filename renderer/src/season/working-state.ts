import type { Project } from '../../../shared/model/index.ts';
import { docFor, type WorkbenchStore } from '../store/workbench-store.ts';
import { changeMeta } from './author.ts';

/**
 * A season step that replaces the whole working state (continuing from a version, adopting an amendment): `build`
 * makes the new project (writing its own change-log entry with `meta`), its proposals become new rows of the grid
 * with new keys, the step is one undo step named `step`, and `notice` is said. The dialog is closed.
 */
export function replaceWorkingState(
  store: WorkbenchStore,
  build: (project: Project, meta: { who: string; when: string }) => Project,
  step: string,
  notice: string,
): void {
  store.actions.change((doc) => docFor(build(doc.project, changeMeta())), step);
  store.actions.notify(notice);
  store.actions.openDialog(null);
}
