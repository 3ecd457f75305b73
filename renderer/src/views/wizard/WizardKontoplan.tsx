import { useEffect, useRef, useState } from 'react';
import {
  readKey,
  STYRINGSOMRAADE_NAMES,
  STYRINGSOMRAADER,
  type KontoplanChoices,
} from '../../../../shared/budget/index.ts';
import type { ColumnMapping, Problem, Styringsomraade } from '../../../../shared/model/index.ts';
import { formatAmount } from '../../../../shared/numbers/index.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { AmountRow, YearHead } from '../../components/YearTable.tsx';
import { problemOf } from '../../problems.ts';
import { TEXT } from '../../text.ts';
import { JobCancelled, runJob } from '../../worker/client.ts';

const K = TEXT.kontoplan;
const W = TEXT.wizard.kontoplan;
/** The choices of a correction: every styringsområde but "unknown" (a funktion that reads is never unknown). */
const CHOICES = STYRINGSOMRAADER.filter((s) => s !== 'ukendt');

type Listed = { kind: 'done'; choices: KontoplanChoices | null } | { kind: 'failed'; problem: Problem };

/**
 * The wizard's "Styringsområder efter kontoplanen", before the import: every funktion with drift lines as the
 * kontoplan's rules classify it, with its lines and amount (the worker's one read of the workbook), each with a
 * choice that corrects it. The correction goes into the mapping, so it is remembered with it for next year's
 * workbook; the service frame with the corrections is shown beside the rules' own.
 */
export function WizardKontoplan({
  fileId,
  mapping,
  priceYear,
  onChange,
}: {
  fileId: string;
  mapping: ColumnMapping;
  /** The price level of the amounts (the budget year). */
  priceYear: number;
  onChange: (fn: string, styring: Styringsomraade | null) => void;
}) {
  const [listed, setListed] = useState<{ key: string; result: Listed } | null>(null);
  const hasFunction = mapping.sheets.some(
    (s) => s.role === 'budget' && (s.columns.function?.length ?? 0) > 0,
  );
  // Asked again when anything of the mapping changes, corrections included: the worker applies them to its one
  // pass over the workbook (renderer/src/worker/budget-jobs.ts), which only another layout reads again.
  const key = hasFunction ? JSON.stringify(mapping) : '';
  const layoutKey = hasFunction ? readKey(mapping) : '';
  // The jobs of one reading are stopped only when what is read changes or the list closes: a correction made while
  // the pass reads must not leave it without anyone waiting.
  const layoutJobs = useRef<AbortController | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    layoutJobs.current = abort;
    return () => abort.abort();
  }, [layoutKey]);

  useEffect(() => {
    const signal = layoutJobs.current?.signal;
    if (key === '' || !signal) return;
    let current = true;
    const asked = JSON.parse(key) as ColumnMapping;
    runJob({ kind: 'kontoplanChoices', fileId, mapping: asked }, { signal })
      .then((choices) => {
        if (current) setListed({ key, result: { kind: 'done', choices } });
      })
      .catch((error: unknown) => {
        if (error instanceof JobCancelled || !current) return;
        setListed({ key, result: { kind: 'failed', problem: problemOf(error) } });
      });
    return () => {
      current = false;
    };
  }, [key, fileId]);

  if (key === '') return null;
  if (!listed || listed.result.kind === 'failed')
    return (
      <fieldset>
        <legend>{K.title}</legend>
        {listed?.result.kind === 'failed' ? (
          <ProblemList problems={[listed.result.problem]} />
        ) : (
          <p role="status" className="muted">
            {W.reading}
          </p>
        )}
      </fieldset>
    );
  // While a correction is applied, the last list stays (its rows are the rules' and do not change; the frame's
  // totals follow when the worker answers).
  const { choices } = listed.result;
  if (!choices || choices.functions.length === 0) return null;
  const corrections = mapping.styringCorrections ?? {};
  const corrected = Object.keys(corrections).length;
  const firstYear = mapping.years[0];
  return (
    <fieldset className="wizard-kontoplan">
      <legend>{K.title}</legend>
      <p>{choices.rulesDecide ? W.fromRules : W.fromColumn}</p>
      {/* With a service column the frame is the column's, whatever is corrected here. */}
      {choices.rulesDecide && choices.serviceTotals && (
        <table className="totals" aria-label={W.frame}>
          <YearHead label={W.frame} unit={TEXT.unitHeader(priceYear)} years={mapping.years} />
          <tbody>
            {corrected > 0 && choices.ruleServiceTotals && (
              <AmountRow label={W.byRules} amounts={choices.ruleServiceTotals} show={formatAmount} />
            )}
            <AmountRow
              className="sum"
              label={corrected > 0 ? W.withCorrections(corrected) : W.serviceFrame}
              amounts={choices.serviceTotals}
              show={formatAmount}
            />
          </tbody>
        </table>
      )}
      <p className="muted">{K.correctionHint}</p>
      <div className="preview-box">
        <table className="totals" aria-label={W.functions}>
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
            {choices.functions.map((r) => {
              const chosen = corrections[r.function];
              return (
                <tr key={r.function}>
                  <th scope="row">{r.function}</th>
                  <td>{r.name}</td>
                  <td className="amount">{r.lines.toLocaleString('da-DK')}</td>
                  {firstYear !== undefined && <td className="amount">{formatAmount(r.amounts[0] ?? 0)}</td>}
                  <td>
                    <select
                      aria-label={K.correctionOf(r.function)}
                      value={chosen ?? ''}
                      onChange={(e) =>
                        onChange(
                          r.function,
                          e.target.value === '' ? null : (e.target.value as Styringsomraade),
                        )
                      }
                    >
                      <option value="">{`${STYRINGSOMRAADE_NAMES[r.styring]} ${K.byRule}`}</option>
                      {CHOICES.map((s) => (
                        <option key={s} value={s}>
                          {STYRINGSOMRAADE_NAMES[s]}
                        </option>
                      ))}
                    </select>{' '}
                    {chosen !== undefined && <span className="muted">{K.corrected}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {choices.unknownFunctions > 0 && (
        <p className="muted">{K.unknownFunctions(choices.unknownFunctions)}</p>
      )}
    </fieldset>
  );
}
