// Start-up notices (e.g. where an unreadable data file was moved), what just worked, and the last failed action.
import type { ReactNode } from 'react';
import { useApp } from '../store/useApp';

function Bar({ tone, message, onDismiss, children }: { tone: 'warning' | 'success' | 'error'; message: string; onDismiss: () => void; children?: ReactNode }) {
  return (
    <div className={`notice ${tone}`} role={tone === 'success' ? 'status' : 'alert'}>
      <p>{message}</p>
      {children}
      <button type="button" className="button ghost" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useApp((s) => s.notices);
  const error = useApp((s) => s.error);
  const flash = useApp((s) => s.flash);
  const dismissNotice = useApp((s) => s.dismissNotice);
  const revealNotice = useApp((s) => s.revealNotice);
  const dismissError = useApp((s) => s.dismissError);
  const dismissFlash = useApp((s) => s.dismissFlash);
  if (notices.length === 0 && !error && !flash) return null;

  return (
    <div className="notices">
      {notices.map((notice) => (
        <Bar key={notice.path + notice.kind} tone="warning" message={notice.message} onDismiss={() => dismissNotice(notice)}>
          <button type="button" className="button ghost" onClick={() => void revealNotice(notice)}>
            Show in folder
          </button>
        </Bar>
      ))}
      {flash && <Bar tone="success" message={flash} onDismiss={dismissFlash} />}
      {error && <Bar tone="error" message={error} onDismiss={dismissError} />}
    </div>
  );
}
