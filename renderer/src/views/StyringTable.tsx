import { STYRINGSOMRAADE_NAMES, STYRINGSOMRAADER } from '../../../shared/budget/index.ts';
import type { FunctionStyring, Styringsomraade } from '../../../shared/model/index.ts';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { TEXT } from '../text.ts';

const K = TEXT.kontoplan;
/** The choices of a correction: every styringsområde but "unknown" (a funktion that reads is never unknown). */
const CHOICES = STYRINGSOMRAADER.filter((s) => s !== 'ukendt');

/**
 * The funktioner with their styringsområde, lines and first-year amount, each with a choice that corrects it (or
 * gives it back to the rules): the wizard's list before the import and Værktøjer's after it.
 */
export function StyringTable({
  label,
  rows,
  firstYear,
  priceYear,
  ruleOf,
  correctionOf,
  onCorrect,
}: {
  label: string;
  rows: readonly FunctionStyring[];
  firstYear: number | undefined;
  priceYear: number;
  /** What the rules say of a row, named in its "by the rules" choice; null where the row does not say it. */
  ruleOf: (row: FunctionStyring) => Styringsomraade | null;
  /** The row's correction, or null while the rules decide. */
  correctionOf: (row: FunctionStyring) => Styringsomraade | null;
  onCorrect: (fn: string, styring: Styringsomraade | null) => void;
}) {
  return (
    <div className="preview-box">
      <table className="totals" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{K.function}</th>
            <th scope="col">{K.name}</th>
            <th scope="col" className="amount">
              {K.lines}
            </th>
            {firstYear !== undefined && (
              <th scope="col" className="amount">
                {firstYear} <span className="unit">({TEXT.unitHeader(priceYear)})</span>
              </th>
            )}
            <th scope="col">{K.styring}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const rule = ruleOf(r);
            const correction = correctionOf(r);
            return (
              <tr key={r.function}>
                <th scope="row">{r.function}</th>
                <td>{r.name}</td>
                <td className="amount">{r.lines.toLocaleString('da-DK')}</td>
                {firstYear !== undefined && <td className="amount">{formatAmount(r.amounts[0] ?? 0)}</td>}
                <td>
                  <select
                    aria-label={K.correctionOf(r.function)}
                    value={correction ?? ''}
                    onChange={(e) =>
                      onCorrect(
                        r.function,
                        e.target.value === '' ? null : (e.target.value as Styringsomraade),
                      )
                    }
                  >
                    <option value="">
                      {rule === null ? K.byRule : `${STYRINGSOMRAADE_NAMES[rule]} ${K.byRule}`}
                    </option>
                    {CHOICES.map((s) => (
                      <option key={s} value={s}>
                        {STYRINGSOMRAADE_NAMES[s]}
                      </option>
                    ))}
                  </select>{' '}
                  {correction !== null && <span className="muted">{K.corrected}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
