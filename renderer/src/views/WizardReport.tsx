import type { Budget, ColumnMapping, Problem } from '../../../shared/model/index.ts';
import { DialogButtons } from '../components/DialogButtons.tsx';
import { Modal } from '../components/Modal.tsx';
import { ProblemList } from '../components/ProblemList.tsx';
import { TEXT } from '../text.ts';
import { KontoplanCorrections } from './KontoplanEditor.tsx';

const W = TEXT.wizard;

/** The wizard's last step: what was imported, the problems and the rows left out. */
export function WizardReport({
  budget,
  problems,
  onClose: close,
  onMapping,
}: {
  budget: Budget;
  problems: readonly Problem[];
  onClose: () => void;
  /** Told the mapping when the user corrects a funktion's styringsområde (remembered for next year). */
  onMapping: (mapping: ColumnMapping) => void;
}) {
  return (
    <Modal title={W.reportTitle} onClose={close} wide>
      <p>{W.imported(budget.lines.length, budget.years)}</p>
      {!budget.report.serviceKnown && <p>{W.serviceUnknown}</p>}
      {budget.report.kontoplan && (
        <fieldset>
          <legend>{TEXT.kontoplan.title}</legend>
          <KontoplanCorrections onMapping={onMapping} />
        </fieldset>
      )}
      {problems.length > 0 && (
        <>
          <h3>{W.warnings(problems.length)}</h3>
          <ProblemList problems={problems} className="problems summary-box" withSeverity />
        </>
      )}
      {budget.report.skippedRows.length > 0 && (
        <details>
          <summary>{W.skipped(budget.report.skippedRows.length)}</summary>
          <ul className="summary-box">
            {budget.report.skippedRows.map((r, i) => (
              <li key={i}>{W.skippedRow(r.sheet, r.row, r.reason)}</li>
            ))}
          </ul>
        </details>
      )}
      <DialogButtons onClose={close} />
    </Modal>
  );
}
