import { useEffect, useState } from 'react';
import { interpretServiceValue, MAX_SERVICE_VALUES } from '../../../shared/budget/index.ts';
import type { ColumnMapping, Problem, ServiceValueCount } from '../../../shared/model/index.ts';
import { ProblemList } from '../components/ProblemList.tsx';
import { problemOf } from '../problems.ts';
import { TEXT } from '../text.ts';
import { JobCancelled, runJob } from '../worker/client.ts';

const W = TEXT.wizard;

type Counted =
  { kind: 'counting' } | { kind: 'done'; values: ServiceValueCount[] } | { kind: 'failed'; problem: Problem };

/**
 * "Værdier i servicekolonnen": each distinct value of the budget sheets' service columns, its number of lines and
 * how it is read, with a choice per value. Counted in the worker with the built-in reading only (the mapping's
 * `serviceValues` left out), so a choice re-renders at once and only a change of columns counts again.
 */
export function ServiceValues({
  fileId,
  mapping,
  job,
  onChange,
}: {
  fileId: string;
  mapping: ColumnMapping;
  job: { current: AbortController | null };
  onChange: (text: string, isService: boolean | null) => void;
}) {
  const S = W.serviceValues;
  const [counted, setCounted] = useState<{ key: string; result: Counted } | null>(null);
  const { serviceValues, ...layout } = mapping;
  const hasColumn = layout.sheets.some((s) => s.role === 'budget' && (s.columns.service?.length ?? 0) > 0);
  // The whole mapping but the values' reading: the count comes from the pass over the sheet with it, which the
  // import then reuses (renderer/src/worker/budget-jobs.ts).
  const key = hasColumn ? JSON.stringify(layout) : '';

  useEffect(() => {
    if (key === '') return;
    const abort = new AbortController();
    job.current?.abort();
    job.current = abort;
    const layoutOnly = JSON.parse(key) as ColumnMapping;
    runJob({ kind: 'readBudget', fileId, mapping: layoutOnly }, { signal: abort.signal })
      .then((values) => setCounted({ key, result: { kind: 'done', values } }))
      .catch((error: unknown) => {
        if (error instanceof JobCancelled) return;
        setCounted({ key, result: { kind: 'failed', problem: problemOf(error) } });
      });
    return () => abort.abort();
  }, [key, fileId, job]);

  if (key === '') return null;
  const result: Counted = counted?.key === key ? counted.result : { kind: 'counting' };
  return (
    <fieldset>
      <legend>{S.title}</legend>
      {result.kind === 'counting' && (
        <p role="status" className="muted">
          {S.counting}
        </p>
      )}
      {result.kind === 'failed' && <ProblemList problems={[result.problem]} />}
      {result.kind === 'done' && result.values.length === 0 && <p className="muted">{S.none}</p>}
      {result.kind === 'done' && result.values.length > 0 && (
        <>
          <p className="muted">{S.hint}</p>
          <table className="totals" aria-label={S.title}>
            <thead>
              <tr>
                <th scope="col">{S.value}</th>
                <th scope="col" className="amount">
                  {S.count}
                </th>
                <th scope="col">{S.reading}</th>
              </tr>
            </thead>
            <tbody>
              {result.values.map((v) => {
                const builtIn = v.isService;
                const reading = interpretServiceValue(v.text, serviceValues).isService;
                return (
                  <tr key={v.key}>
                    <th scope="row">{v.text === '' ? S.empty : v.text}</th>
                    <td className="amount">{v.count.toLocaleString('da-DK')}</td>
                    <td>
                      <select
                        aria-label={S.readingOf(v.text)}
                        value={reading === null ? 'unknown' : reading ? 'yes' : 'no'}
                        onChange={(e) =>
                          onChange(v.text, e.target.value === 'unknown' ? null : e.target.value === 'yes')
                        }
                      >
                        <option value="yes">{S.choices.yes}</option>
                        <option value="no">{S.choices.no}</option>
                        {/* A value Råderum knows cannot be made unknown: the mapping only adds readings. */}
                        <option value="unknown" disabled={builtIn !== null}>
                          {S.choices.unknown}
                        </option>
                      </select>{' '}
                      {builtIn !== null && reading === builtIn && <span className="muted">{S.builtIn}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {result.values.length >= MAX_SERVICE_VALUES && (
            <p className="muted">{S.capped(MAX_SERVICE_VALUES)}</p>
          )}
          <UnknownLeft values={result.values} serviceValues={serviceValues} />
        </>
      )}
    </fieldset>
  );
}

function UnknownLeft({
  values,
  serviceValues,
}: {
  values: readonly ServiceValueCount[];
  serviceValues: ColumnMapping['serviceValues'];
}) {
  const lines = values
    .filter((v) => interpretServiceValue(v.text, serviceValues).isService === null)
    .reduce((n, v) => n + v.count, 0);
  return lines > 0 ? <p role="status">{W.serviceValues.unknownLeft(lines)}</p> : null;
}
