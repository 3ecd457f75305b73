import { useEffect, useState } from 'react';
import { interpretServiceValue, MAX_SERVICE_VALUES } from '../../../shared/budget/index.ts';
import type { ColumnMapping, Problem, ServiceValueCount } from '../../../shared/model/index.ts';
import { ProblemList } from '../components/ProblemList.tsx';
import { problemOf } from '../problems.ts';
import { TEXT } from '../text.ts';
import { JobCancelled, runJob } from '../worker/client.ts';

const W = TEXT.wizard;

type Counted =
  | { kind: 'counting' }
  /** Counted over the preview's rows; `partial` until the pass over the whole sheet has counted them all. */
  | { kind: 'done'; values: ServiceValueCount[]; partial: boolean }
  | { kind: 'failed'; problem: Problem };

/**
 * The mapping as far as the count depends on it: not the values' reading (the count gives the built-in one), not
 * the unit or the styring corrections (they change amounts, not which lines there are).
 */
function countKey(mapping: ColumnMapping): string {
  const { serviceValues: _reading, styringCorrections: _corrections, ...layout } = mapping;
  return JSON.stringify({ ...layout, sheets: layout.sheets.map(({ unit: _unit, ...s }) => s) });
}

/**
 * "Værdier i servicekolonnen": each distinct value of the budget sheets' service columns, its number of lines and
 * how it is read, with a choice per value. Counted in the worker with the built-in reading only: first over the
 * preview's rows (at once), then exactly by the one pass over the sheet that the import reuses. A choice here
 * re-renders at once; only a change of what is read counts again.
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
  const { serviceValues } = mapping;
  const hasColumn = mapping.sheets.some((s) => s.role === 'budget' && (s.columns.service?.length ?? 0) > 0);
  const key = hasColumn ? countKey(mapping) : '';

  useEffect(() => {
    if (key === '') return;
    const abort = new AbortController();
    job.current?.abort();
    job.current = abort;
    const counted = JSON.parse(key) as ColumnMapping;
    const failed = (error: unknown): void => {
      if (error instanceof JobCancelled) return;
      setCounted({ key, result: { kind: 'failed', problem: problemOf(error) } });
    };
    // Both asked at once: the worker answers the preview's count first, while the pass reads the sheet.
    runJob({ kind: 'previewServiceValues', fileId, mapping: counted }, { signal: abort.signal })
      .then(({ values, partial }) =>
        setCounted((now) =>
          now?.key === key && now.result.kind === 'done'
            ? now
            : { key, result: { kind: 'done', values, partial } },
        ),
      )
      .catch(failed);
    runJob({ kind: 'readBudget', fileId, mapping: counted }, { signal: abort.signal })
      .then((values) => setCounted({ key, result: { kind: 'done', values, partial: false } }))
      .catch(failed);
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
      {result.kind === 'done' && result.partial && (
        <p role="status" className="muted">
          {S.partial}
        </p>
      )}
      {result.kind === 'done' && !result.partial && result.values.length === 0 && (
        <p className="muted">{S.none}</p>
      )}
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
          {!result.partial && <UnknownLeft values={result.values} serviceValues={serviceValues} />}
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
