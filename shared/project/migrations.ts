import { z } from 'zod';
import { STATUSES } from '../model/proposal.ts';
import { encodeLines } from './columnar.ts';

/**
 * One step per old version: `migrations[v]` turns a version-v document into version v+1. Each step takes
 * the parsed JSON as it was written then and returns plain data; the result is validated against the
 * current schema afterwards, so a step only has to move and default fields.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 0 (the first drafts) stored budget lines as one object per line, had no price index and no
 * counted statuses, and proposals without `fte` and `permanence`.
 */
const v0LineSchema = z.object({
  committee: z.string(),
  area: z.string(),
  account: z.object({
    mainAccount: z.string().optional(),
    function: z.string().optional(),
    dranst: z.string().optional(),
    art: z.string().optional(),
  }),
  costCentre: z.string().optional(),
  text: z.string(),
  amounts: z.array(z.number().int()),
  isService: z.boolean().nullable(),
  source: z.object({ file: z.string().optional(), sheet: z.string(), row: z.number().int() }),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const v0ToV1: Migration = (doc) => {
  const settings = isRecord(doc.settings) ? doc.settings : {};
  const years = Array.isArray(settings.years) ? settings.years.length : 0;
  let budget: unknown = doc.budget ?? null;
  if (isRecord(budget)) {
    const lines = z.array(v0LineSchema).parse(budget.lines);
    const budgetYears = Array.isArray(budget.years) ? budget.years.length : years;
    budget = { ...budget, lines: encodeLines(lines, budgetYears) };
  }
  const proposals = Array.isArray(doc.proposals)
    ? doc.proposals.map((p: unknown) =>
        isRecord(p)
          ? {
              fte: new Array<number>(years).fill(0),
              permanence: 'permanent',
              ...p,
            }
          : p,
      )
    : doc.proposals;
  return {
    ...doc,
    version: 1,
    budget,
    proposals,
    priceIndex: doc.priceIndex ?? [],
    countedStatuses: doc.countedStatuses ?? STATUSES.filter((s) => s !== 'fravalgt'),
  };
};

/** Version 1 had no season: no versions, no change log, no amendments. */
const v1ToV2: Migration = (doc) => ({
  ...doc,
  version: 2,
  proposalPool: [],
  versions: [],
  changeLog: [],
  amendments: [],
});

export const migrations: readonly Migration[] = [v0ToV1, v1ToV2];
