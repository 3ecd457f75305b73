import type { RaaderumHost } from '../../shared/ipc/index.ts';
import type { CommandContext } from './commands.ts';
import { createWorkbenchStore, initialState } from './store/workbench-store.ts';

/** For tests: a fresh store, the host methods a test needs, and app actions that do nothing. */
export function testContext(host: Partial<RaaderumHost> = {}): CommandContext {
  const noop = async (): Promise<void> => undefined;
  return {
    store: createWorkbenchStore(initialState()),
    host: host as RaaderumHost,
    grid: { current: null },
    app: {
      newFromBudget: noop,
      openProject: noop,
      emptyProject: noop,
      saveProject: noop,
      importProposals: noop,
      exportCatalogue: () => undefined,
      print: noop,
    },
  };
}
