import { useMemo, useState, type ReactNode } from 'react';
import { acrossTheBoardCut, budgetBase, efficiencyRequirement } from '../../../shared/calc/index.ts';
import { parseDanishNumber, formatDanish } from '../../../shared/numbers/index.ts';
import {
  thousandsToKr,
  type Budget,
  type Kr,
  type PriceIndexRow,
  type Problem,
  type Project,
  type Target,
} from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { newRowKey, withRows, rowsOf, type ToolInputs } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { showAmount } from './display.ts';
import { formatAmount } from '../grid/amounts.ts';
import { ProblemList } from '../components/ProblemList.tsx';
import { YearTable } from '../components/YearTable.tsx';

const T = TEXT.tools;
const ALL_SCOPE: Target['scope'] = { kategorier: [], veje: [], committees: [], catalogue: null };

function committeesOf(budget: Budget, years: readonly number[]): string[] {
  return budgetBase(budget, years).committees;
}

/** A calculator's result: its warnings, then the amounts per committee and year. */
function CommitteeResult({
  caption,
  result,
  project,
}: {
  caption: string;
  result: { warnings: readonly Problem[]; byCommittee: Record<string, readonly Kr[]>; total: readonly Kr[] };
  project: Project;
}) {
  return (
    <>
      <ProblemList problems={result.warnings} role="status" />
      <div className="summary-box">
        <YearTable
          caption={caption}
          label={TEXT.oversigt.committee}
          unit={TEXT.unitHeader(project.settings.priceYear)}
          years={project.settings.years}
          rows={Object.entries(result.byCommittee).map(([c, amounts]) => ({ key: c, label: c, amounts }))}
          total={result.total}
          show={(kr) => showAmount(kr, project.settings.signDisplay)}
        />
      </div>
    </>
  );
}

function ExemptPicker({
  committees,
  exempt,
  onChange,
  label,
}: {
  committees: readonly string[];
  exempt: readonly string[];
  onChange: (next: string[]) => void;
  label: string;
}) {
  return (
    <fieldset className="exempt">
      <legend>{label}</legend>
      {committees.map((c) => (
        <label key={c} className="proposal-toggle">
          <input
            type="checkbox"
            checked={exempt.includes(c)}
            onChange={(e) => onChange(e.target.checked ? [...exempt, c] : exempt.filter((x) => x !== c))}
          />{' '}
          {c}
        </label>
      ))}
    </fieldset>
  );
}

/** One tool, named by its heading. */
function ToolSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Amounts typed per year in 1.000 kr., the Danish way; a blank year is 0, an unreadable one null. */
function typedAmounts(texts: readonly string[]): (number | null)[] {
  return texts.map((t) => (t.trim() === '' ? 0 : parseDanishNumber(t)));
}

/** One text field per plan year for an amount in 1.000 kr.; an unreadable one is marked. */
function YearAmountInputs({
  years,
  texts,
  label,
  onChange,
}: {
  years: readonly number[];
  texts: readonly string[];
  label: (year: number) => string;
  onChange: (texts: string[]) => void;
}) {
  const typed = typedAmounts(texts);
  return (
    <>
      {years.map((y, i) => (
        <label key={y}>
          {label(y)}{' '}
          <input
            type="text"
            inputMode="decimal"
            size={9}
            value={texts[i] ?? ''}
            aria-invalid={typed[i] === null}
            onChange={(e) => onChange(texts.map((t, j) => (j === i ? e.target.value : t)))}
          />
        </label>
      ))}
    </>
  );
}

function StilleVej({ project, budget }: { project: Project; budget: Budget }) {
  const { store } = useApp();
  const years = project.settings.years;
  const { percentText, compound, exempt } = useWorkbench((s) => s.tools.stille);
  const setStille = (change: Partial<ToolInputs['stille']>): void =>
    store.actions.setTools((t) => ({ ...t, stille: { ...t.stille, ...change } }));
  const setExempt = (next: string[]): void => setStille({ exempt: next });
  const percent = parseDanishNumber(percentText);
  const committees = useMemo(() => committeesOf(budget, years), [budget, years]);
  const result = useMemo(
    () => (percent === null ? null : efficiencyRequirement(budget, years, { percent, compound, exempt })),
    [budget, years, percent, compound, exempt],
  );
  return (
    <ToolSection id="stille-vej" title={T.stilleVej}>
      <div className="form-row">
        <label>
          {T.percentPerYear}{' '}
          <input
            type="text"
            inputMode="decimal"
            size={6}
            value={percentText}
            aria-invalid={percent === null}
            onChange={(e) => setStille({ percentText: e.target.value })}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={compound}
            onChange={(e) => setStille({ compound: e.target.checked })}
          />{' '}
          {T.compound}
        </label>
      </div>
      <ExemptPicker committees={committees} exempt={exempt} onChange={setExempt} label={T.exemptCommittees} />
      {result && (
        <>
          <CommitteeResult caption={T.requirement} result={result} project={project} />
          <div className="dialog-buttons">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                const name = T.stilleTargetName(formatDanish(percent ?? 0, 2).replace(/,?0+$/, ''));
                store.actions.changeProject(
                  (p) => ({
                    ...p,
                    targets: [
                      ...p.targets,
                      { name, rule: { kind: 'amount', amounts: [...result.total] }, scope: ALL_SCOPE },
                    ],
                  }),
                  TEXT.history.target,
                );
                store.actions.notify(T.targetSaved(name));
              }}
            >
              {T.saveAsTarget}
            </button>
          </div>
        </>
      )}
    </ToolSection>
  );
}

