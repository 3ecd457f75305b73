import { useState, type RefObject } from 'react';
import type { GridApi, GridReadyEvent, Theme } from 'ag-grid-community';
import { gridTheme, keepGridStyles } from '../grid/ag-setup.ts';

interface GridBase<T> {
  theme: Theme;
  animateRows: false;
  onGridReady: (e: GridReadyEvent<T>) => void;
}

/**
 * What every grid of Råderum starts from, to spread onto `AgGridReact`: the app's theme, no row animation, and an
 * `onGridReady` that hands the grid's API to `apiRef` and keeps AG Grid's CSS in the document between tabs. The
 * object never changes: AG Grid compares its options by identity on every render.
 */
export function useGridBase<T>(apiRef: RefObject<GridApi<T> | null>): GridBase<T> {
  const [base] = useState((): GridBase<T> => ({
    theme: gridTheme,
    animateRows: false,
    onGridReady: (e) => {
      apiRef.current = e.api;
      keepGridStyles();
    },
  }));
  return base;
}
