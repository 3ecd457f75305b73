import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import {
  UNIT_NAMES,
  withBudgetYear,
  withFieldColumn,
  withServiceValue,
  withSheet,
  withStyringCorrection,
  withYearColumn,
  yearColumnLetters,
  type BudgetPreview,
} from '../../../shared/budget/index.ts';
import { createProject } from '../../../shared/project/index.ts';
import {
  type AmountUnit,
  type Budget,
  type ColumnMapping,
  type FieldName,
  type Problem,
  type SheetMapping,
} from '../../../shared/model/index.ts';
import { useApp } from '../app-context.ts';
import { ProblemList } from '../components/ProblemList.tsx';
import { DialogButtons } from '../components/DialogButtons.tsx';
import { Modal } from '../components/Modal.tsx';
import { GridWarmUp } from '../components/GridWarmUp.tsx';
import { problemOf } from '../problems.ts';
import { recalledMapping, rememberMapping } from '../remembered-mapping.ts';
import { TEXT } from '../text.ts';
import { JobCancelled, runJob } from '../worker/client.ts';
import { WizardReport } from './WizardReport.tsx';
import { ServiceValues } from './WizardServiceValues.tsx';
import { WizardKontoplan } from './wizard/WizardKontoplan.tsx';
import { useReadAhead } from './use-read-ahead.ts';
import { canImportWith } from '../worker/importable.ts';

const W = TEXT.wizard;
const UNITS: readonly AmountUnit[] = ['thousands', 'kr', 'millions'];
const FIELDS: readonly FieldName[] = [
  'committee',
  'area',
  'text',
  'service',
  'function',
  'mainAccount',
  'dranst',
  'art',
  'costCentre',
];
type Step =
  | { kind: 'reading' }
  | { kind: 'mapping'; preview: BudgetPreview; mapping: ColumnMapping; recalled: boolean }
  | { kind: 'importing'; fraction: number }
  | { kind: 'report'; budget: Budget; problems: Problem[]; detected: ColumnMapping };

