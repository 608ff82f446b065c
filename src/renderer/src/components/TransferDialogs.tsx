// Export a report (format, notes or not) and confirm a restore, showing what the backup holds and what it replaces.
import { useState } from 'react';
import type { BackupSummary } from '../../../shared/ipc';
import { useApp } from '../store/useApp';
import { Dialog } from './Dialog';
import { CalendarOptions } from './CalendarOptions';
import { DEFAULT_SESSION_START } from '../../../shared/studyCalendar';
import type { ExportFormat } from '../store/transferSlice';

const FORMATS = [
  { value: 'pdf', label: 'PDF', hint: 'to send or print' },
  { value: 'html', label: 'Web page (HTML)', hint: 'one self-contained file' },
  { value: 'md', label: 'Markdown', hint: 'for a README or notes app' },
  { value: 'csv', label: 'Spreadsheet (CSV)', hint: 'every milestone with status, dates, hours and notes' },
  { value: 'ics', label: 'Calendar (.ics)', hint: 'your study sessions, for Google Calendar, Outlook or Apple Calendar' },
] as const;

export function TransferDialogs() {
  const transfer = useApp((s) => s.transfer);
  const close = useApp((s) => s.closeTransfer);
  if (!transfer) return null;
  return transfer.kind === 'export' ? (
    <ExportDialog onClose={close} initial={transfer.format ?? 'pdf'} />
  ) : (
    <RestoreDialog path={transfer.path} backup={transfer.backup} current={transfer.current} onClose={close} />
  );
}

function ExportDialog({ onClose, initial }: { onClose: () => void; initial: ExportFormat }) {
  const exportReport = useApp((s) => s.exportReport);
  const exporting = useApp((s) => s.exporting);
  const exportCsv = useApp((s) => s.exportCsv);
  const exportCalendar = useApp((s) => s.exportCalendar);
  const [format, setFormat] = useState<ExportFormat>(initial);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [weeks, setWeeks] = useState<4 | 12>(4);
  const [startTime, setStartTime] = useState(DEFAULT_SESSION_START);
  return (
    <Dialog title="Export progress report" onClose={onClose}>
      <form
        className="form"
        aria-busy={exporting}
        onSubmit={(e) => {
          e.preventDefault();
          if (exporting) return;
          if (format === 'csv') void exportCsv(includeNotes);
          else if (format === 'ics') void exportCalendar(weeks, startTime);
          else void exportReport(format, includeNotes);
        }}
      >
        <fieldset className="field">
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.value} className="check-row">
              <input type="radio" name="format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
              <span>
                {f.label} <span className="muted">— {f.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {format === 'ics' ? (
          <CalendarOptions weeks={weeks} startTime={startTime} onWeeks={setWeeks} onStartTime={setStartTime} />
        ) : (
          <label className="check-row">
            <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
            <span>Include my notes</span>
          </label>
        )}
        <div className="dialog-actions">
          {exporting && (
            <span className="busy" role="status">
              <progress aria-label="Writing the report" />
              Writing the report…
            </span>
          )}
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
          {/* aria-disabled, not disabled: a disabled button drops keyboard focus to <body>. */}
          <button type="submit" className="button primary" aria-disabled={exporting}>
            {exporting ? 'Exporting…' : 'Export…'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RestoreDialog({ path, backup, current, onClose }: { path: string; backup: BackupSummary; current: BackupSummary; onClose: () => void }) {
  const restore = useApp((s) => s.restoreBackup);
  const roadmaps = useApp((s) => s.roadmaps);
  const title = (id: string | null) => roadmaps.find((r) => r.id === id)?.title ?? 'no path chosen';
  const row = (s: BackupSummary) => (
    <>
      <td>{title(s.pathId)}</td>
      <td>{s.done}</td>
      <td>{s.inProgress}</td>
      <td>{s.customMilestones}</td>
      <td>{s.lastChange ? new Date(s.lastChange).toLocaleDateString() : '—'}</td>
    </>
  );
  return (
    <Dialog title="Restore from backup?" onClose={onClose} wide>
      <p className="dialog-text">
        Restoring replaces all your current data with <strong>{path}</strong>. Your current data is saved first, as a
        timestamped file beside your data file, so you can go back.
      </p>
      <table className="data-table restore-table">
        <thead>
          <tr>
            <td />
            <th scope="col">Path</th>
            <th scope="col">Done</th>
            <th scope="col">In progress</th>
            <th scope="col">Own milestones</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">In the backup</th>
            {row(backup)}
          </tr>
          <tr>
            <th scope="row">Now (will be replaced)</th>
            {row(current)}
          </tr>
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={() => void restore(path)}>
          Replace my data
        </button>
      </div>
    </Dialog>
  );
}
