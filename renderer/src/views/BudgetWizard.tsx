import { useApp } from '../app-context.ts';
import { Modal } from '../components/Modal.tsx';
import { TEXT } from '../text.ts';

export function BudgetWizard({ file }: { file: { name: string; bytes: Uint8Array } }) {
  const { store } = useApp();
  return (
    <Modal title={TEXT.wizard.title(file.name)} onClose={() => store.actions.openDialog(null)} wide>
      <div className="dialog-buttons">
        <button type="button" className="btn" onClick={() => store.actions.openDialog(null)}>
          {TEXT.cancel}
        </button>
      </div>
    </Modal>
  );
}
