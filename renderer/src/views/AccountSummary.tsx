import { useMemo, useState } from 'react';
import {
  kontoplanName,
  STYRINGSOMRAADE_NAMES,
  styringLookup,
  totalsByMainAccount,
  type AccountTree,
} from '../../../shared/budget/index.ts';
import { cachedAccountTrees } from '../../../shared/budget/summary.ts';
import {
  addInto,
  zeroAmounts,
  type Budget,
  type Kr,
  type Styringsomraade,
} from '../../../shared/model/index.ts';
import { AmountRow, YearHead } from '../components/YearTable.tsx';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { TEXT } from '../text.ts';

const K = TEXT.kontoplan;

/** "3.22.01 Folkeskoler": the code with the kontoplan's name, else the file's own, else the code alone. */
function labelOf(code: string, fileNames: Readonly<Record<string, string>>): string {
  if (code === '?') return K.noFunction;
  const name = kontoplanName(code) ?? fileNames[code] ?? '';
  return name === '' ? code : `${code} ${name}`;
}

function byCode(a: string, b: string): number {
  return a === '?' ? 1 : b === '?' ? -1 : a.localeCompare(b, 'da', { numeric: true });
}

/**
 * Budget's summary by the kontoplan: hovedkonto → hovedfunktion → funktion with their names and amounts per plan
 * year, narrowed to one styringsområde by Budget's filter (which narrows the grid too). Shown when the budget's
 * lines have a funktion.
 */
export function AccountSummary({
  budget,
  years,
  priceYear,
  styring,
}: {
  budget: Budget;
  years: readonly number[];
  priceYear: number;
  /** The styringsområde Budget's filter shows; '' for all. */
  styring: Styringsomraade | '';
}) {
  const trees = useMemo(() => {
    if (styring === '') return cachedAccountTrees(budget);
    const of = styringLookup(budget.mapping.styringCorrections);
    return totalsByMainAccount(budget.lines, budget.years.length, (line) => of(line.account) === styring);
  }, [budget, styring]);
  const fileNames = useMemo(
    () => Object.fromEntries((budget.report.kontoplan?.byFunction ?? []).map((f) => [f.function, f.name])),
    [budget],
  );
  const total = useMemo(() => {
    const sum = zeroAmounts(budget.years.length);
    for (const t of Object.values(trees)) addInto(sum, t.amounts);
    return sum;
  }, [trees, budget.years.length]);
  if (!budget.report.kontoplan) return null;
  return (
    <section className="account-summary" aria-label={K.summary}>
      <div className="account-summary-head">
        <strong aria-hidden="true">{K.summary}</strong>
        {styring !== '' && (
          <span className="filtered-to">{K.filteredTo(STYRINGSOMRAADE_NAMES[styring])}</span>
        )}
      </div>
      <table className="totals">
        <caption className="visually-hidden">{K.summary}</caption>
        <YearHead label={K.account} unit={TEXT.unitHeader(priceYear)} years={years} />
        <tbody>
          {Object.keys(trees)
            .sort(byCode)
            .map((main) => (
              <MainAccountRows
                key={main}
                code={main}
                tree={trees[main] as AccountTree}
                fileNames={fileNames}
              />
            ))}
          <AmountRow className="sum" label={TEXT.oversigt.total} amounts={total} show={formatAmount} />
        </tbody>
      </table>
    </section>
  );
}

function Expandable({
  label,
  amounts,
  className,
  open,
  onToggle,
}: {
  label: string;
  amounts: readonly Kr[];
  className: string;
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <AmountRow
      className={className}
      label={
        <button type="button" className="linklike" aria-expanded={open} onClick={onToggle}>
          {open ? '▾' : '▸'} {label}
        </button>
      }
      amounts={amounts}
      show={formatAmount}
    />
  );
}

function MainAccountRows({
  code,
  tree,
  fileNames,
}: {
  code: string;
  tree: AccountTree;
  fileNames: Readonly<Record<string, string>>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Expandable
        className="committee-row"
        label={labelOf(code, fileNames)}
        amounts={tree.amounts}
        open={open}
        onToggle={() => setOpen(!open)}
      />
      {open &&
        Object.keys(tree.mainFunctions)
          .sort(byCode)
          .map((mf) => {
            const node = tree.mainFunctions[mf];
            return node ? <MainFunctionRows key={mf} code={mf} node={node} fileNames={fileNames} /> : null;
          })}
    </>
  );
}

function MainFunctionRows({
  code,
  node,
  fileNames,
}: {
  code: string;
  node: AccountTree['mainFunctions'][string];
  fileNames: Readonly<Record<string, string>>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Expandable
        className="area-row"
        label={labelOf(code, fileNames)}
        amounts={node.amounts}
        open={open}
        onToggle={() => setOpen(!open)}
      />
      {open &&
        Object.entries(node.functions)
          .sort(([a], [b]) => byCode(a, b))
          .map(([fn, amounts]) => (
            <AmountRow
              key={fn}
              className="function-row"
              label={labelOf(fn, fileNames)}
              amounts={amounts}
              show={formatAmount}
            />
          ))}
    </>
  );
}
