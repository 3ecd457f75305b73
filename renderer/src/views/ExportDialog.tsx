import { useApp } from '../app-context.ts';
import { Modal } from '../components/Modal.tsx';
import { TEXT } from '../text.ts';

export function ExportDialog() {
  const { store } = useApp();
  return (
    <Modal title={TEXT.exportDialog.title} onClose={() => store.actions.openDialog(null)}>
      <div className="dialog-buttons">
        <button type="button" className="btn" onClick={() => store.actions.openDialog(null)}>
          {TEXT.cancel}
        </button>
      </div>
    </Modal>
  );
}
