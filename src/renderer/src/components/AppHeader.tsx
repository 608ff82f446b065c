// The bar at the top: app name, navigation between screens, and the active path with its overall progress.
import { useMemo } from 'react';
import { pathProgress } from '../../../shared/progress';
import { forecastSummary } from '../../../shared/schedule';
import { studySettingsFor, toDay } from '../../../shared/study';
import { formatDay } from '../features/board/dates';
import { selectActiveRoadmap, selectPathView } from '../store';
import type { View } from '../store/uiSlice';
import { useApp } from '../store/useApp';
import { ProgressBar } from './ProgressBar';
import { SaveStatus } from './SaveStatus';
import { useAfterPaint } from './useAfterPaint';
import { ThemeSelect } from '../features/theme/ThemeSelect';
import { useDueCount } from '../features/review/useDueCount';

export function AppHeader() {
  const roadmap = useApp(selectActiveRoadmap);
  const doc = useApp((s) => s.document);
  const view = useApp((s) => s.view);
  const show = useApp((s) => s.show);
  const ready = useApp((s) => s.status === 'ready');
  const pathView = useApp(selectPathView);
  // The totals and the projected finish follow a change once the board has painted it: on a 1,000-card board even the
  // finish alone (the schedule without the plan of each milestone) would take a good part of the frame a card move
  // has, and the totals a millisecond of it. The first frame shows the totals at once.
  const forecastDoc = useAfterPaint(doc);
  const countedDoc = forecastDoc ?? doc;
  const progress = useMemo(() => (pathView && countedDoc ? pathProgress(pathView, countedDoc) : null), [pathView, countedDoc]);
  const finish = useMemo(() => {
    if (!pathView || !forecastDoc) return null;
    const today = toDay(new Date());
    return forecastSummary(pathView, forecastDoc, studySettingsFor(forecastDoc.study, pathView.roadmap.id, today), today);
  }, [pathView, forecastDoc]);

  const due = useDueCount();
  const tabs: Array<{ view: View; label: string }> = [
    ...(roadmap
      ? [
          { view: 'board' as const, label: 'Board' },
          { view: 'plan' as const, label: 'Plan' },
          { view: 'progress' as const, label: 'Progress' },
          { view: 'review' as const, label: 'Review' },
        ]
      : []),
    { view: 'compare', label: 'Compare paths' },
    { view: 'quiz', label: 'Which path fits me?' },
  ];

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Pathboard</span>
      </div>
      {ready && (
        <nav className="app-nav" aria-label="Main">
          {tabs.map((tab) => (
            <button
              key={tab.view}
              type="button"
              className="nav-tab"
              aria-current={view === tab.view ? 'page' : undefined}
              onClick={() => show(tab.view)}
            >
              {tab.label}
              {tab.view === 'review' && due > 0 && ' '}
              {tab.view === 'review' && due > 0 && (
                <span className="review-due-badge">
                  {due}
                  {' '}
                  <span className="visually-hidden">due</span>
                </span>
              )}
            </button>
          ))}
        </nav>
      )}
      {roadmap && progress && (
        <div className="header-path">
          <div className="header-path-title">
            <span className="eyebrow">
              Your path
              <button type="button" className="link" aria-label="Change path" onClick={() => show('picker')}>
                Change
              </button>
            </span>
            <h1 title={roadmap.title}>{roadmap.title}</h1>
          </div>
          <ProgressBar
            label={`${roadmap.title} progress`}
            percent={progress.percent}
            detail={`${progress.done}/${progress.total}`}
          />
          {finish && (
            <button type="button" className="header-finish" onClick={() => show('plan')} title="Open the study plan">
              <span className="eyebrow">Projected finish</span>
              <strong>{finish.done ? 'Done' : formatDay(finish.finish!)}</strong>
            </button>
          )}
        </div>
      )}
      <SaveStatus />
      <ThemeSelect />
    </header>
  );
}
