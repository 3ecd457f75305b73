import { useApp } from '../app-context.ts';
import type { SeasonItem } from '../store/workbench-store.ts';
import { TEXT } from '../text.ts';

const E = TEXT.seasonEdit;

/** "Omdøb…" and "Slet…" of one version or ændringsforslag in its list; each opens its dialog. */
export function SeasonItemButtons({ what, name }: { what: SeasonItem; name: string }) {
  const { store } = useApp();
  return (
    <>
      <button
        type="button"
        className="btn"
        aria-label={`${E.renameLabel(name)}…`}
        onClick={() => store.actions.openDialog({ kind: 'renameSeason', what, name })}
      >
        {E.rename}…
      </button>
      <button
        type="button"
        className="btn"
        aria-label={`${E.deleteLabel(name)}…`}
        onClick={() => store.actions.openDialog({ kind: 'deleteSeason', what, name })}
      >
        {E.delete}…
      </button>
    </>
  );
}
