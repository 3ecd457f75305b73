import { z } from 'zod';
import type {
  Account,
  Budget,
  ColumnMapping,
  ImportReport,
  KontoplanReport,
  SheetMapping,
} from '../model/budget.ts';
import { STYRINGSOMRAADER } from '../model/budget.ts';
import type { Problem } from '../model/problem.ts';
import type {
  Catalogue,
  PriceIndexRow,
  ProjectSettings,
  Scope,
  Target,
  TargetRule,
} from '../model/project.ts';
import { KATEGORIER, STATUSES, VEJE, type Proposal } from '../model/proposal.ts';
import { isPlausibleKr } from '../model/money.ts';
import {
  AMOUNT_LIMIT_TEXT,
  FTE_LIMIT,
  INDEX_LIMIT,
  MAX_BUDGET_LINES,
  PERCENT_LIMIT,
  describeNumber,
} from './limits.ts';
import { amendmentSchema, changeEntrySchema, storedVersionSchema } from './season-file.ts';

/** The file format version this build writes. Older versions are migrated on load; newer ones are refused. */
export const CURRENT_VERSION = 2;
export const FORMAT = 'raaderum';

// The messages below complete a sentence that starts with where the value is (see `describeIssue`), in Danish.
export const KR_RULE = `skal være et helt antal kroner under ${AMOUNT_LIMIT_TEXT}`;
const kr = z.number({ error: KR_RULE }).refine(isPlausibleKr, KR_RULE);
const YEAR_RULE = 'skal være et årstal mellem 1900 og 2200';
const year = z.number({ error: YEAR_RULE }).int(YEAR_RULE).min(1900, YEAR_RULE).max(2200, YEAR_RULE);
const FTE_RULE = `skal være et antal årsværk mellem -${describeNumber(FTE_LIMIT)} og ${describeNumber(FTE_LIMIT)}`;
const fte = z.number({ error: FTE_RULE }).gt(-FTE_LIMIT, FTE_RULE).lt(FTE_LIMIT, FTE_RULE);
const PERCENT_RULE = `skal være en procent mellem -${PERCENT_LIMIT} og ${PERCENT_LIMIT}`;
const percent = z
  .number({ error: PERCENT_RULE })
  .min(-PERCENT_LIMIT, PERCENT_RULE)
  .max(PERCENT_LIMIT, PERCENT_RULE);
const INDEX_RULE = `skal være et indeks over 0 og under ${describeNumber(INDEX_LIMIT)}`;
const index = z.number({ error: INDEX_RULE }).positive(INDEX_RULE).lt(INDEX_LIMIT, INDEX_RULE);

function isIntArray(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  for (const x of value) if (typeof x !== 'number' || !Number.isSafeInteger(x)) return false;
  return true;
}

/** Validated with a plain loop: zod per element would cost seconds on 200,000 lines × 14 columns. */
const intArray = z.custom<number[]>(isIntArray, 'Forventede en liste af hele tal.');
const stringArray = z.array(z.string());

export const problemSchema: z.ZodType<Problem> = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  file: z.string().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
});

const styringsomraade = z.enum(STYRINGSOMRAADER);

const FIELD_NAMES = [
  'committee',
  'area',
  'mainAccount',
  'function',
  'dranst',
  'art',
  'costCentre',
  'text',
  'service',
] as const;

const sheetMappingSchema: z.ZodType<SheetMapping> = z.object({
  sheet: z.string(),
  role: z.enum(['budget', 'summary', 'ignored']),
  headerRow: z.number().int().min(0),
  columns: z.partialRecord(z.enum(FIELD_NAMES), stringArray),
  years: z.record(z.string(), z.string()),
  committeeFromSheet: z.string().optional(),
  /** The header texts the mapping was made against, so next year's workbook can be recognised by them. */
  headers: z.record(z.string(), z.string()).optional(),
  /** Optional: files written before units were read load as 1.000 kr. */
  unit: z.enum(['kr', 'thousands', 'millions']).optional(),
});

export const columnMappingSchema: z.ZodType<ColumnMapping> = z.object({
  version: z.literal(1),
  years: z.array(year),
  sheets: z.array(sheetMappingSchema),
  /** Optional: files written before the service value mapping existed load without it. */
  serviceValues: z.record(z.string(), z.boolean()).optional(),
  /** Optional: files written before the kontoplan's styringsområder load without corrections. */
  styringCorrections: z.record(z.string(), styringsomraade).optional(),
});

const functionTotals = { function: z.string(), name: z.string(), lines: z.number().int(), amounts: intArray };

const kontoplanReportSchema: z.ZodType<KontoplanReport> = z.object({
  byFunction: z.array(z.object({ ...functionTotals, styring: styringsomraade, rule: z.string() })),
  unknownFunctions: z.array(z.object({ function: z.string(), name: z.string(), lines: z.number().int() })),
  disagreements: z.array(z.object({ ...functionTotals, service: z.boolean(), styring: styringsomraade })),
});

const importReportSchema: z.ZodType<ImportReport> = z.object({
  file: z.string(),
  problems: z.array(problemSchema),
  skippedRows: z.array(z.object({ sheet: z.string(), row: z.number().int(), reason: z.string() })),
  serviceKnown: z.boolean(),
  /** Optional, as in the model: kept so the report reads the same after the project is reopened. */
  textNumberCells: z
    .array(z.object({ sheet: z.string(), cell: z.string(), text: z.string(), value: z.number() }))
    .optional(),
  serviceValues: z
    .array(
      z.object({
        text: z.string(),
        key: z.string(),
        count: z.number().int().min(0),
        isService: z.boolean().nullable(),
        mapped: z.boolean(),
      }),
    )
    .optional(),
  /** Optional: files written before the kontoplan was read have neither. */
  serviceSource: z.enum(['column', 'kontoplan', 'unknown']).optional(),
  kontoplan: kontoplanReportSchema.optional(),
});

