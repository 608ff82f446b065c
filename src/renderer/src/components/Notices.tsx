// Start-up notices (e.g. where an unreadable data file was moved), what just worked or was undone, and the last failed
// action. Information fades after a few seconds; warnings and errors stay until dismissed.
import type { ReactNode } from 'react';
import { useApp } from '../store/useApp';
import { useAutoDismiss } from './useAutoDismiss';

type Tone = 'warning' | 'success' | 'error' | 'info';

function Bar({ tone, message, onDismiss, children }: { tone: Tone; message: string; onDismiss: () => void; children?: ReactNode }) {
  const fades = tone === 'success' || tone === 'info';
  const hold = useAutoDismiss(fades, onDismiss, message);
  return (
    <div className={`notice ${tone}`} role={fades ? 'status' : 'alert'} {...(fades ? hold : {})}>
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
  const undone = useApp((s) => s.undoFeedback);
  const roadmaps = useApp((s) => s.roadmaps);
  const dismissNotice = useApp((s) => s.dismissNotice);
  const revealNotice = useApp((s) => s.revealNotice);
  const dismissError = useApp((s) => s.dismissError);
  const dismissFlash = useApp((s) => s.dismissFlash);
  const dismissUndo = useApp((s) => s.dismissUndoFeedback);
  const choosePath = useApp((s) => s.choosePath);
  const info = useApp((s) => s.info);
  const setInfo = useApp((s) => s.setInfo);
  if (notices.length === 0 && !error && !flash && !undone && !info) return null;
  const other = undone?.otherPathId ? roadmaps.find((r) => r.id === undone.otherPathId) : undefined;

  return (
    <>
      {(notices.length > 0 || error) && (
        <div className="notices">
          {notices.map((notice) => (
            <Bar key={notice.path + notice.kind} tone="warning" message={notice.message} onDismiss={() => dismissNotice(notice)}>
              <button type="button" className="button ghost" onClick={() => void revealNotice(notice)}>
                Show in folder
              </button>
            </Bar>
          ))}
          {error && <Bar tone="error" message={error} onDismiss={dismissError} />}
        </div>
      )}
      {/* Information floats over the screen instead of pushing it down, and fades. */}
      <div className="toasts">
        {info && <Bar tone="info" message={info} onDismiss={() => setInfo(null)} />}
        {undone && (
          <Bar
            tone="info"
            message={other ? `${undone.text}. That change is on your ${other.title} path.` : undone.text}
            onDismiss={dismissUndo}
          >
            {other && (
              <button
                type="button"
                className="button ghost"
                onClick={() => {
                  dismissUndo();
                  void choosePath(other.id);
                }}
              >
                Go to {other.title}
              </button>
            )}
          </Bar>
        )}
        {flash && <Bar tone="success" message={flash} onDismiss={dismissFlash} />}
      </div>
    </>
  );
}
