import { useState } from 'react';
import { ECONOMY_LABELS } from '../../../shared/catalogue/names.ts';
import { expenditureOf, type Kr, type Proposal, type SignDisplay } from '../../../shared/model/index.ts';
import { useWorkbench } from '../app-context.ts';
import { amountText, fteText, parseAmount } from '../grid/amounts.ts';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { displayedAmount, storedAmount, withFte } from '../grid/proposal-fields.ts';
import type { ProposalIssue } from '../grid/validation.ts';
import { TEXT } from '../text.ts';
import { AmountRow, YearHead } from '../components/YearTable.tsx';
import { ProposalHistory } from '../season/ProposalHistory.tsx';

type LongField = 'description' | 'citizenImpact' | 'staffImpact' | 'notes';
const LONG_FIELDS: readonly LongField[] = ['description', 'citizenImpact', 'staffImpact', 'notes'];

/**
 * The selected proposal's economy (expenditure, income and net per year), årsværk per year and long texts. Every
 * edit commits as one undoable change when its field loses focus; `step` names it for undo when the panel knows
 * better than "a change in the details" (an årsværk field names its year, as the grid's column does).
 */
export function DetailPanel({
  proposal,
  issues,
  onChange,
  onClose,
}: {
  proposal: Proposal;
  issues: readonly ProposalIssue[];
  onChange: (next: Proposal, step?: string) => void;
  onClose: () => void;
}) {
  const settings = useWorkbench((s) => s.history.present.project.settings);
  return (
    <aside className="detail-panel" aria-label={TEXT.forslag.detail}>
      <div className="detail-head">
        <h2>
          {proposal.id} {proposal.title}
        </h2>
        <button type="button" className="btn" onClick={onClose} aria-label={TEXT.forslag.closeDetail}>
          ×
        </button>
      </div>
      {issues.length > 0 && (
        <section>
          <h3>{TEXT.forslag.problems}</h3>
          <ul className="issues">
            {issues.map((i) => (
              <li key={i.code}>{i.message}</li>
            ))}
          </ul>
        </section>
      )}
      <EconomyTable
        proposal={proposal}
        years={settings.years}
        priceYear={settings.priceYear}
        sign={settings.signDisplay}
        onChange={onChange}
      />
      <FteTable proposal={proposal} years={settings.years} onChange={onChange} />
      {LONG_FIELDS.map((field) => (
        <LongText
          key={`${proposal.id}-${field}-${proposal[field]}`}
          label={TEXT.forslag[field]}
          value={proposal[field]}
          onCommit={(value) => onChange({ ...proposal, [field]: value })}
        />
      ))}
      {proposal.source && (
        <p className="source">
          {TEXT.forslag.source}: {proposal.source.file}, {proposal.source.sheet}, række {proposal.source.row}
        </p>
      )}
      <ProposalHistory id={proposal.id} />
    </aside>
  );
}

/**
 * The proposal with the income of the years from `from` on set from typed text (1.000 kr., in the sign the project
 * shows), one text per year, as pasted from a row of Excel cells; texts beyond the last plan year are ignored.
 * The net amounts stay as they are, so the expenditure is what changes. null when a text is not a number.
 */
export function withIncome(
  proposal: Proposal,
  yearCount: number,
  from: number,
  texts: readonly string[],
  sign: SignDisplay,
): Proposal | null {
  const income: Kr[] = Array.from({ length: yearCount }, (_, i) => proposal.income[i] ?? 0);
  for (let k = 0; k < texts.length && from + k < yearCount; k++) {
    const kr = parseAmount(texts[k] ?? '');
    if (kr === null) return null;
    income[from + k] = storedAmount(kr, sign);
  }
  return { ...proposal, income };
}

/** Cells copied from Excel: tab-separated, possibly ending in a line break. */
function pastedCells(text: string): string[] {
  return text.replace(/\r?\n$/, '').split('\t');
}

