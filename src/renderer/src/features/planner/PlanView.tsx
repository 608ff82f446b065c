// Plan study time: hours per week and days in, projected finish dates per phase and a plan for this week out.
import { useEffect, useMemo, useState } from 'react';
import { forecast, validateStudySettings, weekPlan, type StudySettings } from '../../../../shared/forecast';
import { pathProgress } from '../../../../shared/progress';
import { studySettingsFor, toDay } from '../../../../shared/study';
import { selectPathView } from '../../store';
import { useApp } from '../../store/useApp';
import { FieldError } from '../../components/FieldError';
import { formatDay } from '../board/dates';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

type Field = 'hoursPerWeek' | 'weekdays' | 'startDate' | 'goalDate' | 'estimateOverrides';

export function PlanView() {
  const view = useApp(selectPathView);
  const document = useApp((s) => s.document);
  const saveStudy = useApp((s) => s.saveStudySettings);
  const today = toDay(new Date());
  const saved = useMemo(
    () => (view && document ? studySettingsFor(document.study, view.roadmap.id, today) : null),
    [view, document, today],
  );
  const [hours, setHours] = useState(saved ? String(saved.hoursPerWeek) : '8');
  const [weekdays, setWeekdays] = useState<number[]>(saved?.weekdays ?? [0, 1, 2, 3, 4]);
  const [startDate, setStartDate] = useState(saved?.startDate ?? today);
  const [goalDate, setGoalDate] = useState(saved?.goalDate ?? '');

  const draft: StudySettings = {
    hoursPerWeek: hours.trim() === '' ? Number.NaN : Number(hours),
    weekdays,
    startDate,
    estimateOverrides: saved?.estimateOverrides ?? {},
    ...(goalDate ? { goalDate } : {}),
  };
  const problems = validateStudySettings(draft, today).filter(
    // A goal that was saved earlier may be in the past now: show it as "behind", do not block other changes.
    (p) => !(p.field === 'goalDate' && goalDate === (saved?.goalDate ?? '') && goalDate < today),
  );
  const errorFor = (field: Field) => problems.find((p) => p.field === field)?.message;
  const valid = problems.length === 0;
  const settings = valid ? draft : saved;
  const key = JSON.stringify(draft);

  useEffect(() => {
    if (!valid || !saved) return;
    const unchanged =
      draft.hoursPerWeek === saved.hoursPerWeek &&
      JSON.stringify(draft.weekdays) === JSON.stringify(saved.weekdays) &&
      draft.startDate === saved.startDate &&
      (draft.goalDate ?? '') === (saved.goalDate ?? '');
    if (unchanged) return;
    // Saved at once (a small write): a delay would lose the change if the learner switches screens right away.
    void saveStudy({ hoursPerWeek: draft.hoursPerWeek, weekdays: draft.weekdays, startDate: draft.startDate, goalDate: draft.goalDate ?? null });
    // The draft is captured through `key`: saving depends only on what the learner typed.
  }, [key, valid]);

  const result = useMemo(
    () => (view && document && settings ? forecast(view, document, settings, today) : null),
    [view, document, settings, today],
  );
  const week = useMemo(
    () => (view && document && settings ? weekPlan(view, document, settings, today) : null),
    [view, document, settings, today],
  );
  if (!view || !document || !result || !week) return null;

  const spanStart = settings && settings.startDate > today ? settings.startDate : today;
  const spanDays = result.finish ? Math.max(1, dayDiff(spanStart, result.finish)) : 1;

  return (
    <section className="plan" aria-labelledby="plan-title">
      <h2 id="plan-title">Plan your study time</h2>
      <p className="lead">
        Tell Pathboard how much time you have. It spreads the remaining estimated hours of {view.roadmap.title} over your
        week, in prerequisite order, and projects when each phase will be done.
      </p>
      <div className="plan-grid">
        <form className="plan-settings" aria-label="Study settings" onSubmit={(e) => e.preventDefault()}>
          <label className="field">
            <span>Hours per week</span>
            <input
              inputMode="decimal"
              value={hours}
              onChange={(e) => setHours(e.target.value)}
              aria-invalid={errorFor('hoursPerWeek') ? true : undefined}
              aria-describedby={errorFor('hoursPerWeek') ? 'err-hours' : undefined}
            />
            <FieldError id="err-hours" message={errorFor('hoursPerWeek')} />
          </label>
          <fieldset className="field weekdays" aria-invalid={errorFor('weekdays') ? true : undefined}>
            <legend>Study days</legend>
            <div className="weekday-row">
              {WEEKDAYS.map((label, day) => (
                <label key={label} className={`weekday${weekdays.includes(day) ? ' on' : ''}`}>
                  <input
                    type="checkbox"
                    checked={weekdays.includes(day)}
                    onChange={(e) =>
                      setWeekdays(e.target.checked ? [...weekdays, day].sort() : weekdays.filter((d) => d !== day))
                    }
                  />
                  {label}
                </label>
              ))}
            </div>
            <FieldError message={errorFor('weekdays')} />
          </fieldset>
          <div className="field-row">
            <label className="field">
              <span>Start date</span>
              <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} aria-invalid={errorFor('startDate') ? true : undefined} />
              <FieldError message={errorFor('startDate')} />
            </label>
            <label className="field">
              <span>Goal date (optional)</span>
              <input type="date" value={goalDate} onChange={(e) => setGoalDate(e.target.value)} aria-invalid={errorFor('goalDate') ? true : undefined} />
              <FieldError message={errorFor('goalDate')} />
            </label>
          </div>
          <p className="muted small">{valid ? 'Changes are saved as you make them.' : 'Fix the highlighted field: nothing is saved until it is valid.'}</p>
        </form>

        <div className="plan-summary" aria-live="polite">
          {result.done ? (
            <p className="plan-finish">
              <strong>Done.</strong> Nothing is left to study on this path.
            </p>
          ) : (
            <>
              <p className="plan-finish">
                Projected finish: <strong data-testid="projected-finish">{formatDay(result.finish!)}</strong>
              </p>
              <p className="muted">
                {round(result.remainingHours)} h left of {round(pathProgress(view, document).hoursTotal)} h · about {result.weeks} weeks at{' '}
                {settings?.hoursPerWeek} h a week
              </p>
              {result.goal && (
                <p className={`goal goal-${result.goal.status}`}>
                  Goal {formatDay(result.goal.date)}: {GOAL_TEXT[result.goal.status]}
                </p>
              )}
            </>
          )}
        </div>
      </div>

      <div className="plan-grid">
        <section className="timeline" aria-labelledby="timeline-title">
          <h3 id="timeline-title">Timeline by phase</h3>
          <ol className="timeline-list">
            {result.phases.map((phase) => {
              const width = phase.finish ? Math.max(2, (dayDiff(spanStart, phase.finish) / spanDays) * 100) : 0;
              return (
                <li key={phase.phaseId} className={phase.done ? 'done' : ''}>
                  <span className="timeline-name">{phase.title}</span>
                  <span className="timeline-bar" aria-hidden="true">
                    <span style={{ width: `${Math.min(100, width)}%` }} />
                  </span>
                  <span className="timeline-date">{phase.done ? 'Done' : `by ${formatDay(phase.finish!)}`}</span>
                </li>
              );
            })}
          </ol>
        </section>

        <section className="this-week" aria-labelledby="week-title">
          <h3 id="week-title">This week</h3>
          {week.items.length === 0 ? (
            <p className="muted">Nothing planned: the path is done.</p>
          ) : (
            <ol className="week-list" aria-label="This week's milestones">
              {week.items.map((item) => (
                <li key={item.id}>
                  <span>{item.title}</span>
                  <span className="muted">
                    {round(item.hours)} h{item.partial ? ' (start)' : ''}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <p className="muted small">
            {round(week.budget - week.left)} of {round(week.budget)} h planned · {round(week.left)} h left this week
          </p>
        </section>
      </div>
    </section>
  );
}

const GOAL_TEXT = { 'on-track': 'on track', 'at-risk': 'at risk: a little more time each week would help', behind: 'behind at this pace' } as const;

const round = (n: number) => Math.round(n * 10) / 10;

function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
