import { useState, type CSSProperties, type ReactNode } from 'react';
import { useApp, useWorkbench } from '../app-context.ts';
import type { TabId, WorkbenchState } from '../store/workbench-store.ts';

// Both states keep the same box type, so hiding never rebuilds the view's layout tree. Hidden, the content is
// skipped by the browser (not styled, laid out or painted) but keeps its layout, so showing it again is cheap
// and the grid inside never sees a resize (a zero-sized grid would throw away and later rebuild its rows).
const SHOWN: CSSProperties = { display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 };
const HIDDEN: CSSProperties = { ...SHOWN, flex: '0 0 0', overflow: 'hidden', contentVisibility: 'hidden' };

/**
 * A tab's view that stays mounted once it has been shown: another tab hides it instead of destroying it.
 * Tearing down and rebuilding a grid was most of the time it took to switch tabs (the Forslag grid's teardown
 * was most of an edit's way to Oversigt; the Budget grid rebuilt 200,000 rows on every visit), and the grid
 * keeps its scroll position, sort and filters. A hidden view is inert and out of the accessibility tree.
 */
export function KeptView({ active, children }: { active: boolean; children: ReactNode }) {
  const [shown, setShown] = useState(active);
  // Adjusting state while rendering (React's documented pattern): mounts on the first visit, not before.
  if (active && !shown) setShown(true);
  if (!shown && !active) return null;
  return (
    <div style={active ? SHOWN : HIDDEN} aria-hidden={active ? undefined : true}>
      {children}
    </div>
  );
}

/**
 * What a kept view shows: `select`'s value while its tab is shown, else the value it showed last, so changes made
 * on other tabs cost the hidden view nothing until it is shown again.
 */
export function useKeptValue<T>(tab: TabId, select: (s: WorkbenchState) => T): T {
  const { store } = useApp();
  const live = useWorkbench((s) => (s.tab === tab ? select(s) : null));
  const [kept, setKept] = useState(() => live ?? select(store.getState()));
  if (live !== null && live !== kept) setKept(live);
  return live ?? kept;
}
