// The bar at the top: app name, the active path with its overall progress, and a way back to the picker.
import { useMemo } from 'react';
import { pathProgress } from '../../../shared/progress';
import { useApp } from '../store/useApp';
import { ProgressBar } from './ProgressBar';

export function AppHeader() {
  const roadmap = useApp((s) => s.roadmap);
  const document = useApp((s) => s.document);
  const picking = useApp((s) => s.picking);
  const openPicker = useApp((s) => s.openPicker);
  const closePicker = useApp((s) => s.closePicker);
  const progress = useMemo(
    () => (roadmap && document ? pathProgress(roadmap, document) : null),
    [roadmap, document],
  );

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Pathboard</span>
      </div>
      {roadmap && progress && (
        <div className="header-path">
          <div className="header-path-title">
            <span className="eyebrow">Your path</span>
            <h1>{roadmap.title}</h1>
          </div>
          <ProgressBar
            label={`${roadmap.title} progress`}
            percent={progress.percent}
            detail={`${progress.done} of ${progress.total} milestones done`}
          />
          {picking ? (
            <button type="button" className="button secondary" onClick={closePicker}>
              Back to board
            </button>
          ) : (
            <button type="button" className="button secondary" onClick={openPicker}>
              Change path
            </button>
          )}
        </div>
      )}
    </header>
  );
}
