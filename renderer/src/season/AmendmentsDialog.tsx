import { useMemo, useState } from 'react';
import type { Amendment, Kr, Problem, SignDisplay } from '../../../shared/model/index.ts';
import {
  type AmendmentColumn,
  type AmendmentComparison,
  addAmendment,
  adoptAmendment,
  amendmentNameProblem,
  compareAmendments,
  stateOf,
  WORKING_STATE_NAME,
} from '../../../shared/season/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { DialogButtons } from '../components/DialogButtons.tsx';
import { AmountRow } from '../components/YearTable.tsx';
import { Modal } from '../components/Modal.tsx';
import { ProblemList } from '../components/ProblemList.tsx';
import { problemOf } from '../problems.ts';
import { TEXT } from '../text.ts';
import { showAmount } from '../views/display.ts';
import { JobCancelled, runJob } from '../worker/client.ts';
import { SeasonItemButtons } from './SeasonItemButtons.tsx';
import { replaceWorkingState } from './working-state.ts';
import './season.css';

const A = TEXT.amendments;

/**
 * Ændringsforslag: import one from a workbook (the proposal list layout, read against the newest version), compare
 * them side by side per year (total råderum, each target's gap) and adopt one as the working state (undoable).
 */
export function AmendmentsDialog() {
  const { store, host } = useApp();
  const project = useWorkbench((s) => s.history.present.project);
  const sign = project.settings.signDisplay;
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const comparison = useMemo(
    () => (project.amendments.length > 0 ? compareAmendments(project) : null),
    [project],
  );
  const close = (): void => store.actions.openDialog(null);
  const nameProblem = name.trim() === '' ? null : amendmentNameProblem(project, name);

  const importOne = async (): Promise<void> => {
    const trimmed = name.trim();
    const problem = amendmentNameProblem(project, trimmed);
    if (problem) {
      setProblems([{ code: 'season.amendment-name', severity: 'error', message: problem }]);
      return;
    }
    const file = await host.openWorkbook();
    if (!file) return;
    setBusy(true);
    try {
      const base = project.versions.at(-1)?.name ?? null;
      const result = await runJob({
        kind: 'importAmendment',
        file,
        name: trimmed,
        date: new Date().toISOString().slice(0, 10),
        base,
        baseState: stateOf(project, base),
        years: project.settings.years,
        committees: [...new Set(project.proposals.map((p) => p.committee))],
      });
      setProblems(result.problems.filter((p) => p.severity !== 'info'));
      if (result.read > 0 && !result.problems.some((p) => p.severity === 'error')) {
        store.actions.changeProject((p) => addAmendment(p, result.amendment), A.imported(trimmed));
        setName('');
      }
    } catch (error) {
      if (!(error instanceof JobCancelled)) setProblems([problemOf(error, file.name)]);
    } finally {
      setBusy(false);
    }
  };

  const adopt = (amendment: string): void =>
    replaceWorkingState(
      store,
      (p, meta) => adoptAmendment(p, amendment, meta),
      A.adoptStep(amendment),
      A.adopted(amendment),
    );

  return (
    <Modal title={A.title} onClose={close} wide>
      <form
        className="season-form season-import"
        onSubmit={(e) => {
          e.preventDefault();
          void importOne();
        }}
      >
        <label>
          {A.name}
          <input
            value={name}
            placeholder={A.namePlaceholder}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={nameProblem !== null}
          />
        </label>
        <button type="submit" className="btn" disabled={busy || name.trim() === '' || nameProblem !== null}>
          {A.import}…
        </button>
        {nameProblem && <p className="field-problem">{nameProblem}</p>}
      </form>
      {problems.length > 0 && <ProblemList problems={problems} withSeverity />}
      {comparison === null ? (
        <p className="muted">{A.none}</p>
      ) : (
        <>
          <AmendmentList amendments={project.amendments} />
          <ComparisonTable
            comparison={comparison}
            caption={A.compare(TEXT.unitHeader(project.settings.priceYear))}
            sign={sign}
            onAdopt={adopt}
          />
        </>
      )}
      <DialogButtons onClose={close} />
    </Modal>
  );
}

/** The ændringsforslag: name, date, the version each is read on and its number of changes; rename or delete. */
function AmendmentList({ amendments }: { amendments: readonly Amendment[] }) {
  return (
    <table className="totals season-versions">
      <caption>{A.list}</caption>
      <thead>
        <tr>
          <th scope="col">{TEXT.season.name}</th>
          <th scope="col">{TEXT.season.date}</th>
          <th scope="col">{A.base}</th>
          <th scope="col" className="amount">
            {A.changes}
          </th>
          <th scope="col">
            <span className="visually-hidden">{TEXT.seasonEdit.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {amendments.map((a) => (
          <tr key={a.name}>
            <th scope="row">{a.name}</th>
            <td>{a.date}</td>
            <td>{a.base ?? WORKING_STATE_NAME}</td>
            <td className="amount">{a.changes.length}</td>
            <td className="season-actions">
              <SeasonItemButtons what="amendment" name={a.name} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The amendments side by side with the state each is read on: per plan year the total råderum, then each target's
 * gap; an amendment's column head has the button that adopts it.
 */
function ComparisonTable({
  comparison,
  caption,
  sign,
  onAdopt,
}: {
  comparison: AmendmentComparison;
  caption: string;
  sign: SignDisplay;
  onAdopt: (amendment: string) => void;
}) {
  const { columns, years } = comparison;
  const rows: { key: string; label: string; amount: (c: AmendmentColumn) => Kr }[] = [
    ...years.map((year, i) => ({
      key: `total-${year}`,
      label: A.totalIn(year),
      amount: (c: AmendmentColumn) => c.total[i] ?? 0,
    })),
    ...(columns[0]?.targets ?? []).flatMap((t, ti) =>
      years.map((year, i) => ({
        key: `gap-${t.name}-${year}`,
        label: A.gapIn(t.name, year),
        amount: (c: AmendmentColumn) => c.targets[ti]?.gap[i] ?? 0,
      })),
    ),
  ];
  return (
    <div className="season-scroll">
      <table className="totals amendment-compare">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{TEXT.oversigt.year}</th>
            {columns.map((c) => (
              <th key={`${c.kind}-${c.name}`} scope="col" className="amount">
                {c.name}
                {c.kind === 'amendment' && (
                  <>
                    <br />
                    <button
                      type="button"
                      className="btn"
                      aria-label={A.adoptLabel(c.name)}
                      onClick={() => onAdopt(c.name)}
                    >
                      {A.adopt}
                    </button>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <AmountRow
              key={r.key}
              label={r.label}
              amounts={columns.map((c) => r.amount(c))}
              show={(kr) => showAmount(kr, sign)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
