import { useMemo } from 'react';
import { KATEGORI_KEYS, UNKNOWN_KEY, VEJ_KEYS } from '../../../shared/calc/index.ts';
import {
  KATEGORI_LABEL,
  STATUSES,
  STATUS_LABEL,
  VEJ_LABEL,
  type Kr,
  type Proposal,
} from '../../../shared/model/index.ts';
import {
  describeFieldValue,
  diffStates,
  fieldLabel,
  isEmptyDiff,
  listVersions,
  stateOf,
  type AmountsDiff,
  type StateDiff,
} from '../../../shared/season/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { DialogButtons } from '../components/DialogButtons.tsx';
import { Modal } from '../components/Modal.tsx';
import { TEXT } from '../text.ts';
import { showAmount } from '../views/display.ts';
import './season.css';

const S = TEXT.season;
/** The select's value for the working state (a version name is never empty). */
const WORKING = '';

/**
 * "Sammenlign med…": two states side by side — a version and another, or a version and the working state. What was
 * added, removed and changed (field by field, amounts per year with the difference), and the totals per year by
 * vej, kategori, udvalg and status on both sides with the difference.
 */
export function CompareDialog({ from, to }: { from: string | null; to: string | null }) {
  const { store } = useApp();
  const project = useWorkbench((s) => s.history.present.project);
  const versions = useMemo(() => listVersions(project), [project]);
  const marking = useWorkbench((s) => s.markChangesSince);
  const fromName = from ?? versions[versions.length - 1]?.name ?? null;
  const close = (): void => store.actions.openDialog(null);
  const choose = (side: 'from' | 'to', value: string): void =>
    store.actions.openDialog({
      kind: 'compare',
      from: side === 'from' ? value : fromName,
      to: side === 'to' ? (value === WORKING ? null : value) : to,
    });
  const diff = useMemo((): StateDiff | null => {
    if (fromName === null) return null;
    try {
      return diffStates(stateOf(project, fromName), stateOf(project, to), {
        yearCount: project.settings.years.length,
        statuses: project.countedStatuses,
      });
    } catch {
      return null;
    }
  }, [project, fromName, to]);

  const years = project.settings.years;
  const sign = project.settings.signDisplay;
  const show = (kr: Kr): string => showAmount(kr, sign);
  const unit = TEXT.unitHeader(project.settings.priceYear);

  return (
    <Modal title={S.compareTitle} onClose={close} wide>
      {versions.length === 0 || fromName === null ? (
        <p>{S.noVersions}</p>
      ) : (
        <>
          <div className="season-choose">
            <label>
              {S.from}{' '}
              <select value={fromName} onChange={(e) => choose('from', e.target.value)}>
                <VersionOptions versions={versions} />
              </select>
            </label>
            <label>
              {S.to}{' '}
              <select value={to ?? WORKING} onChange={(e) => choose('to', e.target.value)}>
                <option value={WORKING}>{S.working}</option>
                <VersionOptions versions={versions} />
              </select>
            </label>
          </div>
          {to === null && (
            <label className="season-mark">
              <input
                type="checkbox"
                checked={marking === fromName}
                onChange={(e) => store.setState({ markChangesSince: e.target.checked ? fromName : null })}
              />{' '}
              {S.markChanges}
            </label>
          )}
          {diff && (
            <div className="season-scroll season-diff">
              {isEmptyDiff(diff) && <p>{S.same}</p>}
              <ProposalList caption={S.added(diff.added.length)} proposals={diff.added} />
              <ProposalList caption={S.removed(diff.removed.length)} proposals={diff.removed} />
              {diff.changed.length > 0 && (
                <table className="totals">
                  <caption>{S.changed(diff.changed.length)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{TEXT.trace.id}</th>
                      <th scope="col">{S.field}</th>
                      <th scope="col">{S.before}</th>
                      <th scope="col">{S.after}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {diff.changed.flatMap((c) => [
                      ...Object.entries(c.fields).map(([field, value]) => (
                        <tr key={`${c.id}-${c.occurrence}-${field}`}>
                          <th scope="row">
                            {c.id} {c.title}
                          </th>
                          <td>{fieldLabel(field)}</td>
                          <td>{describeFieldValue(field, value.from, years)}</td>
                          <td>{describeFieldValue(field, value.to, years)}</td>
                        </tr>
                      )),
                      ...(c.amounts
                        ? years.map((year, i) => {
                            const a = c.amounts as AmountsDiff;
                            if ((a.difference[i] ?? 0) === 0) return null;
                            return (
                              <tr key={`${c.id}-${c.occurrence}-amount-${year}`}>
                                <th scope="row">
                                  {c.id} {c.title}
                                </th>
                                <td>
                                  {fieldLabel('amounts')} {year}
                                </td>
                                <td className="amount">{show(a.from[i] ?? 0)}</td>
                                <td className="amount">
                                  {show(a.to[i] ?? 0)}{' '}
                                  <span className="muted">
                                    ({S.difference} {show(a.difference[i] ?? 0)})
                                  </span>
                                </td>
                              </tr>
                            );
                          })
                        : []),
                    ])}
                  </tbody>
                </table>
              )}
              <h3>{S.totals}</h3>
              <p className="muted">
                {S.counted(diff.totals.statuses.map((s) => STATUS_LABEL[s]).join(', '))}
              </p>
              <TotalsTable
                caption={S.totalsBy('vej')}
                years={years}
                show={show}
                unit={unit}
                rows={[
                  ...VEJ_KEYS.map((k) => ({
                    key: k,
                    label: k === UNKNOWN_KEY ? TEXT.oversigt.unknownVej : VEJ_LABEL[k],
                    diff: diff.totals.byVej[k],
                  })),
                  { key: 'total', label: TEXT.oversigt.total, diff: diff.totals.total },
                ]}
              />
              <TotalsTable
                caption={S.totalsBy('kategori')}
                years={years}
                show={show}
                unit={unit}
                rows={KATEGORI_KEYS.map((k) => ({
                  key: k,
                  label: k === UNKNOWN_KEY ? TEXT.oversigt.unknownKategori : KATEGORI_LABEL[k],
                  diff: diff.totals.byKategori[k],
                }))}
              />
              <TotalsTable
                caption={S.totalsBy('udvalg')}
                years={years}
                show={show}
                unit={unit}
                rows={Object.entries(diff.totals.byCommittee).map(([k, d]) => ({
                  key: k,
                  label: k === UNKNOWN_KEY ? TEXT.oversigt.unknownCommittee : k,
                  diff: d,
                }))}
              />
              <TotalsTable
                caption={S.totalsBy('status')}
                years={years}
                show={show}
                unit={unit}
                rows={STATUSES.map((k) => ({
                  key: k,
                  label: STATUS_LABEL[k],
                  diff: diff.totals.byStatus[k],
                }))}
              />
            </div>
          )}
        </>
      )}
      <DialogButtons onClose={close} />
    </Modal>
  );
}

/** One option per version, by name (both "from" and "to" choose among them). */
function VersionOptions({ versions }: { versions: readonly { name: string }[] }) {
  return (
    <>
      {versions.map((v) => (
        <option key={v.name} value={v.name}>
          {v.name}
        </option>
      ))}
    </>
  );
}

function ProposalList({ caption, proposals }: { caption: string; proposals: readonly Proposal[] }) {
  if (proposals.length === 0) return null;
  return (
    <table className="totals">
      <caption>{caption}</caption>
      <tbody>
        {proposals.map((p, i) => (
          <tr key={`${p.id}-${i}`}>
            <th scope="row">{p.id}</th>
            <td>{p.title}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One table of totals: per row and year the "from" and "to" amounts and the difference; unchanged zero rows left out. */
function TotalsTable({
  caption,
  years,
  rows,
  show,
  unit,
}: {
  unit: string;
  caption: string;
  years: readonly number[];
  rows: { key: string; label: string; diff: AmountsDiff }[];
  show: (kr: Kr) => string;
}) {
  const shown = rows.filter((r) => r.diff.from.some((x) => x !== 0) || r.diff.to.some((x) => x !== 0));
  if (shown.length === 0) return null;
  return (
    <table className="totals season-totals">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            <span className="unit">({unit})</span>
          </th>
          {years.map((y) => (
            <th key={y} scope="colgroup" colSpan={3} className="amount">
              {y}
            </th>
          ))}
        </tr>
        <tr>
          {years.map((y) => [
            <th key={`${y}-f`} scope="col" className="amount">
              {S.from}
            </th>,
            <th key={`${y}-t`} scope="col" className="amount">
              {S.to}
            </th>,
            <th key={`${y}-d`} scope="col" className="amount">
              {S.difference}
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {years.map((y, i) => [
              <td key={`${y}-f`} className="amount">
                {show(r.diff.from[i] ?? 0)}
              </td>,
              <td key={`${y}-t`} className="amount">
                {show(r.diff.to[i] ?? 0)}
              </td>,
              <td key={`${y}-d`} className="amount season-difference">
                {show(r.diff.difference[i] ?? 0)}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
