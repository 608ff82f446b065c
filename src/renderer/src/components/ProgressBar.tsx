// A labelled progress bar with its percentage as text, readable by screen readers.
export function ProgressBar({ label, percent, detail }: { label: string; percent: number; detail?: string }) {
  return (
    <div className="progress">
      <div className="progress-text">
        <strong className="progress-percent">{percent}%</strong>
        {detail && <span className="progress-detail">{detail}</span>}
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
