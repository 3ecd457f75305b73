import { useWorkbench } from '../app-context.ts';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { useSelectionStats } from '../grid/selection-stats.ts';
import { TEXT } from '../text.ts';

export function StatusLine() {
  const fileName = useWorkbench((s) => s.fileName);
  const settings = useWorkbench((s) => s.history.present.project.settings);
  const progress = useWorkbench((s) => s.progress);
  const notice = useWorkbench((s) => s.notice);
  const tab = useWorkbench((s) => s.tab);
  const stats = useSelectionStats();
  const S = TEXT.status.selection;
  const first = settings.years[0] ?? settings.budgetYear;
  const last = settings.years[settings.years.length - 1] ?? settings.budgetYear;
  return (
    <footer className="statusline">
      <span>{fileName ?? TEXT.status.noFile}</span>
      <span>{TEXT.status.years(first, last)}</span>
      <span>
        {TEXT.status.unit}, {TEXT.status.priceLevel(settings.priceYear)}
      </span>
      <span>
        {settings.signDisplay === 'negativeIsSaving'
          ? TEXT.status.negativeIsSaving
          : TEXT.status.positiveIsSaving}
      </span>
      {stats && tab === 'forslag' && (
        <span className="selection-stats" role="group" aria-label={S.label}>
          <span>
            {S.sum}: {formatAmount(stats.sum)}
          </span>
          <span>
            {S.average}: {formatAmount(stats.average)}
          </span>
          <span>
            {S.count}: {stats.count}
          </span>
        </span>
      )}
      {notice && (
        <span role="status" className="notice">
          {notice}
        </span>
      )}
      {progress && (
        <span className="progress">
          <label>
            {progress.label}{' '}
            <progress aria-label={progress.label} max={1} value={progress.fraction ?? undefined} />
          </label>
          {progress.cancel && (
            <button type="button" className="btn" onClick={progress.cancel}>
              {TEXT.cancel}
            </button>
          )}
        </span>
      )}
    </footer>
  );
}