function lettersOf(preview: BudgetPreview, sheet: string): { letter: string; header: string }[] {
  const s = preview.sheets.find((x) => x.name === sheet);
  if (!s) return [];
  const width = Math.max(Object.keys(s.headers).length, ...s.rows.map((r) => r.cells.length));
  return Array.from({ length: width }, (_, i) => {
    const letter = columnLetter(i);
    return { letter, header: s.headers[letter] ?? '' };
  });
}

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function BudgetWizard({ file }: { file: { name: string; bytes: Uint8Array } }) {
  const { store } = useApp();
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [sheet, setSheet] = useState<string>('');
  const controller = useRef<AbortController | null>(null);
  const serviceJob = useRef<AbortController | null>(null);
  const fileId = useMemo(() => `${file.name}-${Date.now()}`, [file]);
  const close = (): void => {
    controller.current?.abort();
    serviceJob.current?.abort();
    store.actions.openDialog(null);
  };

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    runJob({ kind: 'previewBudget', fileId, name: file.name, bytes: file.bytes }, { signal: abort.signal })
      .then((preview) => {
        const recalled = recalledMapping(preview);
        const mapping = recalled ?? preview.mapping;
        setSheet(mapping.sheets.find((s) => s.role === 'budget')?.sheet ?? preview.sheets[0]?.name ?? '');
        setStep({ kind: 'mapping', preview, mapping, recalled: recalled !== null });
      })
      .catch((error: unknown) => {
        if (error instanceof JobCancelled) return;
        store.actions.openDialog(null);
        store.actions.showErrors([problemOf(error, file.name)]);
      });
    return () => {
      abort.abort();
      // The worker lets go of the workbook and what it read from it (hundreds of MB for a large budget).
      runJob({ kind: 'closeBudget', fileId }).catch(() => undefined);
    };
  }, [file, fileId, store]);

  useReadAhead(fileId, step.kind === 'mapping' && canImportWith(step.mapping) ? step.mapping : null);

  if (step.kind === 'reading' || step.kind === 'importing') {
    const label = step.kind === 'reading' ? TEXT.jobs.readingBudget : TEXT.jobs.importingBudget;
    return (
      <Modal title={W.title(file.name)} onClose={close} wide>
        <p>{label}</p>
        {step.kind === 'reading' ? (
          <progress aria-label={label} />
        ) : (
          <progress aria-label={label} max={1} value={step.fraction} />
        )}
        {/* While the pass still reads (it reports progress), this thread is idle: AG Grid's first use is paid here. */}
        {step.kind === 'importing' && step.fraction > 0 && step.fraction < 0.8 && <GridWarmUp />}
        <DialogButtons onCancel={close} />
      </Modal>
    );
  }

  if (step.kind === 'report') {
    const { detected } = step;
    return (
      <WizardReport
        budget={step.budget}
        problems={step.problems}
        onClose={close}
        onMapping={(m) => rememberMapping(detected, m)}
      />
    );
  }

  const { preview, mapping, recalled } = step;
  const setMapping = (next: ColumnMapping): void => setStep({ ...step, mapping: next });
  const sheetMapping = mapping.sheets.find((s) => s.sheet === sheet);
  const sheetPreview = preview.sheets.find((s) => s.name === sheet);
  const letters = lettersOf(preview, sheet);
  const updateSheet = (patch: Partial<SheetMapping>): void => setMapping(withSheet(mapping, sheet, patch));
  const setServiceValue = (text: string, isService: boolean | null): void =>
    setMapping(withServiceValue(mapping, text, isService));
  const canImport = canImportWith(mapping);

  const startImport = async (): Promise<void> => {
    const abort = new AbortController();
    controller.current = abort;
    setStep({ kind: 'importing', fraction: 0 });
    // Asked before the count's job is let go, so the import joins the pass that job started (worker/budget-jobs.ts).
    const importing = runJob(
      { kind: 'importBudget', fileId, mapping },
      { signal: abort.signal, onProgress: (fraction) => setStep({ kind: 'importing', fraction }) },
    );
    serviceJob.current?.abort();
    try {
      const budget = await importing;
      rememberMapping(preview.mapping, mapping);
      store.actions.load(createProject({}, budget), null, false);
      store.actions.setTab('budget');
      // For the benchmark's breakdown: the store has the budget; what follows is React's first render of it.
      performance.mark('raaderum:budget-loaded');
      setStep({
        kind: 'report',
        budget,
        problems: [...preview.problems, ...budget.report.problems],
        detected: preview.mapping,
      });
    } catch (error) {
      if (error instanceof JobCancelled) {
        store.actions.openDialog(null);
        return;
      }
      store.actions.openDialog(null);
      store.actions.showErrors([problemOf(error, file.name)]);
    }
  };

  return (
    <Modal title={W.title(file.name)} onClose={close} wide>
      {/* A user who looks at the mapping for a while leaves this thread idle too (a click before then warms up above). */}
      <GridWarmUp afterMs={1500} />
      {recalled && <p role="status">{W.recalled}</p>}
      <div className="form-row">
        <label>
          {W.budgetYear}{' '}
          <input
            type="number"
            min={2000}
            max={2100}
            value={mapping.years[0] ?? ''}
            onChange={(e) => {
              const y = Number(e.target.value);
              if (Number.isInteger(y) && y >= 2000 && y <= 2100) setMapping(withBudgetYear(mapping, y));
            }}
          />
        </label>
        <span className="muted">{W.planYears(mapping.years)}</span>
      </div>
      <fieldset>
        <legend>{W.sheets}</legend>
        <table className="totals">
          <tbody>
            {preview.sheets.map((s) => {
              const m = mapping.sheets.find((x) => x.sheet === s.name);
              return (
                <tr key={s.name}>
                  <th scope="row">
                    <label>
                      <input
                        type="radio"
                        name="sheet"
                        checked={sheet === s.name}
                        onChange={() => setSheet(s.name)}
                      />{' '}
                      {s.name}
                    </label>
                  </th>
                  <td>
                    <select
                      aria-label={W.roleOf(s.name)}
                      value={m?.role ?? 'ignored'}
                      onChange={(e) => {
                        const role = e.target.value as SheetMapping['role'];
                        setMapping(withSheet(mapping, s.name, { role }));
                      }}
                    >
                      <option value="budget">{W.roles.budget}</option>
                      <option value="summary">{W.roles.summary}</option>
                      <option value="ignored">{W.roles.ignored}</option>
                    </select>
                  </td>
                  <td className="muted">{s.reason}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      {sheetMapping && (
        <fieldset>
          <legend>{W.columnsOf(sheet)}</legend>
          <div className="form-row">
            <label>
              {W.headerRow}{' '}
              <input
                type="number"
                min={0}
                value={sheetMapping.headerRow}
                onChange={(e) => updateSheet({ headerRow: Math.max(0, Number(e.target.value) || 0) })}
              />
            </label>
            <label>
              {W.unit}{' '}
              <select
                value={sheetMapping.unit ?? 'thousands'}
                onChange={(e) => updateSheet({ unit: e.target.value as AmountUnit })}
              >
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {UNIT_NAMES[u]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="mapping-grid">
            {FIELDS.map((f) => (
              <label key={f}>
                {W.fields[f] ?? f}{' '}
                <select
                  value={sheetMapping.columns[f]?.[0] ?? ''}
                  onChange={(e) => setMapping(withFieldColumn(mapping, sheet, f, e.target.value))}
                >
                  <ColumnOptions letters={letters} />
                </select>
              </label>
            ))}
            {mapping.years.map((y) => {
              const current = sheetMapping.years[String(y)];
              const [first, added] = current ? yearColumnLetters(current) : [];
              const setYear = (ref: string): void => setMapping(withYearColumn(mapping, sheet, y, ref));
              return (
                <Fragment key={y}>
                  <label>
                    {W.yearColumn(y)}{' '}
                    <select value={current ?? ''} onChange={(e) => setYear(e.target.value)}>
                      <ColumnOptions letters={letters} current={current} />
                    </select>
                  </label>
                  {/* A year in two columns (Udgift and Indtægt) whose headers did not say so: add the second. */}
                  {first && (
                    <label>
                      {W.addedYearColumn(y)}{' '}
                      <select
                        value={added ?? ''}
                        onChange={(e) => setYear(e.target.value ? `${first}+${e.target.value}` : first)}
                      >
                        <ColumnOptions letters={letters.filter((l) => l.letter !== first)} />
                      </select>
                    </label>
                  )}
                </Fragment>
              );
            })}
          </div>
          {!sheetMapping.columns.committee && (
            <div className="form-row">
              <label>
                {W.committeeFromSheet}{' '}
                <input
                  type="text"
                  value={sheetMapping.committeeFromSheet ?? ''}
                  onChange={(e) => updateSheet({ committeeFromSheet: e.target.value })}
                />
              </label>
            </div>
          )}
        </fieldset>
      )}
      <ServiceValues fileId={fileId} mapping={mapping} job={serviceJob} onChange={setServiceValue} />
      <WizardKontoplan
        fileId={fileId}
        mapping={mapping}
        priceYear={mapping.years[0] ?? 0}
        onChange={(fn, styring) => setMapping(withStyringCorrection(mapping, fn, styring))}
      />
      {sheetPreview && sheetPreview.rows.length > 0 && (
        <div className="preview-box">
          <table className="totals preview" aria-label={W.previewOf(sheet)}>
            <thead>
              <tr>
                <th scope="col">{W.row}</th>
                {letters.map((l) => (
                  <th key={l.letter} scope="col">
                    {l.letter}
                    {fieldOf(sheetMapping, l.letter, mapping.years) && (
                      <span className="mapped"> → {fieldOf(sheetMapping, l.letter, mapping.years)}</span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheetPreview.rows.map((r) => (
                <tr key={r.row} className={r.row === sheetMapping?.headerRow ? 'section-label' : undefined}>
                  <th scope="row">{r.row}</th>
                  {letters.map((l, i) => (
                    <td key={l.letter}>{r.cells[i] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ProblemList problems={preview.problems} />
      <DialogButtons onCancel={close}>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!canImport}
          onClick={() => void startImport()}
        >
          {W.confirm}
        </button>
      </DialogButtons>
    </Modal>
  );
}

function fieldOf(m: SheetMapping | undefined, letter: string, years: readonly number[]): string {
  if (!m) return '';
  for (const f of FIELDS) if (m.columns[f]?.includes(letter)) return W.fields[f] ?? f;
  for (const y of years) if (yearColumnLetters(m.years[String(y)] ?? '').includes(letter)) return String(y);
  return '';
}

/**
 * A column picker's choices: none, then each column's letter with its header text. A year read from several
 * columns added up ("F+G": Udgift and Indtægt under one year) is offered as it stands, so it shows and survives.
 */
function ColumnOptions({
  letters,
  current,
}: {
  letters: readonly { letter: string; header: string }[];
  current?: string | undefined;
}) {
  const parts = current ? yearColumnLetters(current) : [];
  const header = (letter: string): string => letters.find((l) => l.letter === letter)?.header ?? '';
  return (
    <>
      <option value="">{W.none}</option>
      {current && parts.length > 1 && (
        <option value={current}>{W.addedColumns(parts.map((p) => `${p}: ${header(p)}`).join(' + '))}</option>
      )}
      {letters.map((l) => (
        <option key={l.letter} value={l.letter}>
          {l.letter}
          {l.header ? `: ${l.header}` : ''}
        </option>
      ))}
    </>
  );
}
