// Start-up notices (e.g. where an unreadable data file was moved) and the last failed action, until dismissed.
import { useApp } from '../store/useApp';

export function Notices() {
  const notices = useApp((s) => s.notices);
  const error = useApp((s) => s.error);
  const dismissNotice = useApp((s) => s.dismissNotice);
  const revealNotice = useApp((s) => s.revealNotice);
  const dismissError = useApp((s) => s.dismissError);
  const flash = useApp((s) => s.flash);
  const dismissFlash = useApp((s) => s.dismissFlash);
  if (notices.length === 0 && !error && !flash) return null;

  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.path + notice.kind} className="notice warning" role="alert">
          <p>{notice.message}</p>
          <button type="button" className="button ghost" onClick={() => void revealNotice(notice)}>
            Show in folder
          </button>
          <button type="button" className="button ghost" onClick={() => dismissNotice(notice)}>
            Dismiss
          </button>
        </div>
      ))}
      {flash && (
        <div className="notice success" role="status">
          <p>{flash}</p>
          <button type="button" className="button ghost" onClick={dismissFlash}>
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <div className="notice error" role="alert">
          <p>{error}</p>
          <button type="button" className="button ghost" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
