import type { AmountUnit, Budget } from '../../shared/model/budget.ts';
import { isPlausibleKr, thousandsToKr, type Kr } from '../../shared/model/money.ts';
import { AMOUNT_LIMIT_TEXT, PERCENT_LIMIT } from '../../shared/project/limits.ts';
import { describeLocation, ReadError, type Problem } from '../../shared/model/problem.ts';
import type { Project } from '../../shared/model/project.ts';
import {
  KATEGORIER,
  STATUSES,
  VEJE,
  type Kategori,
  type Status,
  type Vej,
} from '../../shared/model/proposal.ts';
import { parseServiceValueArgument } from '../../shared/budget/service-flag.ts';
import { formatThousands } from '../../shared/numbers/danish.ts';
import { sourceAmong } from '../node/same-file.ts';
import { UsageError } from './io.ts';

/** How each `--option` is read: a single value, a repeatable value, or a flag without a value. */
export type OptionKind = 'value' | 'repeat' | 'flag';

export interface ParsedArgs {
  positional: string[];
  value(name: string): string | undefined;
  list(name: string): string[];
  flag(name: string): boolean;
}

/**
 * Parses `--name value`, `--name=value`, repeated `--name a --name b` and flags. Unknown options, a missing
 * value and a single-value option given twice are usage errors (exit code 1) with a Danish message.
 * Names in `spec` are written with their dashes, e.g. `{ '--amount': 'value', '-o': 'value' }`.
 */
export function parseArgs(args: readonly string[], spec: Readonly<Record<string, OptionKind>>): ParsedArgs {
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const kind = spec[name];
    if (!kind) throw new UsageError(`Ukendt tilvalg '${name}'.`);
    if (kind === 'flag') {
      if (eq > 0) throw new UsageError(`${name} tager ingen værdi.`);
      flags.add(name);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      throw new UsageError(`${name} mangler en værdi.`);
    const list = values.get(name) ?? [];
    if (kind === 'value' && list.length > 0) throw new UsageError(`${name} må kun angives én gang.`);
    list.push(value);
    values.set(name, list);
  }
  return {
    positional,
    value: (name) => values.get(name)?.[0],
    list: (name) => values.get(name) ?? [],
    flag: (name) => flags.has(name),
  };
}

const UNIT_WORDS: Readonly<Record<string, AmountUnit>> = {
  kr: 'kr',
  '1000': 'thousands',
  '1.000': 'thousands',
  mio: 'millions',
};

/** `--unit kr|1000|mio`: the unit of the budget's amounts, for a file that does not state it; undefined when absent. */
export function unitOption(args: ParsedArgs): AmountUnit | undefined {
  const text = args.value('--unit');
  if (text === undefined) return undefined;
  const unit = UNIT_WORDS[text.trim().toLowerCase().replace(/\.$/, '')];
  if (!unit) throw new UsageError(`--unit skal være kr, 1000 eller mio, ikke '${text}'.`);
  return unit;
}

/** `--service-value TEKST=ja|nej` (repeatable) as the importer's `serviceValues`; undefined when none is given. */
export function serviceValueOption(args: ParsedArgs): Record<string, boolean> | undefined {
  const list = args.list('--service-value');
  if (list.length === 0) return undefined;
  const values: Record<string, boolean> = {};
  for (const argument of list) {
    const parsed = parseServiceValueArgument(argument);
    if (!parsed)
      throw new UsageError(`--service-value skal have formen TEKST=ja eller TEKST=nej, ikke '${argument}'.`);
    values[parsed.text] = parsed.isService;
  }
  return values;
}

/** The one project file a command works on (`raaderum calc PROJECT …`); none or more is a usage error. */
export function projectPathArgument(args: ParsedArgs): string {
  const [path, ...extra] = args.positional;
  if (!path || extra.length > 0) throw new UsageError('Angiv ét projekt (.raaderum).');
  return path;
}

/**
 * Refuses (usage error, before anything is read or written) when `output` is one of the files the command
 * reads: by real path, case-insensitively on Windows and macOS. `option` names the output ("-o").
 */
export async function refuseSourceAsOutput(
  option: string,
  output: string,
  inputs: readonly (string | undefined)[],
): Promise<void> {
  const source = await sourceAmong(
    output,
    inputs.filter((p): p is string => p !== undefined),
  );
  if (source !== null)
    throw new UsageError(
      `${option} må ikke være kildefilen '${source}': den bliver kun læst og overskrives aldrig. Vælg et andet filnavn.`,
    );
}

/** A number typed on the command line: `0.5`, `0,5`, `-25000`, with a Unicode minus allowed. */
export function parseCliNumber(text: string, what: string): number {
  const normal = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  const value = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normal) ? Number(normal) : NaN;
  if (!Number.isFinite(value)) throw new UsageError(`${what} skal være et tal (fik '${text}').`);
  return value;
}