/** Udgifter (derived), Indtægter (typed per year) and Netto (edited in the grid), with unit and price level. */
export function EconomyTable({
  proposal,
  years,
  priceYear,
  sign,
  onChange,
}: {
  proposal: Proposal;
  years: readonly number[];
  priceYear: number;
  sign: SignDisplay;
  onChange: (next: Proposal) => void;
}) {
  const T = TEXT.detailEconomy;
  // The exported form sheet's words, turned round when savings are shown positive.
  const labels = ECONOMY_LABELS[sign === 'positiveIsSaving' ? 'savingsPositive' : 'standard'];
  const show = (kr: Kr): string => formatAmount(displayedAmount(kr, sign));
  const commit = (from: number, texts: readonly string[]): boolean => {
    const next = withIncome(proposal, years.length, from, texts, sign);
    if (next === null) return false;
    if (next.income.some((a, i) => a !== (proposal.income[i] ?? 0))) onChange(next);
    return true;
  };
  return (
    <section className="detail-economy">
      <table className="totals">
        <caption>
          {T.heading} <span className="unit">({TEXT.unitHeader(priceYear)})</span>
        </caption>
        <YearHead years={years} />
        <tbody>
          <AmountRow label={labels.expenses} amounts={expenditureOf(proposal)} years={years} show={show} />
          <tr>
            <th scope="row">{labels.income}</th>
            {years.map((y, i) => (
              <td key={y} className="amount">
                <YearInput
                  key={`${proposal.id}-${proposal.income[i] ?? 0}-${sign}`}
                  label={T.incomeInput(labels.income, y)}
                  value={amountText(displayedAmount(proposal.income[i] ?? 0, sign))}
                  unreadable={T.unreadable}
                  onCommit={(texts) => commit(i, texts)}
                />
              </td>
            ))}
          </tr>
          <AmountRow
            className="sum"
            label={labels.net}
            amounts={proposal.amounts}
            years={years}
            show={show}
          />
        </tbody>
      </table>
      <p className="where">{T.hint(sign === 'positiveIsSaving')}</p>
    </section>
  );
}

/**
 * Årsværk per plan year, typed like the grid's "Årsværk <år>" cells ("-1,5"), within the same bound; each year's
 * change is one undo step named by its year. A row pasted from Excel fills this and the following years.
 */
export function FteTable({
  proposal,
  years,
  onChange,
}: {
  proposal: Proposal;
  years: readonly number[];
  onChange: (next: Proposal, step: string) => void;
}) {
  const T = TEXT.detailFte;
  const commit = (from: number, texts: readonly string[]): boolean => {
    let next: Proposal | null = proposal;
    for (let k = 0; k < texts.length && from + k < years.length && next; k++) {
      next = withFte(next, years.length, from + k, texts[k] ?? '');
    }
    if (next === null) return false;
    const changed = years.flatMap((y, i) => ((next.fte[i] ?? 0) !== (proposal.fte[i] ?? 0) ? [y] : []));
    if (changed.length > 0) onChange(next, TEXT.history.edit(T.fields(changed), proposal.id));
    return true;
  };
  return (
    <section className="detail-fte">
      <table className="totals">
        <caption>{T.heading}</caption>
        <YearHead years={years} />
        <tbody>
          <tr>
            <th scope="row">{T.row}</th>
            {years.map((y, i) => (
              <td key={y} className="amount">
                <YearInput
                  key={`${proposal.id}-${proposal.fte[i] ?? 0}`}
                  label={T.input(y)}
                  value={fteText(proposal.fte[i] ?? 0)}
                  unreadable={T.unreadable}
                  onCommit={(texts) => commit(i, texts)}
                />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/**
 * One year's number, typed the Danish way ("-1.234,5", "(250)"). Commits on blur or Enter, Esc restores; a row of
 * cells pasted from Excel fills this and the following years at once. Unreadable text stays, marked with
 * `unreadable`'s reason, uncommitted.
 */
function YearInput({
  label,
  value,
  unreadable,
  onCommit,
}: {
  label: string;
  value: string;
  unreadable: (text: string) => string;
  onCommit: (texts: readonly string[]) => boolean;
}) {
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const commit = (texts: readonly string[]): void => {
    const ok = onCommit(texts);
    setInvalid(!ok);
    // A changed value remounts this input with the new value; an unchanged one ("" for 0) shows it formatted.
    if (ok) setDraft(value);
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      className="amount"
      aria-label={label}
      aria-invalid={invalid}
      title={invalid ? unreadable(draft) : undefined}
      value={draft}
      size={6}
      style={{ width: '100%', textAlign: 'right', font: 'inherit' }}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => {
        setDraft(e.target.value);
        setInvalid(false);
      }}
      onBlur={() => {
        if (draft !== value) commit([draft]);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        else if (e.key === 'Escape') {
          setDraft(value);
          setInvalid(false);
        }
      }}
      onPaste={(e) => {
        const cells = pastedCells(e.clipboardData.getData('text/plain'));
        if (cells.length < 2) return;
        e.preventDefault();
        setDraft(cells[0] ?? '');
        commit(cells);
      }}
    />
  );
}

function LongText({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="long-text">
      <span>{label}</span>
      <textarea
        value={draft}
        rows={5}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== value) onCommit(draft);
        }}
      />
    </label>
  );
}
