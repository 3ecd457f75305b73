import type { KeyboardEvent } from 'react';
import { useApp, useWorkbench } from '../app-context.ts';
import type { TabId } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';

export const TAB_ORDER: readonly TabId[] = ['budget', 'forslag', 'oversigt', 'vaerktoejer'];

export function Tabs() {
  const { store } = useApp();
  const tab = useWorkbench((s) => s.tab);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TAB_ORDER.indexOf(tab);
    const next = TAB_ORDER[(i + (e.key === 'ArrowRight' ? 1 : TAB_ORDER.length - 1)) % TAB_ORDER.length];
    if (next) {
      store.actions.setTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }
  };
  return (
    <div className="tabs" role="tablist" aria-label={TEXT.tabsLabel} onKeyDown={onKeyDown}>
      {TAB_ORDER.map((id) => (
        <button
          key={id}
          id={`tab-${id}`}
          type="button"
          role="tab"
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          className="tab"
          onClick={() => store.actions.setTab(id)}
        >
          {TEXT.tabs[id]}
        </button>
      ))}
    </div>
  );
}
