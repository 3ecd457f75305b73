import { useEffect, useRef, useState } from 'react';
import { readKey, type KontoplanChoices } from '../../../../shared/budget/index.ts';
import type { ColumnMapping, Problem, Styringsomraade } from '../../../../shared/model/index.ts';
import { formatAmount } from '../../../../shared/numbers/index.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { AmountRow, YearHead } from '../../components/YearTable.tsx';
import { problemOf } from '../../problems.ts';
import { StyringTable } from '../StyringTable.tsx';
import { TEXT } from '../../text.ts';
import { JobCancelled, runJob } from '../../worker/client.ts';

const K = TEXT.kontoplan;
const W = TEXT.wizard.kontoplan;

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
      <StyringTable
        label={W.functions}
        rows={choices.functions}
        firstYear={firstYear}
        priceYear={priceYear}
        ruleOf={(r) => r.styring}
        correctionOf={(r) => corrections[r.function] ?? null}
        onCorrect={onChange}
      />
      {choices.unknownFunctions > 0 && (
        <p className="muted">{K.unknownFunctions(choices.unknownFunctions)}</p>
      )}
    </fieldset>
  );
}
