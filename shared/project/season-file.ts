import { z } from 'zod';
import type { Target } from '../model/project.ts';
import type { Proposal } from '../model/proposal.ts';
import { STATUSES } from '../model/proposal.ts';
import { PROPOSAL_FIELDS, type Amendment, type ChangeEntry, type Version } from '../model/season.ts';

/**
 * The season on disk. Versions are stored compactly: every distinct proposal any version holds is written once
 * in `proposalPool`, and a version is the list of its proposals' places in the pool (consecutive versions share
 * nearly all proposals). The budget is never copied: a version is read against the project's budget.
 */

function isIntArray(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  for (const x of value) if (typeof x !== 'number' || !Number.isSafeInteger(x)) return false;
  return true;
}
const intArray = z.custom<number[]>(isIntArray, 'Forventede en liste af hele tal.');

const sourceSchema = z.object({ file: z.string(), sheet: z.string(), row: z.number().int() });
const fieldValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.number()),
  sourceSchema,
]);

const changeSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('edit') }),
  z.object({ kind: z.literal('import'), files: z.array(z.string()) }),
  z.object({ kind: z.literal('tool'), tool: z.string() }),
  z.object({ kind: z.literal('amendment'), name: z.string() }),
  z.object({ kind: z.literal('version'), name: z.string() }),
]);

const proposalChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('added'), id: z.string(), title: z.string() }),
  z.object({ kind: z.literal('removed'), id: z.string(), title: z.string() }),
  z.object({
    kind: z.literal('changed'),
    id: z.string(),
    field: z.enum([...PROPOSAL_FIELDS, 'id']),
    from: fieldValueSchema,
    to: fieldValueSchema,
  }),
]);

export const changeEntrySchema: z.ZodType<ChangeEntry> = z.object({
  when: z.string(),
  who: z.string(),
  source: changeSourceSchema,
  changes: z.array(proposalChangeSchema),
});

/** A version as stored: its proposals are places in `proposalPool`; `proposalCount` is checked against them. */
export function storedVersionSchema<T extends z.ZodTypeAny>(targetSchema: T) {
  return z.object({
    name: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
    budgetName: z.string().nullable(),
    proposalCount: z.number().int().min(0),
    proposals: intArray,
    targets: z.array(targetSchema),
  });
}

/** `proposalSchema` and `kr` are the document's own, so an amendment's amounts obey the same limits. */
export function amendmentSchema<P extends z.ZodTypeAny, K extends z.ZodTypeAny>(proposalSchema: P, kr: K) {
  return z.object({
    name: z.string(),
    date: z.string(),
    base: z.string().nullable(),
    changes: z.array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('status'), id: z.string(), status: z.enum(STATUSES) }),
        z.object({ kind: z.literal('amounts'), id: z.string(), amounts: z.array(kr) }),
        z.object({ kind: z.literal('add'), proposal: proposalSchema }),
      ]),
    ),
    sourceFile: z.string().nullable(),
  });
}

export interface StoredVersion extends Omit<Version, 'proposals' | 'targets'> {
  proposalCount: number;
  proposals: number[];
  targets: Target[];
}

/** Equal in every field: arrays element by element, the source by its parts. */
function sameProposal(a: Proposal, b: Proposal): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as (keyof Proposal)[]) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
    } else if (key === 'source' && a.source && b.source) {
      if (
        a.source.file !== b.source.file ||
        a.source.sheet !== b.source.sheet ||
        a.source.row !== b.source.row
      )
        return false;
    } else return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/**
 * Versions → the pool and the versions as places in it. A proposal is stored once when later versions hold the
 * same object or one equal to the proposal with its id in the version before (what changes between two
 * versions is a few proposals; comparing field by field is far cheaper than serialising 40,000 of them).
 */
export function encodeVersions(versions: readonly Version[]): {
  proposalPool: Proposal[];
  versions: StoredVersion[];
} {
  const pool: Proposal[] = [];
  const byObject = new Map<Proposal, number>();
  let previousById = new Map<string, number>();
  const stored = versions.map((v): StoredVersion => {
    const byId = new Map<string, number>();
    const places = v.proposals.map((p) => {
      let index = byObject.get(p);
      if (index === undefined) {
        const candidate = previousById.get(p.id);
        const earlier = candidate === undefined ? undefined : pool[candidate];
        if (candidate !== undefined && earlier && sameProposal(earlier, p)) index = candidate;
        else {
          index = pool.length;
          pool.push(p);
        }
        byObject.set(p, index);
      }
      if (!byId.has(p.id)) byId.set(p.id, index);
      return index;
    });
    previousById = byId;
    return {
      name: v.name,
      createdAt: v.createdAt,
      createdBy: v.createdBy,
      budgetName: v.budgetName,
      proposalCount: v.proposals.length,
      proposals: places,
      targets: [...v.targets],
    };
  });
  return { proposalPool: pool, versions: stored };
}

/**
 * The versions back from the pool, or a Danish phrase naming what does not fit (for the "damaged" message).
 * A version's declared count must equal its list, and every place must be inside the pool, before anything
 * is built. Versions share the pool's proposal objects: treat them as immutable.
 */
export function decodeVersions(
  pool: readonly Proposal[],
  stored: readonly StoredVersion[],
): Version[] | string {
  const versions: Version[] = [];
  for (const v of stored) {
    if (v.proposalCount !== v.proposals.length) return `versionen '${v.name}' (antal forslag)`;
    const proposals: Proposal[] = [];
    for (const index of v.proposals) {
      const p = pool[index];
      if (!p) return `versionen '${v.name}' (henvisning til forslag)`;
      proposals.push(p);
    }
    versions.push({
      name: v.name,
      createdAt: v.createdAt,
      createdBy: v.createdBy,
      budgetName: v.budgetName,
      proposals,
      targets: [...v.targets],
    });
  }
  return versions;
}

/** The first amendment change whose amounts do not have one per year, as a phrase; null when all fit. */
export function amendmentYearProblem(amendments: readonly Amendment[], yearCount: number): string | null {
  for (const a of amendments)
    for (const c of a.changes) {
      const p = c.kind === 'add' ? c.proposal : null;
      const lengths =
        c.kind === 'amounts'
          ? [c.amounts.length]
          : p
            ? [p.amounts.length, p.income.length, p.fte.length]
            : [];
      if (lengths.some((l) => l !== yearCount))
        return `ændringsforslaget '${a.name}' har ikke ét beløb pr. år`;
    }
  return null;
}
