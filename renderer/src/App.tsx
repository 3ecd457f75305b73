import { useEffect, useLayoutEffect, useRef } from 'react';
import { useApp, useWorkbench } from './app-context.ts';
import { commandForKey, commandIdOf, dispatch } from './commands.ts';
import { currentProject, isDirty } from './store/workbench-store.ts';
import type { PrintOptions } from './print-options.ts';
import { TEXT } from './text.ts';
import { TopBar } from './components/TopBar.tsx';
import { Tabs } from './components/Tabs.tsx';
import { StatusLine } from './components/StatusLine.tsx';
import { ErrorDialog } from './components/ErrorDialog.tsx';
import { KeptView } from './components/KeptView.tsx';
import { StartScreen } from './views/StartScreen.tsx';
import { ForslagView } from './views/ForslagView.tsx';
import { BudgetView } from './views/BudgetView.tsx';
import { OversigtView } from './views/OversigtView.tsx';
import { VaerktoejerView } from './views/VaerktoejerView.tsx';
import { Dialogs } from './views/Dialogs.tsx';
import { PrintView } from './views/PrintView.tsx';
import { openFile } from './app-actions.ts';
import { kindFromFileName, unsupportedFileMessage } from '../../shared/ipc/file-kinds.ts';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The print view, reading the project only while printing, so an edit does not re-render the whole app. */
function Printing({ options }: { options: PrintOptions }) {
  const project = useWorkbench(currentProject);
  return <PrintView project={project} options={options} />;
}

export function App() {
  const ctx = useApp();
  const { host, store } = ctx;
  const started = useWorkbench((s) => s.started);
  const tab = useWorkbench((s) => s.tab);
  const dirty = useWorkbench(isDirty);
  const fileName = useWorkbench((s) => s.fileName);
  const printing = useWorkbench((s) => s.printing);

  // The tabs share one scrolling work area: each tab opens at its top, not where the last one was left.
  const workArea = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    workArea.current?.scrollTo({ top: 0, left: 0 });
  }, [tab]);

  // The keyboard dispatches the same commands as the toolbar and the menu.
  useEffect(() => {
    // Keys the grid takes itself (Delete, Ctrl+D, Ctrl+-, copy and paste) are not the window's.
    const onKeyDown = (e: KeyboardEvent): void => {
      if (isTextEntry(e.target)) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      void dispatch(ctx, command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctx]);

  useEffect(
    () =>
      host.onCommand(({ id }) => {
        const known = commandIdOf(id);
        if (known) void dispatch(ctx, known);
      }),
    [ctx, host],
  );

  // A file from the OS (double-click, "Åbn med", the recent menu) arrives through the host.
  useEffect(
    () =>
      host.onFileOpened((file) => {
        void openFile(ctx, file);
      }),
    [ctx, host],
  );

  useEffect(() => {
    void host.setDocumentState({ name: fileName ?? TEXT.untitled, dirty });
  }, [host, fileName, dirty]);

  // A document started without a file (Tomt projekt, a new budget) must not be saved over the last one's file.
  const documentId = useWorkbench((s) => s.documentId);
  useEffect(() => {
    if (documentId > 0 && store.getState().fileName === null) void host.newDocument().catch(() => undefined);
  }, [host, store, documentId]);

  // While printing, the page is the catalogue and nothing else: the host prints what is on screen. The app
  // stays mounted (hidden) so the grids keep their filters and scroll position.
  return (
    <>
      {printing && <Printing options={printing} />}
      <div
        className="app"
        hidden={printing !== null}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('Files')) e.preventDefault();
        }}
        onDrop={(e) => {
          const file = e.dataTransfer.files[0];
          // In Electron the host takes the drop (the preload passes the path on), so a dropped project comes
          // with its grant and becomes the document only once it is loaded; the browser has only the bytes.
          if (!file || host.kind === 'electron') return;
          e.preventDefault();
          // A workbook dropped on the window starts a new project; a .raaderum file opens. What the file is
          // is decided where the Electron host decides it (shared/ipc/file-kinds.ts).
          const kind = kindFromFileName(file.name);
          if (!kind) {
            ctx.store.actions.showErrors([
              { code: 'file.unsupported', severity: 'error', message: unsupportedFileMessage(file.name) },
            ]);
            return;
          }
          void file
            .arrayBuffer()
            .then((buffer) => openFile(ctx, { name: file.name, bytes: new Uint8Array(buffer), kind }));
        }}
      >
        <TopBar />
        {started ? (
          <>
            <Tabs />
            <main
              ref={workArea}
              id={`panel-${tab}`}
              role="tabpanel"
              aria-labelledby={`tab-${tab}`}
              className="work-area"
            >
              <KeptView active={tab === 'forslag'}>
                <ForslagView />
              </KeptView>
              <KeptView active={tab === 'budget'}>
                <BudgetView />
              </KeptView>
              {tab === 'oversigt' && <OversigtView />}
              {tab === 'vaerktoejer' && <VaerktoejerView />}
            </main>
          </>
        ) : (
          <StartScreen />
        )}
        <StatusLine />
        <Dialogs />
        <ErrorDialog />
      </div>
    </>
  );
}
