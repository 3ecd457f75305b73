import { useState } from 'react';
import { formatDanish, parseDanishNumber } from '../../../shared/numbers/index.ts';
import { thousandsToKr, type PriceIndexRow, type Project, type Target } from '../../../shared/model/index.ts';
import { useApp } from '../app-context.ts';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { TEXT } from '../text.ts';
import { NumberField, ToolSection, typedAmounts, YearAmountInputs } from './ToolParts.tsx';

/** Værktøjer's project editors: the price index, the targets and the project settings. */

const T = TEXT.tools;
const ALL_SCOPE: Target['scope'] = { kategorier: [], veje: [], committees: [], catalogue: null };

export function PriceIndexTable({ project }: { project: Project }) {
  const { store } = useApp();
  const rows = project.priceIndex;
  const update = (next: PriceIndexRow[]): void =>
    store.actions.changeProject(
      (p) => ({ ...p, priceIndex: [...next].sort((a, b) => a.year - b.year) }),
      TEXT.history.priceIndex,
    );
  const cellInput = (row: PriceIndexRow, i: number, field: 'prices' | 'wages') => (
    <input
      key={`${row.year}-${field}-${row[field]}`}
      type="text"
      inputMode="decimal"
      size={7}
      aria-label={`${field === 'prices' ? T.prices : T.wages} ${row.year}`}
      defaultValue={formatDanish(row[field], 1)}
      onBlur={(e) => {
        const v = parseDanishNumber(e.target.value);
        if (v !== null && v !== row[field]) update(rows.map((r, j) => (j === i ? { ...r, [field]: v } : r)));
      }}
    />
  );
  return (
    <ToolSection id="prisindeks" title={T.priceIndex}>
      <table className="totals">
        <caption className="visually-hidden">{T.priceIndex}</caption>
        <thead>
          <tr>
            <th scope="col">{TEXT.oversigt.year}</th>
            <th scope="col">{T.prices}</th>
            <th scope="col">{T.wages}</th>
            <th scope="col">
              <span className="visually-hidden">{T.remove}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td>{cellInput(r, i, 'prices')}</td>
              <td>{cellInput(r, i, 'wages')}</td>
              <td>
                <button
                  type="button"
                  className="btn"
                  aria-label={`${T.remove} ${r.year}`}
                  onClick={() => update(rows.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="btn"
        onClick={() => {
          const last = rows[rows.length - 1];
          const year = last ? last.year + 1 : project.settings.priceYear;
          update([...rows, { year, prices: last?.prices ?? 100, wages: last?.wages ?? 100 }]);
        }}
      >
        {T.addYear}
      </button>
    </ToolSection>
  );
}

export function TargetsEditor({ project }: { project: Project }) {
  const { store } = useApp();
  const years = project.settings.years;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'amount' | 'percentOfService'>('amount');
  const [amounts, setAmounts] = useState<string[]>(() => years.map(() => ''));
  const [percentText, setPercentText] = useState('');
  const parsedAmounts = typedAmounts(amounts);
  const percent = parseDanishNumber(percentText);
  const valid =
    name.trim() !== '' && (kind === 'amount' ? parsedAmounts.every((v) => v !== null) : percent !== null);
  return (
    <ToolSection id="maal" title={T.targets}>
      {project.targets.length === 0 && <p className="muted">{T.noTargets}</p>}
      <ul className="target-list">
        {project.targets.map((t, i) => (
          <li key={`${t.name}-${i}`}>
            <strong>{t.name}</strong>:{' '}
            {t.rule.kind === 'amount'
              ? t.rule.amounts.map((a) => formatAmount(a)).join(' / ')
              : T.percentOfService(formatDanish(t.rule.percent, 2))}{' '}
            <button
              type="button"
              className="btn"
              aria-label={`${T.remove} ${t.name}`}
              onClick={() =>
                store.actions.changeProject(
                  (p) => ({ ...p, targets: p.targets.filter((_, j) => j !== i) }),
                  TEXT.history.target,
                )
              }
            >
              {T.remove}
            </button>
          </li>
        ))}
      </ul>
      <div className="form-row">
        <label>
          {T.targetName} <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {T.targetKind}{' '}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value === 'amount' ? 'amount' : 'percentOfService')}
          >
            <option value="amount">{T.kindAmount}</option>
            <option value="percentOfService">{T.kindPercent}</option>
          </select>
        </label>
      </div>
      <div className="form-row">
        {kind === 'amount' ? (
          <YearAmountInputs years={years} texts={amounts} label={String} onChange={setAmounts} />
        ) : (
          <NumberField label={T.percentLabel} size={6} value={percentText} onChange={setPercentText} />
        )}
      </div>
      <button
        type="button"
        className="btn btn-primary"
        disabled={!valid}
        onClick={() => {
          // A target is a saving: typed amounts count as savings whatever their sign.
          const rule: Target['rule'] =
            kind === 'amount'
              ? { kind, amounts: parsedAmounts.map((v) => -Math.abs(thousandsToKr(v ?? 0))) }
              : { kind, percent: Math.abs(percent ?? 0) };
          store.actions.changeProject(
            (p) => ({
              ...p,
              targets: [...p.targets, { name: name.trim(), rule, scope: ALL_SCOPE }],
            }),
            TEXT.history.target,
          );
          setName('');
        }}
      >
        {T.addTarget}
      </button>
    </ToolSection>
  );
}

export function SettingsEditor({ project }: { project: Project }) {
  const { store } = useApp();
  const s = project.settings;
  return (
    <ToolSection id="indstillinger" title={T.settings}>
      <div className="form-row">
        <label>
          {T.municipality}{' '}
          <input
            key={s.municipality}
            type="text"
            defaultValue={s.municipality}
            onBlur={(e) => {
              const v = e.target.value.trim();
              if (v !== s.municipality)
                store.actions.changeProject(
                  (p) => ({ ...p, settings: { ...p.settings, municipality: v } }),
                  TEXT.history.settings,
                );
            }}
          />
        </label>
        <label>
          {T.signDisplay}{' '}
          <select
            value={s.signDisplay}
            onChange={(e) =>
              store.actions.changeProject(
                (p) => ({
                  ...p,
                  settings: {
                    ...p.settings,
                    signDisplay:
                      e.target.value === 'positiveIsSaving' ? 'positiveIsSaving' : 'negativeIsSaving',
                  },
                }),
                TEXT.history.settings,
              )
            }
          >
            <option value="negativeIsSaving">{TEXT.status.negativeIsSaving}</option>
            <option value="positiveIsSaving">{TEXT.status.positiveIsSaving}</option>
          </select>
        </label>
      </div>
    </ToolSection>
  );
}
