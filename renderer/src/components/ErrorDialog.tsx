import { useApp, useWorkbench } from '../app-context.ts';
import { TEXT } from '../text.ts';
import { Modal } from './Modal.tsx';
import { ProblemList } from './ProblemList.tsx';

/** Every error shows the core's Danish message and where it happened. */
export function ErrorDialog() {
  const { store } = useApp();
  const errors = useWorkbench((s) => s.errors);
  if (errors.length === 0) return null;
  return (
    <Modal title={TEXT.errors.title} onClose={() => store.actions.showErrors([])} role="alertdialog">
      <ProblemList problems={errors} />
      <div className="dialog-buttons">
        <button type="button" className="btn btn-primary" onClick={() => store.actions.showErrors([])}>
          {TEXT.errors.close}
        </button>
      </div>
    </Modal>
  );
}
