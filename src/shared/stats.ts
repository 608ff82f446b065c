// Progress dashboard numbers as pure functions: weekly streak, burn-up of done hours, and progress per phase and skill area.
import type { MilestoneStatus, UserDocument } from './document';
import { dayNumber, mondayOf } from './forecast';
import type { PathMilestone, PathView } from './pathView';
import { statusOf } from './progress';
import { SKILL_AREAS } from './roadmap';

type History = UserDocument['history'];

/**
 * The calendar day of a history timestamp as it was written. applyStatus writes UTC, so a late-evening change west of
 * Greenwich lands on the next day; without the learner's zone in the document this is the most honest reading.
 */
const dayOfEntry = (at: string) => at.slice(0, 10);

const roundHours = (h: number) => Math.round(h * 100) / 100;

/**
 * Weeks in a row (ISO weeks, Monday start) with at least one milestone moved to done, counting back from the week
 * containing `today`; if this week has none yet, count from last week, since a streak is not broken until a full
 * week passes. Changes dated after `today` are ignored.
 */
export function weeklyStreak(history: History, today: string): { current: number; longest: number } {
  const todayNum = dayNumber(today);
  const weeks = new Set<number>();
  for (const entry of history) {
    if (entry.to !== 'done') continue;
    const day = dayNumber(dayOfEntry(entry.at));
    if (day <= todayNum) weeks.add(mondayOf(day));
  }

  let week = mondayOf(todayNum);
  if (!weeks.has(week)) week -= 7;
  let current = 0;
  while (weeks.has(week)) {
    current++;
    week -= 7;
  }

  let longest = 0;
  for (const monday of weeks) {
    if (weeks.has(monday - 7)) continue; // only count runs from their first week
    let run = 0;
    while (weeks.has(monday + 7 * run)) run++;
    longest = Math.max(longest, run);
  }
  return { current, longest };
}

export interface BurnUpPoint {
  date: string;
  doneHours: number;
  totalHours: number;
}

/**
 * Burn-up of completed estimated hours on one path, replayed from the history: a first point with 0 on the first
 * day that touched this path, one point per day on which the done hours ended up different, and a last point at
 * `today`. Reaching done adds the milestone's estimate; leaving done takes it away again. Without any history for
 * the path the series is a single point at `today`.
 */
export function burnUp(
  view: PathView,
  history: History,
  today: string,
  estimateOf: (id: string) => number = (id) => view.byId.get(id)?.estimateHours ?? 0,
): BurnUpPoint[] {
  const totalHours = roundHours(view.milestones.reduce((sum, m) => sum + estimateOf(m.id), 0));
  const entries = history
    .filter((e) => view.byId.has(e.milestoneId) && dayOfEntry(e.at) <= today)
    .map((e, i) => ({ e, i }))
    // Timestamps with different offsets do not sort as text; the original order breaks ties.
    .sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i)
    .map(({ e }) => e);

  const points: BurnUpPoint[] = [];
  const first = entries[0];
  if (first) points.push({ date: dayOfEntry(first.at), doneHours: 0, totalHours });

  // Replayed from each entry's destination rather than its `from`, so a history with a gap cannot count a milestone twice.
  const done = new Set<string>();
  let doneHours = 0;
  const record = (date: string) => {
    const last = points[points.length - 1];
    if (last && last.doneHours === doneHours) return;
    points.push({ date, doneHours, totalHours });
  };
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.to === 'done' && !done.has(entry.milestoneId)) {
      done.add(entry.milestoneId);
      doneHours = roundHours(doneHours + estimateOf(entry.milestoneId));
    } else if (entry.to !== 'done' && done.has(entry.milestoneId)) {
      done.delete(entry.milestoneId);
      doneHours = roundHours(doneHours - estimateOf(entry.milestoneId));
    }
    const day = dayOfEntry(entry.at);
    const next = entries[i + 1];
    if (!next || dayOfEntry(next.at) !== day) record(day);
  }

  const last = points[points.length - 1];
  if (last?.date === today) return points;
  points.push({ date: today, doneHours, totalHours });
  return points;
}

export interface AreaProgress {
  key: string;
  label: string;
  /** Handled milestones: done or skipped, as in pathProgress. */
  done: number;
  total: number;
  /** Share handled, 0 to 100, rounded down so 100 means really all. */
  percent: number;
  /** Estimated hours of the done milestones (skipped ones were not studied), and of all of them. */
  hoursDone: number;
  hoursTotal: number;
}

const isHandled = (s: MilestoneStatus) => s === 'done' || s === 'skipped';

function tally(key: string, label: string, milestones: PathMilestone[], doc: UserDocument): AreaProgress {
  let done = 0;
  let hoursDone = 0;
  let hoursTotal = 0;
  for (const m of milestones) {
    const status = statusOf(doc, m.id);
    hoursTotal += m.estimateHours;
    if (isHandled(status)) done++;
    if (status === 'done') hoursDone += m.estimateHours;
  }
  const total = milestones.length;
  return {
    key,
    label,
    done,
    total,
    percent: total === 0 ? 0 : Math.floor((done / total) * 100),
    hoursDone: roundHours(hoursDone),
    hoursTotal: roundHours(hoursTotal),
  };
}

/** Progress per phase of the path, in path order (key = phase id, label = phase title). */
export function progressByPhase(view: PathView, doc: UserDocument): AreaProgress[] {
  return view.phases.map((phase) =>
    tally(
      phase.id,
      phase.title,
      view.milestones.filter((m) => view.phaseOf.get(m.id)?.id === phase.id),
      doc,
    ),
  );
}

/** Progress per skill area present on the path, in the roadmap schema's area order (key and label = area id). */
export function progressBySkillArea(view: PathView, doc: UserDocument): AreaProgress[] {
  return SKILL_AREAS.map((area) => ({ area, milestones: view.milestones.filter((m) => m.skillArea === area) }))
    .filter((x) => x.milestones.length > 0)
    .map((x) => tally(x.area, x.area, x.milestones, doc));
}
