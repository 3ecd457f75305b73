import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ColGroupDef, GridApi } from 'ag-grid-community';
import { formatAmount } from '../../../shared/numbers/index.ts';
import { READ_GRID_MODULES } from '../grid/ag-setup.ts';
import { useGridBase } from './use-grid.ts';

interface WarmRow {
  text: string;
  amounts: number[];
}

// Columns of the Budget grid's kinds: texts with a filter, and plan years pinned right, formatted, with a number filter.
const COLUMNS: (ColDef<WarmRow> | ColGroupDef<WarmRow>)[] = [
  ...[0, 1, 2].map((k): ColDef<WarmRow> => ({
    headerName: `T${k}`,
    width: 120,
    filter: true,
    valueGetter: (p) => p.data?.text ?? '',
  })),
  {
    headerName: 'Beløb',
    marryChildren: true,
    children: [0, 1, 2, 3].map((i): ColDef<WarmRow> => ({
      headerName: String(i),
      width: 100,
      pinned: 'right',
      type: 'rightAligned',
      valueGetter: (p) => p.data?.amounts[i] ?? 0,
      valueFormatter: (p) => formatAmount(typeof p.value === 'number' ? p.value : 0),
      filter: 'agNumberColumnFilter',
    })),
  },
];
const ROWS: WarmRow[] = Array.from({ length: 40 }, (_, i) => ({
  text: `r${i}`,
  amounts: [i, -i, i * 1000, 0],
}));
const TOTALS: WarmRow[] = [{ text: 'I alt', amounts: [1, 2, 3, 4] }];
const DEFAULT_COL_DEF: ColDef<WarmRow> = { sortable: true, resizable: true };
// Laid out (so rows render) but off the screen, out of the accessibility tree and inert.
const OFF_SCREEN: CSSProperties = { position: 'fixed', left: -10_000, top: 0, width: 800, height: 400 };

/** Whether this page has built a grid of the Budget grid's kind already (the warm-up is needed once a page). */
let warmed = false;

/**
 * Builds a small hidden grid of the Budget grid's kind once, while the main thread is idle (the wizard waits for the
 * worker's pass over the sheet, or the user looks at the mapping: `afterMs` after it is shown), and drops it when it has
 * drawn its rows. A page's first AG Grid pays for running
 * AG Grid's code for the first time and for its styles (about 100 ms with 2 cores); here that is paid while nothing
 * else happens on this thread, so the Budget grid built right after an import does not.
 */
export function GridWarmUp({ afterMs = 0 }: { afterMs?: number }) {
  const [building, setBuilding] = useState(false);
  const apiRef = useRef<GridApi<WarmRow> | null>(null);
  const gridBase = useGridBase(apiRef);
  useEffect(() => {
    if (warmed) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let id = 0;
    const wait = window.setTimeout(() => {
      id = idle(() => setBuilding(true));
    }, afterMs);
    return () => {
      window.clearTimeout(wait);
      cancel(id);
    };
  }, [afterMs]);
  if (!building || warmed) return null;
  return (
    <div style={OFF_SCREEN} aria-hidden="true" inert>
      <AgGridReact<WarmRow>
        {...gridBase}
        modules={READ_GRID_MODULES}
        rowData={ROWS}
        columnDefs={COLUMNS}
        defaultColDef={DEFAULT_COL_DEF}
        pinnedBottomRowData={TOTALS}
        onFirstDataRendered={() => {
          warmed = true;
          setBuilding(false);
        }}
      />
    </div>
  );
}
