import { useMemo } from 'react';
import {
  correctableFunctions,
  KONTOPLAN_NAMES,
  STYRING_RULES,
  STYRINGSOMRAADE_NAMES,
  withBudgetStyringCorrection,
} from '../../../shared/budget/index.ts';
import type { Budget, ColumnMapping, Styringsomraade } from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { TEXT } from '../text.ts';
import { StyringTable } from './StyringTable.tsx';
import { ToolSection } from './ToolParts.tsx';

const K = TEXT.kontoplan;

/**
 * Where the service split came from, and the funktioner with their styringsområde, each with a choice that
 * corrects it (or gives it back to the rules). The rules and their sources are listed below the table.
 */
export function KontoplanTable({
  budget,
  priceYear,
  onCorrect,
}: {
  budget: Budget;
  priceYear: number;
  onCorrect: (fn: string, styring: Styringsomraade | null) => void;
}) {
  const rows = useMemo(() => correctableFunctions(budget.report.kontoplan), [budget]);
  const report = budget.report;
  const source = report.serviceSource ?? (report.serviceKnown ? 'column' : 'unknown');
  const kontoplan = report.kontoplan;
  const firstYear = budget.years[0];
  return (
    <div className="kontoplan">
      <p role="status">{K.source[source]}</p>
      {kontoplan && kontoplan.disagreements.length > 0 && (
        <details>
          <summary>{K.disagreements(kontoplan.disagreements.length)}</summary>
          <ul className="summary-box">
            {kontoplan.disagreements.map((d) => (
              <li key={`${d.function}-${String(d.service)}-${d.styring}`}>
                {d.function} {d.name} — {K.columnSays(d.service)}, {STYRINGSOMRAADE_NAMES[d.styring]} (
                {d.lines} {K.lines.toLowerCase()})
              </li>
            ))}
          </ul>
        </details>
      )}
      {rows.length > 0 && (
        <>
          <p className="muted">{K.correctionHint}</p>
          <StyringTable
            label={K.title}
            rows={rows}
            firstYear={firstYear}
            priceYear={priceYear}
            // A corrected row shows its correction, not what the rules said.
            ruleOf={(r) => (r.rule === 'rettelse' ? null : r.styring)}
            correctionOf={(r) => (r.rule === 'rettelse' ? r.styring : null)}
            onCorrect={onCorrect}
          />
        </>
      )}
      {kontoplan && kontoplan.unknownFunctions.length > 0 && (
        <p className="muted">{K.unknownFunctions(kontoplan.unknownFunctions.length)}</p>
      )}
      <details>
        <summary>{K.rules}</summary>
        <ul className="summary-box">
          {STYRING_RULES.map((rule) => (
            <li key={rule.id}>
              <strong>{STYRINGSOMRAADE_NAMES[rule.styring]}</strong>: {rule.description}{' '}
              <span className="muted">
                {rule.source}. {rule.verified}
              </span>
            </li>
          ))}
        </ul>
        <p className="muted">{K.names(KONTOPLAN_NAMES.source)}</p>
      </details>
    </div>
  );
}

/**
 * The project's budget with its kontoplan table: a correction changes the budget (one undo step) and, when
 * given, tells the wizard the new mapping so it is remembered for next year's workbook.
 */
export function KontoplanCorrections({ onMapping }: { onMapping?: (mapping: ColumnMapping) => void }) {
  const { store } = useApp();
  const project = useWorkbench((s) => s.history.present.project);
  const budget = project.budget;
  if (!budget) return null;
  const correct = (fn: string, styring: Styringsomraade | null): void => {
    const next = withBudgetStyringCorrection(budget, fn, styring);
    store.actions.changeProject((p) => (p.budget === budget ? { ...p, budget: next } : p), K.changed(fn));
    onMapping?.(next.mapping);
  };
  return <KontoplanTable budget={budget} priceYear={project.settings.priceYear} onCorrect={correct} />;
}

/** Værktøjer's section for the kontoplan. */
export function KontoplanTool() {
  return (
    <ToolSection id="kontoplan" title={K.title} className="kontoplan-tool">
      <KontoplanCorrections />
    </ToolSection>
  );
}