/** An integer column on disk: the values as they are, or as runs `[value, count, value, count, …]`. */
const intColumn = z.union([intArray, z.object({ runs: intArray })]);
export type IntColumn = z.infer<typeof intColumn>;

/**
 * Budget lines on disk: one column per field, strings interned in `strings` and referred to by index
 * (−1 = absent), amounts one integer column per plan year. Columns that repeat (a budget is grouped by
 * committee, area, account) are stored as runs, source rows as differences. 200,000 lines stay compact
 * and parse fast.
 */
export const columnarLinesSchema = z.object({
  count: z
    .number()
    .int()
    .min(0)
    .max(MAX_BUDGET_LINES, `skal være højst ${describeNumber(MAX_BUDGET_LINES)} budgetlinjer`),
  strings: stringArray,
  committee: intColumn,
  area: intColumn,
  mainAccount: intColumn,
  function: intColumn,
  dranst: intColumn,
  art: intColumn,
  costCentre: intColumn,
  text: intColumn,
  /** 1 = service, 0 = not, −1 = unknown. */
  isService: intColumn,
  sourceFile: intColumn,
  sourceSheet: intColumn,
  /** Differences from the previous line's row (the first from 0). */
  sourceRowDelta: intColumn,
  /**
   * amounts[yearIndex][lineIndex] in kroner: the first plan year as it is, each later year as the change from
   * the year before (overslagsår in faste priser mostly repeat the budget year, so the changes are short).
   */
  amounts: z.array(intArray),
});
export type ColumnarLines = z.infer<typeof columnarLinesSchema>;

export const storedBudgetSchema = z.object({
  sourceName: z.string(),
  years: z.array(year),
  mapping: columnMappingSchema,
  report: importReportSchema,
  lines: columnarLinesSchema,
});
export type StoredBudget = z.infer<typeof storedBudgetSchema>;

const settingsSchema: z.ZodType<ProjectSettings> = z.object({
  municipality: z.string(),
  budgetYear: year,
  years: z.array(year).min(1),
  priceYear: year,
  signDisplay: z.enum(['negativeIsSaving', 'positiveIsSaving']),
});

/**
 * Files written before proposals carried their income split have no `income`: it is then zero in every year
 * (the whole net amount counts as expenditure), aligned with `amounts`.
 */
export const proposalSchema: z.ZodType<Proposal> = z
  .object({
    id: z.string(),
    title: z.string(),
    committee: z.string(),
    area: z.string(),
    vej: z.enum(VEJE).nullable(),
    kategori: z.enum(KATEGORIER).nullable(),
    status: z.enum(STATUSES),
    catalogue: z.string(),
    amounts: z.array(kr),
    income: z.array(kr).optional(),
    isService: z.boolean(),
    fte: z.array(fte),
    description: z.string(),
    citizenImpact: z.string(),
    staffImpact: z.string(),
    permanence: z.enum(['permanent', 'oneOff']),
    investment: kr,
    notes: z.string(),
    source: z.object({ file: z.string(), sheet: z.string(), row: z.number().int() }).nullable(),
  })
  .transform(({ income, ...p }) => ({ ...p, income: income ?? p.amounts.map(() => 0) }));

const scopeSchema: z.ZodType<Scope> = z.object({
  kategorier: z.array(z.enum(KATEGORIER)),
  veje: z.array(z.enum(VEJE)),
  committees: stringArray,
  catalogue: z.string().nullable(),
});

const targetRuleSchema: z.ZodType<TargetRule> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), amounts: z.array(kr) }),
  z.object({ kind: z.literal('percentOfService'), percent }),
]);

const targetSchema: z.ZodType<Target> = z.object({
  name: z.string(),
  rule: targetRuleSchema,
  scope: scopeSchema,
});
const catalogueSchema: z.ZodType<Catalogue> = z.object({ name: z.string(), description: z.string() });
const priceIndexRowSchema: z.ZodType<PriceIndexRow> = z.object({
  year,
  prices: index,
  wages: index,
});

/** The current (v2) document as stored. Version 2 added the season: versions, change log, amendments. */
export const projectFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  /** The program that wrote the file, for support; not interpreted. */
  savedBy: z.string().optional(),
  settings: settingsSchema,
  budget: storedBudgetSchema.nullable(),
  proposals: z.array(proposalSchema),
  targets: z.array(targetSchema),
  catalogues: z.array(catalogueSchema),
  priceIndex: z.array(priceIndexRowSchema),
  countedStatuses: z.array(z.enum(STATUSES)),
  /** Every distinct proposal the versions hold, once (see season-file.ts). */
  proposalPool: z.array(proposalSchema),
  versions: z.array(storedVersionSchema(targetSchema)),
  changeLog: z.array(changeEntrySchema),
  amendments: z.array(amendmentSchema(proposalSchema, kr)),
});
export type ProjectFile = z.infer<typeof projectFileSchema>;

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The document as it is written: the project's own (readonly) values go in as they are, uncopied. */
export type ProjectFileOut = DeepReadonly<ProjectFile>;

export type { Account, Budget };
