import { AMOUNT_LIMIT_KR } from '../model/money.ts';

/**
 * What a `.raaderum` file may hold. The loader refuses anything beyond these limits and the saver refuses to
 * write it, with the same checks, so a file Råderum saves always opens again and a hostile file is refused
 * before it costs memory.
 */

/**
 * The largest project file, as read and after gunzip: a 200,000-line budget with 2,000 proposals is about
 * 7 MB of JSON, so this leaves room for long texts while a gzip bomb stops after 128 MB of output.
 */
export const MAX_PROJECT_BYTES = 128 * 1024 * 1024;

/** Budget lines in one project: Excel's 1,048,576 rows on five sheets, far beyond any real budget. */
export const MAX_BUDGET_LINES = 5 * 1_048_576;

/** |årsværk| per year of one proposal; the largest municipality employs some 45,000. */
export const FTE_LIMIT = 1e6;

/** A target as a percentage of the service frame lies within ±100 %. */
export const PERCENT_LIMIT = 100;

/** A price or wage index (price year = 100) within this bound. */
export const INDEX_LIMIT = 1e6;

export { AMOUNT_LIMIT_KR };

/** A number as a Danish reader sees it in a message: `1.000.000.000.000`, or a plain word when it has no digits to show. */
export function describeNumber(value: unknown): string {
  if (typeof value !== 'number') return `'${String(value)}'`;
  if (Number.isNaN(value)) return 'intet tal';
  if (!Number.isFinite(value)) return value > 0 ? 'uendeligt' : 'minus uendeligt';
  if (Math.abs(value) >= 1e21) return `${value < 0 ? '-' : ''}et tal med over 20 cifre`;
  return value.toLocaleString('da-DK', { maximumFractionDigits: 6 });
}

/** "1.000 mia. kr.": the amount limit in words for messages. */
export const AMOUNT_LIMIT_TEXT = `${(AMOUNT_LIMIT_KR / 1e9).toLocaleString('da-DK')} mia. kr.`;
