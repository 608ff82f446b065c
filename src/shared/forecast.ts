// Study planning as pure functions: validate the learner's study settings, project finish dates, plan this week.
import type { UserDocument } from './document';
import type { PathMilestone, PathView } from './pathView';
import { estimateOf, isHandled, roundHours, statusOf } from './progress';

export interface StudySettings {
  hoursPerWeek: number;
  /** Study days, 0 = Monday ... 6 = Sunday. */
  weekdays: number[];
  startDate: string;
  goalDate?: string;
  /** Milestone id -> hours; replaces the built-in estimate. */
  estimateOverrides?: Record<string, number>;
}

export const MAX_HOURS_PER_WEEK = 112;
export const MAX_ESTIMATE_HOURS = 1000;

// ---- Calendar days ----------------------------------------------------------------------------------------------
// A day is a 'YYYY-MM-DD' string; arithmetic happens on whole days since 1970-01-01 in UTC, so no time zone or
// daylight-saving change can move a date.

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Absurdly small weekly budgets would project past what Date can print; the calendar stops at the last 4-digit year.
const LAST_DAY = Date.UTC(9999, 11, 31) / MS_PER_DAY;

/** True for a real calendar day written 'YYYY-MM-DD' (so '2026-02-30' is false). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' day. */
export function dayNumber(day: string): number {
  const [y = 1970, m = 1, d = 1] = day.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The 'YYYY-MM-DD' day a number of days after 1970-01-01. */
export function dayString(n: number): string {
  return new Date(Math.min(n, LAST_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayString(dayNumber(day) + days);
}

/** 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** The Monday of the ISO week containing day number `n`, as a day number. */
export function mondayOf(n: number): number {
  return n - weekdayOf(n);
}

// ---- Settings ---------------------------------------------------------------------------------------------------

export interface SettingsProblem {
  field: 'hoursPerWeek' | 'weekdays' | 'startDate' | 'goalDate' | 'estimateOverrides';
  message: string;
}

/** Field-level problems with settings (empty when valid); `today` is 'YYYY-MM-DD'. An empty goalDate means no goal. */
export function validateStudySettings(s: StudySettings, today: string): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const hours = s.hoursPerWeek;
  if (typeof hours !== 'number' || !Number.isFinite(hours)) {
    problems.push({ field: 'hoursPerWeek', message: 'Enter your study time as a number of hours per week.' });
  } else if (hours <= 0) {
    problems.push({ field: 'hoursPerWeek', message: 'Study time must be more than 0 hours a week.' });
  } else if (hours > MAX_HOURS_PER_WEEK) {
    problems.push({
      field: 'hoursPerWeek',
      message: `There are only ${MAX_HOURS_PER_WEEK} waking hours in a week: enter ${MAX_HOURS_PER_WEEK} or fewer.`,
    });
  }

  const days = Array.isArray(s.weekdays) ? s.weekdays : [];
  if (days.length === 0) {
    problems.push({ field: 'weekdays', message: 'Pick at least one day of the week to study on.' });
  } else if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
    problems.push({ field: 'weekdays', message: 'Study days must be days of the week, Monday to Sunday.' });
  } else if (new Set(days).size !== days.length) {
    problems.push({ field: 'weekdays', message: 'Each study day can be picked only once.' });
  }

  const startOk = isDay(s.startDate);
  if (!startOk) problems.push({ field: 'startDate', message: 'Enter the start date as a real date (YYYY-MM-DD).' });

  if (s.goalDate !== undefined && s.goalDate !== '') {
    if (!isDay(s.goalDate)) {
      problems.push({ field: 'goalDate', message: 'Enter the goal date as a real date (YYYY-MM-DD).' });
    } else if (startOk && s.goalDate < s.startDate) {
      problems.push({ field: 'goalDate', message: 'The goal date is before the start date: the dates are in the wrong order.' });
    } else if (s.goalDate < today) {
      problems.push({ field: 'goalDate', message: 'The goal date is in the past: pick today or a later day.' });
    }
  }

  for (const [id, value] of Object.entries(s.estimateOverrides ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_ESTIMATE_HOURS) {
      problems.push({
        field: 'estimateOverrides',
        message: `The estimate for "${id}" must be a number of hours, more than 0 and at most ${MAX_ESTIMATE_HOURS.toLocaleString('en')}.`,
      });
    }
  }
  return problems;
}

// ---- Forecast ---------------------------------------------------------------------------------------------------

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


/** Hours still to study on a milestone: none once handled, otherwise the estimate minus the hours already spent. */
function remainingOf(m: PathMilestone, doc: UserDocument, settings: StudySettings): number {
  if (isHandled(statusOf(doc, m.id))) return 0;
  const spent = doc.progress[m.id]?.hoursSpent ?? 0;
  return roundHours(Math.max(0, estimateOf(m, settings.estimateOverrides) - spent));
}

/**
 * The milestones with hours left, in the order they will be studied: never before a remaining prerequisite; among
 * the ones that can go next, in-progress work (and whatever it still waits on) first, then path order.
 */
function scheduleOrder(view: PathView, doc: UserDocument, settings: StudySettings): Array<{ m: PathMilestone; hours: number }> {
  const pending = view.milestones
    .map((m) => ({ m, hours: remainingOf(m, doc, settings) }))
    .filter((x) => x.hours > 0);
  const pendingIds = new Set(pending.map((x) => x.m.id));
  const prereqsOf = (m: PathMilestone) => m.prerequisites.filter((id) => id !== m.id && pendingIds.has(id));

  // An in-progress milestone pulls its unfinished prerequisites forward with it.
  const urgent = new Set<string>();
  const pull = (id: string) => {
    if (urgent.has(id)) return;
    urgent.add(id);
    const m = view.byId.get(id);
    if (m) prereqsOf(m).forEach(pull);
  };
  for (const { m } of pending) if (statusOf(doc, m.id) === 'in-progress') pull(m.id);

  const rank = (m: PathMilestone) => (urgent.has(m.id) ? 0 : 1_000_000) + (view.order.get(m.id) ?? 0);
  const scheduled = new Set<string>();
  const result: Array<{ m: PathMilestone; hours: number }> = [];
  let left = [...pending];
  while (left.length > 0) {
    const ready = left.filter((x) => prereqsOf(x.m).every((id) => scheduled.has(id)));
    // A prerequisite loop cannot be honoured; rather than stall, the loop is broken in path order.
    const pool = ready.length > 0 ? ready : left;
    const next = pool.reduce((best, x) => (rank(x.m) < rank(best.m) ? x : best));
    result.push(next);
    scheduled.add(next.m.id);
    left = left.filter((x) => x !== next);
  }
  return result;
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

/** Schedules the remaining milestones from max(startDate, today), hoursPerWeek spread evenly over the study days. */
export function forecast(view: PathView, doc: UserDocument, settings: StudySettings, today: string): Forecast {
  const from = Math.max(dayNumber(settings.startDate), dayNumber(today));
  const hoursPerDay = settings.hoursPerWeek / studyDaysPerWeek(settings);
  const calendar = studyCalendar(settings, from);

  const milestones: MilestoneForecast[] = [];
  const finishOf = new Map<string, number>();
  let position = 0;
  for (const { m, hours } of scheduleOrder(view, doc, settings)) {
    const startIdx = studyDayIndex(position, hoursPerDay, 'start');
    position += hours;
    const finishIdx = Math.max(startIdx, studyDayIndex(position, hoursPerDay, 'finish'));
    const finish = calendar(finishIdx);
    finishOf.set(m.id, finish);
    milestones.push({
      id: m.id,
      title: m.title,
      phaseId: view.phaseOf.get(m.id)?.id ?? '',
      remainingHours: hours,
      start: dayString(calendar(startIdx)),
      finish: dayString(finish),
    });
  }

  const phases: PhaseForecast[] = view.phases.map((phase) => {
    let remaining = 0;
    let finish: number | null = null;
    for (const m of view.milestones) {
      if (view.phaseOf.get(m.id)?.id !== phase.id) continue;
      remaining += remainingOf(m, doc, settings);
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
  const lastFinish = milestones.length > 0 ? Math.max(...finishOf.values()) : null;
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

// ---- This week --------------------------------------------------------------------------------------------------

export interface WeekPlanItem {
  id: string;
  title: string;
  hours: number;
  partial: boolean;
}

/**
 * The next milestones, in schedule order, that fit this week's budget (Monday..Sunday containing `today`). Hours
 * already studied this week are not tracked, so the budget is the whole of hoursPerWeek; the first milestone that
 * does not fit entirely is included with the hours that do.
 */
export function weekPlan(
  view: PathView,
  doc: UserDocument,
  settings: StudySettings,
  _today: string,
): { items: WeekPlanItem[]; budget: number; left: number } {
  const budget = settings.hoursPerWeek;
  let left = budget;
  const items: WeekPlanItem[] = [];
  for (const { m, hours } of scheduleOrder(view, doc, settings)) {
    if (left <= 0) break;
    if (hours <= left) {
      items.push({ id: m.id, title: m.title, hours, partial: false });
      left = roundHours(left - hours);
    } else {
      items.push({ id: m.id, title: m.title, hours: roundHours(left), partial: true });
      left = 0;
      break;
    }
  }
  return { items, budget, left: Math.max(0, roundHours(left)) };
}

// ---- Target dates -----------------------------------------------------------------------------------------------

/**
 * A milestone's target date status: 'done' once handled, 'overdue' when the target has passed, 'at-risk' when the
 * projected finish falls after the target, 'on-track' otherwise; null without a target.
 */
export function targetStatus(
  targetDate: string | undefined,
  handled: boolean,
  projectedFinish: string | undefined,
  today: string,
): 'done' | 'overdue' | 'at-risk' | 'on-track' | null {
  if (!targetDate) return null;
  if (handled) return 'done';
  if (targetDate < today) return 'overdue';
  if (projectedFinish && projectedFinish > targetDate) return 'at-risk';
  return 'on-track';
}
