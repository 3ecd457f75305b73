import { describeLocation } from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { TEXT } from '../text.ts';
import { Modal } from './Modal.tsx';

/** Every error shows the core's Danish message and where it happened. */
export function ErrorDialog() {
  const { store } = useApp();
  const errors = useWorkbench((s) => s.errors);
  if (errors.length === 0) return null;
  return (
    <Modal title={TEXT.errors.title} onClose={() => store.actions.showErrors([])} role="alertdialog">
      <ul className="problems">
        {errors.map((p, i) => (
          <li key={i}>
            {p.message}
            {describeLocation(p) && <span className="where"> ({describeLocation(p)})</span>}
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button type="button" className="btn btn-primary" onClick={() => store.actions.showErrors([])}>
          {TEXT.errors.close}
        </button>
      </div>
    </Modal>
  );
}
