import { useMemo } from 'react';
import { acrossTheBoardCut, budgetBase, efficiencyRequirement } from '../../../shared/calc/index.ts';
import { parseDanishNumber, formatDanish } from '../../../shared/numbers/index.ts';
import {
  thousandsToKr,
  type Budget,
  type Kr,
  type Problem,
  type Project,
  type Target,
} from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { newRowKey, withRows, rowsOf, type ToolInputs } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { showAmount } from './display.ts';
import { ProblemList } from '../components/ProblemList.tsx';
import { YearTable } from '../components/YearTable.tsx';
import { KontoplanTool } from './KontoplanEditor.tsx';
import { PriceIndexTable, SettingsEditor, TargetsEditor } from './ProjectEditors.tsx';
import { NumberField, ToolSection, typedAmounts, YearAmountInputs } from './ToolParts.tsx';
import { ServiceFrameSource } from './ServiceFrameSource.tsx';

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
        <NumberField
          label={T.percentPerYear}
          size={6}
          value={percentText}
          invalid={percent === null}
          onChange={(text) => setStille({ percentText: text })}
        />
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
      <ServiceFrameSource budget={budget} />
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
              { kind: 'tool', tool: 'Grønthøster' },
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

export function VaerktoejerView() {
  const project = useWorkbench((s) => s.history.present.project);
  const budget = project.budget;
  return (
    <div className="tools">
      {budget ? (
        <>
          <StilleVej project={project} budget={budget} />
          <Groenthoester project={project} budget={budget} />
          <KontoplanTool />
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
