// "Saving…" while a change is on its way to the data file, "Saved" once the main process says it is on disk.
import { useApp } from '../store/useApp';

export function SaveStatus() {
  const saving = useApp((s) => s.saving > 0);
  const ready = useApp((s) => s.document !== null);
  if (!ready) return null;
  return (
    <span
      className={`save-status${saving ? ' saving' : ''}`}
      data-testid="save-status"
      title={saving ? 'Writing your last change to your data file' : 'Everything you see is saved in your data file'}
    >
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{saving ? 'Saving…' : 'Saved'}</span>
    </span>
  );
}