/** A percentage typed on the command line, within ±100 % (what a project can hold). */
export function parseCliPercent(text: string, what: string): number {
  const value = parseCliNumber(text, what);
  if (Math.abs(value) > PERCENT_LIMIT)
    throw new UsageError(`${what} skal være en procent mellem 0 og ${PERCENT_LIMIT} (fik '${text}').`);
  return value;
}

/**
 * `2026=-25000,2027=-35000` (1.000 kr., stored sign) → kroner aligned with `years`; years not listed are 0.
 * A year outside the plan, a repeated year or a malformed entry is a usage error.
 */
export function parseYearAmounts(text: string, years: readonly number[], what: string): Kr[] {
  const result = years.map(() => 0);
  const seen = new Set<number>();
  for (const entry of text
    .split(/[,;]/)
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const match = /^(\d{4})\s*[=:]\s*(.+)$/.exec(entry);
    if (!match) throw new UsageError(`${what}: '${entry}' skal skrives som ÅR=BELØB, fx 2026=-25000.`);
    const year = Number(match[1]);
    const index = years.indexOf(year);
    if (index < 0)
      throw new UsageError(`${what}: ${year} er ikke et af projektets år (${years.join(', ')}).`);
    if (seen.has(year)) throw new UsageError(`${what}: ${year} er angivet to gange.`);
    seen.add(year);
    const amount = thousandsToKr(parseCliNumber(match[2] ?? '', `${what} for ${year}`));
    if (!isPlausibleKr(amount))
      throw new UsageError(`${what} for ${year} er for stort: et beløb skal være under ${AMOUNT_LIMIT_TEXT}`);
    result[index] = amount;
  }
  if (seen.size === 0) throw new UsageError(`${what} mangler beløb, fx 2026=-25000,2027=-35000.`);
  return result;
}

/** Kroner per year → `{"2026": 1.000 kr., …}`, the shape of every JSON output. */
export { toYearRecord } from '../../shared/model/money.ts';

/** A plain-text table of amounts per year in 1.000 kr. (stored sign), for the commands' human output. */
export function formatYearTable(
  years: readonly number[],
  rows: readonly (readonly [string, readonly Kr[]])[],
): string {
  const cells = rows.map(([label, amounts]) => [
    label,
    ...years.map((_, i) => formatThousands(amounts[i] ?? 0, 1)),
  ]);
  const header = ['', ...years.map(String)];
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((r) => (r[c] ?? '').length)));
  const render = (r: readonly string[]): string =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  return [render(header), ...cells.map(render)].join('\n');
}

const VEJ_WORDS: Record<string, Vej> = { tværgående: 'tvaergaaende', tvaergaende: 'tvaergaaende' };

/** `stille`, `Den stille vej`, `tværgående` … → the stored vej value. */
export function parseVej(text: string): Vej {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/^den\s+/, '')
    .replace(/\s+vej$/, '');
  const vej = VEJ_WORDS[word] ?? VEJE.find((v) => v === word);
  if (!vej) throw new UsageError(`Ukendt vej '${text}'. Brug ${VEJE.join(', ')}.`);
  return vej;
}

export function parseKategori(text: string): Kategori {
  const word = text.trim().toLowerCase();
  const kategori = KATEGORIER.find((k) => k === word);
  if (!kategori) throw new UsageError(`Ukendt kategori '${text}'. Brug ${KATEGORIER.join(', ')}.`);
  return kategori;
}

export function parseStatus(text: string): Status {
  const word = text.trim().toLowerCase().replace(/\s+/g, '');
  const status = STATUSES.find((s) => s.toLowerCase() === word);
  if (!status) throw new UsageError(`Ukendt status '${text}'. Brug ${STATUSES.join(', ')}.`);
  return status;
}

/** The project's budget, or a ReadError (exit code 2) saying the project has none yet. */
export function requireBudget(project: Project, path: string): Budget {
  if (project.budget) return project.budget;
  throw new ReadError({
    code: 'project.no-budget',
    severity: 'error',
    message: `Projektet '${path}' har intet budget. Opret projektet med 'raaderum new --budget PROJEKTMAPPE -o ${path}'.`,
    file: path,
  });
}

const SEVERITY_WORD: Record<Problem['severity'], string> = {
  error: 'Fejl',
  warning: 'Advarsel',
  info: 'Bemærk',
};

export function warningLines(problems: readonly Problem[]): string[] {
  if (problems.length === 0) return [];
  return [
    '',
    ...problems.map((p) => {
      const where = describeLocation(p);
      return `${SEVERITY_WORD[p.severity]}${where ? ` (${where})` : ''}: ${p.message}`;
    }),
  ];
}