function Groenthoester({ project, budget }: { project: Project; budget: Budget }) {
  const { store } = useApp();
  const years = project.settings.years;
  const groen = useWorkbench((s) => s.tools.groen);
  const { exempt, shownPreview } = groen;
  const totals = useMemo(() => years.map((_, i) => groen.totals[i] ?? ''), [years, groen.totals]);
  const setGroen = (change: Partial<ToolInputs['groen']>): void =>
    store.actions.setTools((t) => ({ ...t, groen: { ...t.groen, ...change } }));
  const committees = useMemo(() => committeesOf(budget, years), [budget, years]);
  // Typed as the size of the cut in 1.000 kr.: "5.000" and "-5.000" both mean saving 5 mio. kr.
  const valid = typedAmounts(totals).every((v) => v !== null);
  const cut = useMemo(() => {
    if (!shownPreview) return null;
    const values = typedAmounts(totals);
    if (values.some((v) => v === null)) return null;
    const total = values.map((v) => -Math.abs(thousandsToKr(v ?? 0)));
    return acrossTheBoardCut(budget, { total, years, exempt, existingProposals: project.proposals });
  }, [budget, years, exempt, totals, shownPreview, project.proposals]);
  return (
    <ToolSection id="groenthoester" title={T.direkteVej}>
      <p className="muted">{T.cutHelp}</p>
      <div className="form-row">
        <YearAmountInputs
          years={years}
          texts={totals}
          label={T.cutForYear}
          onChange={(next) => setGroen({ totals: next, shownPreview: false })}
        />
      </div>
      <ExemptPicker
        committees={committees}
        exempt={exempt}
        onChange={(next) => setGroen({ exempt: next, shownPreview: false })}
        label={T.exemptCommittees}
      />
      <div className="dialog-buttons">
        <button
          type="button"
          className="btn"
          disabled={!valid}
          onClick={() => setGroen({ shownPreview: true })}
        >
          {T.preview}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!cut || cut.proposals.length === 0}
          onClick={() => {
            if (!cut) return;
            store.actions.change(
              (doc) =>
                withRows(doc, [
                  ...rowsOf(doc),
                  ...cut.proposals.map((proposal) => ({ key: newRowKey(), proposal })),
                ]),
              TEXT.history.cut(cut.proposals.length),
            );
            store.actions.notify(T.cutCreated(cut.proposals.length));
            setGroen({ shownPreview: false });
          }}
        >
          {T.createProposals}
        </button>
      </div>
      {cut && <CommitteeResult caption={T.cutPreview} result={cut} project={project} />}
    </ToolSection>
  );
}

function PriceIndexTable({ project }: { project: Project }) {
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

function TargetsEditor({ project }: { project: Project }) {
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
          <label>
            {T.percentLabel}{' '}
            <input
              type="text"
              inputMode="decimal"
              size={6}
              value={percentText}
              onChange={(e) => setPercentText(e.target.value)}
            />
          </label>
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

function SettingsEditor({ project }: { project: Project }) {
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

export function VaerktoejerView() {
  const project = useWorkbench((s) => s.history.present.project);
  const budget = project.budget;
  return (
    <div className="tools">
      {budget ? (
        <>
          <StilleVej project={project} budget={budget} />
          <Groenthoester project={project} budget={budget} />
        </>
      ) : (
        <section>
          <h2>{T.stilleVej}</h2>
          <p>{T.needsBudget}</p>
        </section>
      )}
      <TargetsEditor project={project} />
      <PriceIndexTable project={project} />
      <SettingsEditor project={project} />
    </div>
  );
}
