// src/renderer/src/features/planner/: the Plan screen: study time in, finish dates and this week's plan out.
// Plan study time: hours per week and days in, projected finish dates per phase and a plan for this week out.
import { useMemo, useState } from 'react';
import { useDraft } from '../../components/useDraft';
import { forecast } from '../../../../shared/schedule';
import { weekPlan } from '../../../../shared/weekPlan';
import { calibratedForecast, withOptional, type OptionalMode } from '../../../../shared/forecast';
import { burnUp } from '../../../../shared/stats';
import { pathProgress } from '../../../../shared/progress';
import { studySettingsFor, studySettingsProblems, toDay, type SettingsField, type StudySettings } from '../../../../shared/study';
import { selectPathView } from '../../store';
import { useApp } from '../../store/useApp';
import { Field, FieldGroup } from '../../components/Field';
import { formatDay } from '../board/dates';
import { ForecastPanel } from './ForecastPanel';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];


/** The form as the learner edits it: text for hours, '' for no goal date. */
interface Form {
  hours: string;
  weekdays: number[];
  startDate: string;
  goalDate: string;
}

const formOf = (s: Pick<StudySettings, 'hoursPerWeek' | 'weekdays' | 'startDate' | 'goalDate'> | null, today = ''): Form =>
  s
    ? { hours: String(s.hoursPerWeek), weekdays: s.weekdays, startDate: s.startDate, goalDate: s.goalDate ?? '' }
    : { hours: '8', weekdays: [0, 1, 2, 3, 4], startDate: today, goalDate: '' };

export function PlanView() {
  const view = useApp(selectPathView);
  const storedDoc = useApp((s) => s.document);
  // The what-if on optional milestones is a view setting: the forecast reads a derived document, nothing is stored.
  const [optional, setOptional] = useState<OptionalMode>('plan');
  const doc = useMemo(() => (view && storedDoc ? withOptional(view, storedDoc, optional) : storedDoc), [view, storedDoc, optional]);
  const saveStudy = useApp((s) => s.saveStudySettings);
  const today = toDay(new Date());
  const saved = useMemo(
    () => (view && doc ? studySettingsFor(doc.study, view.roadmap.id, today) : null),
    [view, doc, today],
  );
  const form = useDraft<Form>(saved ? formOf(saved) : formOf(null, today));
  const { hours, weekdays, startDate, goalDate } = form.value;

  const draftOf = (f: Form): StudySettings => ({
    hoursPerWeek: f.hours.trim() === '' ? Number.NaN : Number(f.hours),
    weekdays: f.weekdays,
    startDate: f.startDate,
    estimateOverrides: saved?.estimateOverrides ?? {},
    ...(f.goalDate ? { goalDate: f.goalDate } : {}),
  });
  // The service checks the same rule: a goal saved earlier may have passed and shows as "behind" instead.
  const problemsOf = (f: Form) => studySettingsProblems(draftOf(f), today, saved?.goalDate);
  const problems = problemsOf(form.value);
  const errorFor = (field: SettingsField) => problems.find((p) => p.field === field)?.message;
  const valid = problems.length === 0;
  const settings = valid ? draftOf(form.value) : saved;

  /** Every valid change is saved at once (a small write): a delay would lose it if the learner switches screens. */
  const change = (patch: Partial<Form>) => {
    const next = { ...form.value, ...patch };
    form.edit(next);
    if (!saved || problemsOf(next).length > 0) return;
    const d = draftOf(next);
    const normalised = formOf({ ...d, weekdays: [...new Set(d.weekdays)].sort() });
    if (JSON.stringify(normalised) === JSON.stringify(formOf(saved))) return;
    form.sent(normalised);
    void saveStudy({ hoursPerWeek: d.hoursPerWeek, weekdays: d.weekdays, startDate: d.startDate, goalDate: d.goalDate ?? null });
  };

  const result = useMemo(
    () => (view && doc && settings ? forecast(view, doc, settings, today) : null),
    [view, doc, settings, today],
  );
  const week = useMemo(
    () => (view && doc && settings ? weekPlan(view, doc, settings, today) : null),
    [view, doc, settings, today],
  );
  const calibrated = useMemo(
    () => (view && doc && settings ? { sim: calibratedForecast(view, doc, settings, today), points: burnUp(view, doc, today) } : null),
    [view, doc, settings, today],
  );
  if (!view || !doc || !result || !week || !calibrated) return null;
  const optionalCount = view.milestones.filter((m) => m.optional).length;

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
          <Field label="Hours per week" error={errorFor('hoursPerWeek')}>
            {(control) => <input inputMode="decimal" value={hours} onChange={(e) => change({ hours: e.target.value })} {...control} />}
          </Field>
          <FieldGroup legend="Study days" className="weekdays" error={errorFor('weekdays')}>
            <div className="weekday-row">
              {WEEKDAYS.map((label, day) => (
                <label key={label} className={`weekday${weekdays.includes(day) ? ' on' : ''}`}>
                  <input
                    type="checkbox"
                    checked={weekdays.includes(day)}
                    onChange={(e) => change({ weekdays: e.target.checked ? [...weekdays, day].sort() : weekdays.filter((d) => d !== day) })}
                  />
                  {label}
                </label>
              ))}
            </div>
          </FieldGroup>
          <div className="field-row">
            <Field label="Start date" error={errorFor('startDate')}>
              {(control) => <input type="date" value={startDate} onChange={(e) => change({ startDate: e.target.value })} {...control} />}
            </Field>
            <Field label="Goal date (optional)" error={errorFor('goalDate')}>
              {(control) => <input type="date" value={goalDate} onChange={(e) => change({ goalDate: e.target.value })} {...control} />}
            </Field>
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
                At the estimates exactly: <strong data-testid="projected-finish">{formatDay(result.finish!)}</strong>
              </p>
              <p className="muted">
                {round(result.remainingHours)} h left of {round(pathProgress(view, doc).hoursTotal)} h · about {result.weeks} weeks at{' '}
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

      <ForecastPanel
        forecast={calibrated.sim}
        points={calibrated.points}
        optionalCount={optionalCount}
        optional={optional}
        onOptional={setOptional}
      />

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
