// The board's dialogs: add/edit a custom milestone, confirm a delete or a reset, and the keyboard shortcuts.
import { lazy, Suspense } from 'react';
import type { PathView } from '../../../../shared/pathView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/useApp';
import { SHORTCUTS } from './useBoardShortcuts';

// The custom-milestone form (and the zod schema it validates with) loads when the learner first opens it.
const CustomMilestoneDialog = lazy(() => import('./CustomMilestoneDialog').then((m) => ({ default: m.CustomMilestoneDialog })));

export function BoardDialogs({ view }: { view: PathView }) {
  const dialog = useApp((s) => s.dialog);
  const openDialog = useApp((s) => s.openDialog);
  const resetPath = useApp((s) => s.resetPath);
  const deleteCustom = useApp((s) => s.deleteCustomMilestone);
  const close = () => openDialog(null);
  if (!dialog) return null;

  switch (dialog.kind) {
    case 'custom':
      return (
        <Suspense fallback={null}>
          <CustomMilestoneDialog view={view} id={dialog.id} onClose={close} />
        </Suspense>
      );
    case 'delete':
      return (
        <ConfirmDialog
          title="Delete this milestone?"
          message={`“${view.byId.get(dialog.id)?.title ?? ''}” and its notes and checklist ticks will be removed. You can undo this.`}
          confirmLabel="Delete milestone"
          onCancel={close}
          onConfirm={() => {
            close();
            void deleteCustom(dialog.id);
          }}
        />
      );
    case 'reset':
      return (
        <ConfirmDialog
          title={`Reset ${view.roadmap.title} progress?`}
          message="Every milestone on this path goes back to To do, with its checklist, notes, dates and hours cleared. Milestones this path shares with others are cleared there too. You can undo this."
          confirmLabel="Reset progress"
          onCancel={close}
          onConfirm={() => {
            close();
            void resetPath();
          }}
        />
      );
    case 'help':
      return (
        <Dialog title="Keyboard shortcuts" onClose={close}>
          <table className="shortcuts">
            <tbody>
              {SHORTCUTS.map(([keys, what]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={close}>
              Got it
            </button>
          </div>
        </Dialog>
      );
  }
}
