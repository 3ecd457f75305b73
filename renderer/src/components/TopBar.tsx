import { useWorkbench } from '../app-context.ts';
import { isDirty } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';
import { CommandButton } from './CommandButton.tsx';

export function TopBar() {
  const fileName = useWorkbench((s) => s.fileName);
  const municipality = useWorkbench((s) => s.history.present.project.settings.municipality);
  const dirty = useWorkbench(isDirty);
  const started = useWorkbench((s) => s.started);
  const name = fileName ?? (municipality || TEXT.untitled);
  return (
    <header className="topbar">
      <div className="project-name">
        <strong>{TEXT.appName}</strong> <span>{name}</span>
        {dirty && (
          <span className="unsaved" title={TEXT.unsavedTitle} aria-label={TEXT.unsavedTitle}>
            {TEXT.unsavedMarker}
          </span>
        )}
      </div>
      <div className="toolbar" role="toolbar" aria-label={TEXT.toolbarLabel}>
        {started && <CommandButton id="file.new-from-budget" />}
        {started && <CommandButton id="file.open-project" />}
        {started && <CommandButton id="file.empty-project" />}
        <CommandButton id="file.save" />
        <CommandButton id="edit.undo" />
        <CommandButton id="edit.redo" />
        <CommandButton id="file.import-proposals" primary />
        <CommandButton id="file.export-catalogue" primary />
      </div>
    </header>
  );
}
