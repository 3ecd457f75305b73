import type { Target } from '../model/project.ts';
import type { Proposal } from '../model/proposal.ts';
import { PROPOSAL_FIELDS, type FieldValue } from '../model/season.ts';

/**
 * Proposals are matched by id. A state should not hold two proposals with one id, but a hand-edited file can:
 * then the k-th proposal with an id matches the k-th one with that id on the other side, and any extra ones at
 * the end count as added or removed.
 */
export function occurrenceKeys(proposals: readonly Proposal[]): string[] {
  const seen = new Map<string, number>();
  return proposals.map((p) => {
    const k = seen.get(p.id) ?? 0;
    seen.set(p.id, k + 1);
    return keyOf(p.id, k);
  });
}

/** The id itself for the first proposal with that id; a separator no id contains, and the count, for the rest. */
export function keyOf(id: string, occurrence: number): string {
  return occurrence === 0 ? id : `${id}\u0000${occurrence}`;
}

/** `===` per element: 0 and −0 are the same amount (JSON turns one into the other). */
export function sameFieldValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const x = a as { file: string; sheet: string; row: number };
    const y = b as { file: string; sheet: string; row: number };
    return x.file === y.file && x.sheet === y.sheet && x.row === y.row;
  }
  return false;
}

/** A copy no later change to the original reaches (versions are immutable). */
export function copyFieldValue(value: FieldValue): FieldValue {
  if (isNumberList(value)) return [...value];
  if (value !== null && typeof value === 'object') return { ...value };
  return value;
}

function isNumberList(value: FieldValue): value is readonly number[] {
  return Array.isArray(value);
}

export function copyProposal(p: Proposal): Proposal {
  return {
    ...p,
    amounts: [...p.amounts],
    income: [...p.income],
    fte: [...p.fte],
    source: p.source ? { ...p.source } : null,
  };
}

export function copyTarget(t: Target): Target {
  return {
    name: t.name,
    rule: t.rule.kind === 'amount' ? { kind: 'amount', amounts: [...t.rule.amounts] } : { ...t.rule },
    scope: {
      kategorier: [...t.scope.kategorier],
      veje: [...t.scope.veje],
      committees: [...t.scope.committees],
      catalogue: t.scope.catalogue,
    },
  };
}

/** Equal in every field, id included (a cheap check: no serialising). */
export function sameProposal(a: Proposal, b: Proposal): boolean {
  if (a === b) return true;
  if (a.id !== b.id) return false;
  for (const field of PROPOSAL_FIELDS) if (!sameFieldValue(a[field], b[field])) return false;
  return true;
}
