import type { Problem } from '../model/problem.ts';
import type { Proposal, ProposalSource } from '../model/proposal.ts';

export type DuplicatePolicy = 'rename' | 'skip' | 'replace';

/** A proposal as read from a file, with the cell its number came from (for messages). */
export interface IncomingProposal {
  proposal: Proposal;
  /** A1 address of the "Forslag nr." cell. */
  idCell?: string;
}

export interface MergeResult {
  /** The project's list after the import: existing proposals (replaced ones in place) followed by the new ones. */
  proposals: Proposal[];
  added: number;
  renamed: number;
  skipped: number;
  replaced: number;
  /** Incoming proposals equal to one already present, so not added again. */
  identical: number;
  problems: Problem[];
}

/**
 * Fields a project decides itself (not the submitting department): a proposal re-imported after the user prioritised
 * it is still the same proposal.
 */
const PROJECT_FIELDS = new Set<keyof Proposal>(['source', 'status', 'catalogue']);

/**
 * Equal in every field a submission gives (ignoring `source`, `status`, `catalogue`, and `id`). An income part of
 * zeros means the split is not known (a proposal imported before Råderum kept it, or from a list without income
 * columns), so it matches any split of the same net amounts.
 */
export function sameSubmission(a: Proposal, b: Proposal): boolean {
  for (const key of Object.keys(a) as (keyof Proposal)[]) {
    if (key === 'id' || PROJECT_FIELDS.has(key)) continue;
    if (key === 'income' && (!hasSplit(a) || !hasSplit(b))) continue;
    if (!sameValue(a[key], b[key])) return false;
  }
  return true;
}

function hasSplit(p: Proposal): boolean {
  return p.income.some((a) => a !== 0);
}

/** `===` on purpose: -0 (a rounded tiny negative) and 0 are the same amount, and JSON turns one into the other. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return a === b;
}

/** "BU-01 (2)" → "BU-01"; ids without a rename suffix are returned as they are. */
export function baseId(id: string): string {
  return id.replace(/ \(\d+\)$/, '');
}

export function describeSource(source: ProposalSource | null): string {
  if (!source) return 'projektet';
  return `filen '${source.file}', arket '${source.sheet}', række ${source.row}`;
}

/**
 * Adds imported proposals to a project's list, one by one, so duplicates within a file, across files and against the
 * project are all handled the same way. Never overwrites silently: a clash is renamed ("BU-01 (2)"), skipped or
 * replaced as `policy` says, each with a problem naming both sources.
 */
export function mergeProposals(
  existing: readonly Proposal[],
  incoming: readonly IncomingProposal[],
  policy: DuplicatePolicy = 'rename',
): MergeResult {
  const proposals = existing.map((p) => ({ ...p }));
  const byId = new Map<string, number>();
  proposals.forEach((p, i) => byId.set(p.id, i));
  const result: MergeResult = {
    proposals,
    added: 0,
    renamed: 0,
    skipped: 0,
    replaced: 0,
    identical: 0,
    problems: [],
  };

  for (const { proposal, idCell } of incoming) {
    const where = {
      ...(proposal.source ? { file: proposal.source.file, sheet: proposal.source.sheet } : {}),
      ...(idCell ? { cell: idCell } : {}),
    };
    const twinIndex = proposals.findIndex(
      (p) => baseId(p.id) === baseId(proposal.id) && sameSubmission(p, proposal),
    );
    const twin = proposals[twinIndex];
    if (twin) {
      if (!hasSplit(twin) && hasSplit(proposal)) {
        // The same submission, read again by a Råderum that keeps the income part: the split is filled in.
        proposals[twinIndex] = { ...twin, income: [...proposal.income] };
        result.problems.push({
          code: 'proposal_income_added',
          severity: 'info',
          message: `Forslag ${twin.id} havde ingen opdeling i udgifter og indtægter; indtægterne fra ${describeSource(proposal.source)} er tilføjet. Nettobeløbet er uændret.`,
          ...where,
        });
      }
      result.identical++;
      result.problems.push({
        code: 'proposal_identical',
        severity: 'info',
        message: `Forslag ${proposal.id} (${describeSource(proposal.source)}) er identisk med forslag ${twin.id} (${describeSource(twin.source)}) og er ikke tilføjet igen.`,
        ...where,
      });
      continue;
    }
    const clashIndex = byId.get(proposal.id);
    const clash = clashIndex === undefined ? undefined : proposals[clashIndex];
    if (clashIndex === undefined || !clash) {
      byId.set(proposal.id, proposals.length);
      proposals.push({ ...proposal });
      result.added++;
      continue;
    }
    const both = `Forslag nr. ${proposal.id} (${describeSource(proposal.source)}) findes allerede med andet indhold (${describeSource(clash.source)}).`;
    if (policy === 'skip') {
      result.skipped++;
      result.problems.push({
        code: 'proposal_duplicate_skipped',
        severity: 'warning',
        message: `${both} Det nye forslag er sprunget over.`,
        ...where,
      });
    } else if (policy === 'replace') {
      // The project's own decisions about the proposal survive a replacement from a resubmitted form.
      proposals[clashIndex] = {
        ...proposal,
        status: clash.status,
        catalogue: clash.catalogue || proposal.catalogue,
      };
      result.replaced++;
      result.problems.push({
        code: 'proposal_duplicate_replaced',
        severity: 'warning',
        message: `${both} Det eksisterende forslag er erstattet af det nye.`,
        ...where,
      });
    } else {
      let n = 2;
      while (byId.has(`${proposal.id} (${n})`)) n++;
      const newId = `${proposal.id} (${n})`;
      byId.set(newId, proposals.length);
      proposals.push({ ...proposal, id: newId });
      result.added++;
      result.renamed++;
      result.problems.push({
        code: 'proposal_duplicate_renamed',
        severity: 'warning',
        message: `${both} Det nye forslag er indlæst som '${newId}'. Ret nummeret, hvis det er et andet forslag.`,
        ...where,
      });
    }
  }
  return result;
}
