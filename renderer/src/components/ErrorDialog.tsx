import { useApp, useWorkbench } from '../app-context.ts';
import { TEXT } from '../text.ts';
import { DialogButtons } from './DialogButtons.tsx';
import { Modal } from './Modal.tsx';
import { ProblemList } from './ProblemList.tsx';

/** Every error shows the core's Danish message and where it happened. */
export function ErrorDialog() {
  const { store } = useApp();
  const errors = useWorkbench((s) => s.errors);
  if (errors.length === 0) return null;
  const close = (): void => store.actions.showErrors([]);
  return (
    <Modal title={TEXT.errors.title} onClose={close} role="alertdialog">
      <ProblemList problems={errors} />
      <DialogButtons onClose={close} closeText={TEXT.errors.close} />
    </Modal>
  );
}
