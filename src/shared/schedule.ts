// The study schedule: remaining milestones in prerequisite order, spread over the study days, with finish dates.
import { dayNumber, dayString, mondayOf, weekdayOf } from './calendar';
import type { UserDocument } from './document';
import type { PathMilestone, PathView } from './pathView';
import { estimator, roundHours, statusOf } from './progress';
import { remainingWith, scheduleOrder } from './scheduleOrder';
import type { StudySettings } from './study';

export interface MilestoneForecast {
  id: string;
  title: string;
  phaseId: string;
  remainingHours: number;
  start: string;
  finish: string;
}

export interface PhaseForecast {
  phaseId: string;
  title: string;
  remainingHours: number;
  finish: string | null;
  done: boolean;
}

export type GoalStatus = 'on-track' | 'at-risk' | 'behind';

export interface Forecast {
  /** Sum over not-handled milestones of max(0, estimate - hoursSpent); done and skipped count 0. */
  remainingHours: number;
  /** remainingHours / hoursPerWeek, rounded up to 1 decimal. */
  weeks: number;
  /** The day the last remaining hour is studied; null when nothing remains. */
  finish: string | null;
  done: boolean;
  phases: PhaseForecast[];
  /** Remaining milestones in the order they are scheduled. */
  milestones: MilestoneForecast[];
  goal?: { date: string; status: GoalStatus };
}


/** Maps a count of study days since the schedule start to the calendar day on which that study day falls. */
function studyCalendar(settings: StudySettings, from: number): (index: number) => number {
  const valid = [...new Set(settings.weekdays)].filter((d) => Number.isInteger(d) && d >= 0 && d <= 6).sort((a, b) => a - b);
  const days = valid.length > 0 ? valid : [0, 1, 2, 3, 4, 5, 6];
  const monday = mondayOf(from);
  const todayWd = weekdayOf(from);
  // Index into `days` of the first study day on or after `from`, possibly in the following week.
  const firstIdx = days.findIndex((d) => d >= todayWd);
  const base = firstIdx === -1 ? days.length : firstIdx;
  return (index) => {
    const i = base + index;
    return monday + 7 * Math.floor(i / days.length) + days[i % days.length]!;
  };
}

function studyDaysPerWeek(settings: StudySettings): number {
  const n = new Set(settings.weekdays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6)).size;
  return n > 0 ? n : 7;
}

/** Study-day index holding cumulative hour position `hours` (fractions within a tiny tolerance count as whole). */
function studyDayIndex(hours: number, hoursPerDay: number, mode: 'start' | 'finish'): number {
  const v = hours / hoursPerDay;
  const eps = 1e-9 * Math.max(1, Math.abs(v));
  // The hour starting at position `hours` lies on day floor(v); the hour ending there lies on day ceil(v) - 1.
  return mode === 'start' ? Math.floor(v + eps) : Math.max(0, Math.ceil(v - eps) - 1);
}

/** Late by at most 14 days, or 10% of the remaining span when that is longer, is "at risk" rather than "behind". */
function goalStatus(finish: number | null, goal: number, from: number): GoalStatus {
  if (finish === null || finish <= goal) return 'on-track';
  const tolerance = Math.max(14, 0.1 * (finish - from));
  return finish - goal <= tolerance ? 'at-risk' : 'behind';
}

/**
 * Walks the remaining milestones in schedule order from max(startDate, today), hoursPerWeek spread evenly over the study
 * days, and gives each its first and last study day (day numbers). The one place hours become days: the forecast and
 * the header's projected finish both come from it.
 */
function eachScheduled(
  view: PathView,
  doc: UserDocument,
  settings: StudySettings,
  today: string,
  visit: (m: PathMilestone, hours: number, start: number, finish: number) => void,
): void {
  const from = Math.max(dayNumber(settings.startDate), dayNumber(today));
  const hoursPerDay = settings.hoursPerWeek / studyDaysPerWeek(settings);
  const calendar = studyCalendar(settings, from);
  let position = 0;
  for (const { m, hours } of scheduleOrder(view, doc, settings)) {
    const startIdx = studyDayIndex(position, hoursPerDay, 'start');
    position += hours;
    const finishIdx = Math.max(startIdx, studyDayIndex(position, hoursPerDay, 'finish'));
    visit(m, hours, calendar(startIdx), calendar(finishIdx));
  }
}

