import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { AppContext } from './app-context.ts';
import type { CommandContext } from './commands.ts';
import type { GridView } from './grid/grid-commands.ts';
import { chooseHost } from './host/index.ts';
import { createAppActions } from './app-actions.ts';
import { createWorkbenchStore } from './store/workbench-store.ts';
import { startRecovery } from './recovery.ts';
import { createWorkerSerializer } from './recovery-serializer.ts';
import { runJob, startWorkerWhenIdle, workerHolds } from './worker/client.ts';
import './styles.css';

const store = createWorkbenchStore();
const host = chooseHost();
const grid: { current: GridView | null } = { current: null };
const ctx: CommandContext = { store, host, grid, app: createAppActions(store, host) };
startRecovery(
  store,
  host,
  createWorkerSerializer((request) => runJob(request), workerHolds),
);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppContext.Provider value={ctx}>
        <App />
      </AppContext.Provider>
    </StrictMode>,
  );
}
startWorkerWhenIdle();
