import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CommandContext } from './commands.ts';
import type { WorkbenchState } from './store/workbench-store.ts';

export const AppContext = createContext<CommandContext | null>(null);

export function useApp(): CommandContext {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppContext mangler');
  return ctx;
}

export function useWorkbench<T>(selector: (s: WorkbenchState) => T): T {
  return useStore(useApp().store, selector);
}