/**
 * The day (day number) on which the last of `hours` study hours, counted from max(startDate, today), is studied: the
 * same mapping the schedule uses, so the calibrated forecast (forecast.ts) lands on the plain forecast's days.
 */
export function finishDayOf(settings: StudySettings, today: string): (hours: number) => number {
  const from = Math.max(dayNumber(settings.startDate), dayNumber(today));
  const hoursPerDay = settings.hoursPerWeek / studyDaysPerWeek(settings);
  const calendar = studyCalendar(settings, from);
  return (hours) => calendar(studyDayIndex(hours, hoursPerDay, 'finish'));
}

/** The forecast's totals without its plan: what the header shows after each change and what a report prints. */
export type ForecastSummary = Pick<Forecast, 'done' | 'finish' | 'remainingHours' | 'goal'> & {
  /** The first scheduled milestones that are still to do (not started), as many as asked for. */
  next: PathMilestone[];
};

/**
 * The forecast's finish, remaining hours and goal, exactly as `forecast` gives them, and the next `nextCount` to-do
 * milestones in schedule order, without building the plan of every milestone (two date strings each) or the phases:
 * about half the forecast's cost, and a pass less over the milestones.
 */
export function forecastSummary(view: PathView, doc: UserDocument, settings: StudySettings, today: string, nextCount = 0): ForecastSummary {
  let last: number | null = null;
  let remaining = 0;
  const next: PathMilestone[] = [];
  eachScheduled(view, doc, settings, today, (m, hours, _start, finish) => {
    if (last === null || finish > last) last = finish;
    remaining += hours;
    if (next.length < nextCount && statusOf(doc, m.id) === 'todo') next.push(m);
  });
  const summary: ForecastSummary = { done: last === null, finish: last === null ? null : dayString(last), remainingHours: roundHours(remaining), next };
  if (settings.goalDate) {
    const from = Math.max(dayNumber(settings.startDate), dayNumber(today));
    summary.goal = { date: settings.goalDate, status: goalStatus(last, dayNumber(settings.goalDate), from) };
  }
  return summary;
}

/** Schedules the remaining milestones from max(startDate, today), hoursPerWeek spread evenly over the study days. */
export function forecast(view: PathView, doc: UserDocument, settings: StudySettings, today: string): Forecast {
  const from = Math.max(dayNumber(settings.startDate), dayNumber(today));
  const milestones: MilestoneForecast[] = [];
  const finishOf = new Map<string, number>();
  eachScheduled(view, doc, settings, today, (m, hours, start, finish) => {
    finishOf.set(m.id, finish);
    milestones.push({
      id: m.id,
      title: m.title,
      phaseId: view.phaseOf.get(m.id)?.id ?? '',
      remainingHours: hours,
      start: dayString(start),
      finish: dayString(finish),
    });
  });

  const estimate = estimator(settings.estimateOverrides);
  const phases: PhaseForecast[] = view.phases.map((phase) => {
    let remaining = 0;
    let finish: number | null = null;
    for (const m of view.inPhase.get(phase.id) ?? []) {
      remaining += remainingWith(m, doc.progress[m.id], estimate);
      const f = finishOf.get(m.id);
      if (f !== undefined && (finish === null || f > finish)) finish = f;
    }
    return {
      phaseId: phase.id,
      title: phase.title,
      remainingHours: roundHours(remaining),
      finish: finish === null ? null : dayString(finish),
      done: finish === null,
    };
  });

  const remainingHours = roundHours(milestones.reduce((sum, m) => sum + m.remainingHours, 0));
  let lastFinish: number | null = null;
  for (const f of finishOf.values()) if (lastFinish === null || f > lastFinish) lastFinish = f;
  const result: Forecast = {
    remainingHours,
    weeks: remainingHours === 0 ? 0 : Math.ceil(roundHours((remainingHours / settings.hoursPerWeek) * 10) - 1e-9) / 10,
    finish: lastFinish === null ? null : dayString(lastFinish),
    done: lastFinish === null,
    phases,
    milestones,
  };
  if (settings.goalDate) {
    result.goal = { date: settings.goalDate, status: goalStatus(lastFinish, dayNumber(settings.goalDate), from) };
  }
  return result;
}

