// src/renderer/src/features/dashboard/: the Progress screen: numbers, charts and streaks.
// Progress at a glance: overall and per phase and skill area, hours, the burn-up over time, the weekly streak and head starts.
import { useMemo } from 'react';
import { pathProgress } from '../../../../shared/progress';
import { burnUp, progressByPhase, progressBySkillArea, weeklyStreak } from '../../../../shared/stats';
import { forecast } from '../../../../shared/schedule';
import { studySettingsFor, toDay } from '../../../../shared/study';
import type { SkillArea } from '../../../../shared/roadmap';
import { ProgressBar } from '../../components/ProgressBar';
import { selectPathView } from '../../store';
import { useApp } from '../../store/useApp';
import { SKILL_AREA_LABELS } from '../board/labels';
import { BurnUpChart } from './BurnUpChart';

export function Dashboard() {
  const view = useApp(selectPathView);
  const doc = useApp((s) => s.document);
  const roadmaps = useApp((s) => s.roadmaps);
  const openExport = useApp((s) => s.openExport);
  const backupData = useApp((s) => s.backupData);
  const chooseBackup = useApp((s) => s.chooseBackup);
  const today = toDay(new Date());

  const data = useMemo(() => {
    if (!view || !doc) return null;
    const settings = studySettingsFor(doc.study, view.roadmap.id, today);
    const plan = forecast(view, doc, settings, today);
    return {
      overall: pathProgress(view, doc),
      plan,
      phases: progressByPhase(view, doc),
      areas: progressBySkillArea(view, doc),
      burn: burnUp(view, doc, today),
      streak: weeklyStreak(doc.history, today),
      others: roadmaps.filter((r) => r.id !== view.roadmap.id).map((r) => ({ roadmap: r, progress: pathProgress(r, doc) })),
    };
  }, [view, doc, roadmaps, today]);
  if (!view || !data) return null;
  const { overall, plan, phases, areas, burn, streak, others } = data;
  const doneHours = round(overall.hoursDone);

  return (
    <section className="dashboard" aria-labelledby="dash-title">
      <div className="dash-head">
        <h2 id="dash-title">Your progress on {view.roadmap.title}</h2>
        <button type="button" className="button primary small" onClick={openExport}>
          Export report…
        </button>
        <button type="button" className="button secondary small" onClick={() => void backupData()}>
          Back up data…
        </button>
        <button type="button" className="button secondary small" onClick={() => void chooseBackup()}>
          Restore…
        </button>
      </div>
      <div className="stat-row">
        <div className="stat">
          <span className="stat-value" data-testid="overall-percent">{overall.percent}%</span>
          <span className="stat-label">
            {overall.done} of {overall.total} milestones done{overall.skipped > 0 ? `, ${overall.skipped} skipped` : ''}
          </span>
        </div>
        <div className="stat">
          <span className="stat-value">{doneHours} h</span>
          <span className="stat-label">done · {round(plan.remainingHours)} h remaining</span>
        </div>
        <div className="stat">
          <span className="stat-value">{streak.current}</span>
          <span className="stat-label">
            {streak.current === 1 ? 'week' : 'weeks'} in a row with progress · best {streak.longest}
          </span>
        </div>
      </div>

      <div className="dash-grid">
        <section aria-labelledby="burn-title" className="panel">
          <h3 id="burn-title">Completed hours over time</h3>
          {/* The study plan draws the planned line. */}
          <BurnUpChart points={burn} plan={doc ? studySettingsFor(doc.study, view.roadmap.id, today) : undefined} />
        </section>
        <section aria-labelledby="phase-title" className="panel">
          <h3 id="phase-title">By phase</h3>
          <ul className="bar-list">
            {phases.map((p) => (
              <li key={p.key}>
                <ProgressBar label={`${p.label} progress`} percent={p.percent} detail={`${p.label} · ${p.handled}/${p.total}`} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="area-title" className="panel">
          <h3 id="area-title">By skill area</h3>
          <ul className="bar-list">
            {areas.map((a) => (
              <li key={a.key}>
                <ProgressBar
                  label={`${SKILL_AREA_LABELS[a.key as SkillArea] ?? a.label} progress`}
                  percent={a.percent}
                  detail={`${SKILL_AREA_LABELS[a.key as SkillArea] ?? a.label} · ${a.handled}/${a.total}`}
                />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="others-title" className="panel">
          <h3 id="others-title">Head start on the other paths</h3>
          <ul className="bar-list">
            {others.map(({ roadmap, progress }) => (
              <li key={roadmap.id}>
                <ProgressBar
                  label={`Head start on ${roadmap.title}`}
                  percent={progress.percent}
                  detail={`${roadmap.title} · ${progress.done}/${progress.total}`}
                />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
