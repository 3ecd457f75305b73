import type { Project } from '../model/project.ts';
import type { Proposal, Status } from '../model/proposal.ts';

// What a catalogue holds and how it is titled: shared by the workbook writer and the print view, and kept away from
// exceljs so a screen can use it without loading the writer.

export interface CatalogueOptions {
  /** Only proposals with these statuses are in the catalogue (all when omitted or empty). */
  statuses?: Status[];
  /** Only proposals of this catalogue (`Proposal.catalogue`); all when omitted. */
  catalogue?: string;
  /** Show savings as positive amounts (the project's setting when omitted). */
  savingsPositive?: boolean;
  /** One form sheet per proposal (default true; leave out for very large catalogues). */
  proposalSheets?: boolean;
  /** The export date printed on the front page (default: now). */
  now?: Date;
  /** A saved version's name: adds the sheet "Ændringer siden <version>" comparing it with the project. */
  since?: string;
}

/** The proposals a catalogue holds, in the project's order. */
export function selectProposals(project: Project, options: CatalogueOptions): Proposal[] {
  const statuses = options.statuses && options.statuses.length > 0 ? new Set(options.statuses) : null;
  return project.proposals.filter(
    (p) =>
      (statuses === null || statuses.has(p.status)) &&
      (options.catalogue === undefined || p.catalogue === options.catalogue),
  );
}

export function catalogueTitle(project: Project): string {
  const years = project.settings.years;
  const first = years[0] ?? project.settings.budgetYear;
  const last = years[years.length - 1] ?? first;
  return `Prioriteringskatalog, budget ${first}-${last}`;
}

export function signNote(project: Project, savingsPositive: boolean): string {
  const unit = `Beløb i 1.000 kr., ${project.settings.priceYear}-priser.`;
  return savingsPositive
    ? `${unit} Positive beløb er mindreudgifter eller merindtægter (besparelser); negative beløb er merudgifter.`
    : `${unit} Negative beløb er mindreudgifter eller merindtægter.`;
}
