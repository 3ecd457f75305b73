import { krToThousands, toYearRecord } from '../../shared/model/money.ts';
import type { FieldValue } from '../../shared/model/season.ts';
import { isSeasonError } from '../../shared/season/index.ts';
import type { ParsedArgs } from './args.ts';
import { UsageError } from './io.ts';

/** A season action refused (a name taken or unknown) is a usage error: exit code 1 and its Danish sentence. */
export function seasonUsage<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (isSeasonError(error)) throw new UsageError(error.message);
    throw error;
  }
}

/** Fields whose values are kroner: shown in 1.000 kr. like every amount the CLI prints. */
const KR_FIELDS = new Set(['income', 'investment']);

/** A changed field's value as JSON: kroner in 1.000 kr. (per year as `{"2026": …}`), årsværk per year. */
export function fieldJson(field: string, value: FieldValue, years: readonly number[]): unknown {
  if (Array.isArray(value)) {
    const list: readonly number[] = value;
    if (KR_FIELDS.has(field) || field === 'amounts') return toYearRecord(years, list);
    const record: Record<string, number> = {};
    years.forEach((year, i) => (record[String(year)] = list[i] ?? 0));
    return record;
  }
  if (typeof value === 'number' && KR_FIELDS.has(field)) return krToThousands(value);
  return value;
}

/** "Today" as an ISO date in the local time zone, for an amendment's date. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `--rename NAVN --to NYT` belong together (version and amendment alike); `example` shows the pair. */
export function checkRenameArgs(args: ParsedArgs, example: string): void {
  const rename = args.value('--rename') !== undefined;
  const to = args.value('--to') !== undefined;
  if (to && !rename) throw new UsageError('--to bruges sammen med --rename NAVN.');
  if (rename && !to) throw new UsageError(`Angiv det nye navn med --to, fx ${example}.`);
}
