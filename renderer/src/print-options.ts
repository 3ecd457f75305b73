import type { Project, Status } from '../../shared/model/index.ts';

/** What goes into the printed catalogue: the Eksport dialog's choices, or every proposal. */
export interface PrintOptions {
  /** Only proposals with these statuses (every proposal when empty). */
  statuses: Status[];
  /** Only proposals of this catalogue; every catalogue when omitted. */
  catalogue?: string;
  /** Savings shown as positive amounts ("Besparelse" wording), as in the exported workbook. */
  savingsPositive: boolean;
  /** The date printed on the front page. */
  now: Date;
}

/** The project's own choices, as the Eksport dialog starts: the counted statuses, its sign display, today. */
export function defaultPrintOptions(project: Project, now = new Date()): PrintOptions {
  return {
    statuses: [...project.countedStatuses],
    savingsPositive: project.settings.signDisplay === 'positiveIsSaving',
    now,
  };
}
