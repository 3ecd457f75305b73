import type { ServiceValueCount } from '../model/budget.ts';
import { parseServiceFlag } from './headers.ts';

/**
 * Reading the service column's values: the user's own reading (`ColumnMapping.serviceValues`) first, then the
 * built-in words of `parseServiceFlag`. Kept apart from the importer so the wizard, the CLI and the importer use
 * one key and one order of precedence.
 */

/** The wizard lists at most this many distinct values (a wrongly chosen text column has thousands). */
export const MAX_SERVICE_VALUES = 200;

/** The key a value is remembered under: case, surrounding and repeated (also non-breaking) spaces do not matter. */
export function serviceValueKey(text: string): string {
  return text
    .replace(/[\u00a0\u2009\u202f\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Service or not for a cell's text; null when neither the mapping nor the built-in words know it. */
export function interpretServiceValue(
  text: string,
  values: Readonly<Record<string, boolean>> | undefined,
): { isService: boolean | null; mapped: boolean } {
  if (values) {
    // A hand-edited mapping may hold something else than true/false; such an entry is not a choice.
    const chosen: unknown = values[serviceValueKey(text)];
    if (typeof chosen === 'boolean') return { isService: chosen, mapped: true };
  }
  return { isService: parseServiceFlag(text), mapped: false };
}

/** The same values with their keys normalised (a saved or typed mapping may say "S " or "s"). */
export function normaliseServiceValues(
  values: Readonly<Record<string, boolean>> | undefined,
): Record<string, boolean> | undefined {
  if (!values) return undefined;
  const out: Record<string, boolean> = {};
  for (const [text, value] of Object.entries(values))
    if (typeof value === 'boolean') out[serviceValueKey(text)] = value;
  return out;
}

/**
 * Counts the values of the service cells of budget lines, one `add` per line. The reading of each distinct text is
 * worked out once, as a large budget repeats a handful of values over many lines.
 */
export class ServiceValueTally {
  private readonly byText = new Map<string, ServiceValueCount>();
  private readonly byKey = new Map<string, ServiceValueCount>();
  private lastText: string | undefined;
  private lastEntry: ServiceValueCount | undefined;
  constructor(private readonly values: Readonly<Record<string, boolean>> | undefined) {}

  /** Counts one line's value and returns how it reads. */
  add(text: string): ServiceValueCount {
    // The same value as the line before is the usual case: no look-up.
    if (text === this.lastText && this.lastEntry) {
      this.lastEntry.count++;
      return this.lastEntry;
    }
    let entry = this.byText.get(text);
    if (!entry) {
      const key = serviceValueKey(text);
      // "S" and "s " are one value for the user; the first spelling seen is the one shown.
      entry = this.byKey.get(key);
      if (!entry) {
        const { isService, mapped } = interpretServiceValue(text, this.values);
        entry = { text: text.trim(), key, count: 0, isService, mapped };
        this.byKey.set(key, entry);
      }
      this.byText.set(text, entry);
    }
    entry.count++;
    this.lastText = text;
    this.lastEntry = entry;
    return entry;
  }

  /** Most frequent first, then alphabetically; at most `MAX_SERVICE_VALUES`. */
  list(): ServiceValueCount[] {
    return [...this.byKey.values()]
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'da'))
      .slice(0, MAX_SERVICE_VALUES)
      .map((e) => ({ ...e }));
  }
}

const YES = /^(ja|j|service|serviceudgift|true|1)$/i;
const NO = /^(nej|n|ikke service|ikke serviceudgift|overførsel|false|0)$/i;

/**
 * The command line's `--service-value TEXT=ja|nej`: the text (anything up to the last "=") and its reading.
 * Null when the form is wrong.
 */
export function parseServiceValueArgument(argument: string): { text: string; isService: boolean } | null {
  const at = argument.lastIndexOf('=');
  if (at < 0) return null;
  const answer = argument.slice(at + 1).trim();
  const text = argument.slice(0, at);
  if (YES.test(answer)) return { text, isService: true };
  if (NO.test(answer)) return { text, isService: false };
  return null;
}
