// Progress dashboard numbers as pure functions: weekly streak, burn-up of done hours, and progress per phase and skill area.
import type { UserDocument } from './document';
import { dayNumber, mondayOf } from './calendar';
import type { PathMilestone, PathView } from './pathView';
import { estimator, roundHours, tally, type Tally } from './progress';
import { SKILL_AREAS } from './roadmap';

type History = UserDocument['history'];

/**
 * The calendar day of a history timestamp as it was written. applyStatus writes UTC, so a late-evening change west of
 * Greenwich lands on the next day; without the learner's zone in the document this is the most honest reading.
 */
const dayOfEntry = (at: string) => at.slice(0, 10);

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
 * History entries by time, the original order breaking ties. Timestamps with different offsets do not sort as text, so
 * each is parsed, once; a history is recorded in time order, so it is sorted only when it is not already in order.
 */
function inTimeOrder<E extends { at: string }>(entries: E[]): E[] {
  const times = entries.map((e) => Date.parse(e.at));
  if (times.every((t, i) => i === 0 || times[i - 1]! <= t)) return entries;
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => times[a.i]! - times[b.i]! || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * Burn-up of completed estimated hours on one path, replayed from the history: a first point with 0 on the first
 * day that touched this path, one point per day on which the done hours ended up different, and a last point at
 * `today`. Reaching done adds the milestone's estimate; leaving done takes it away again. Without any history for
 * the path the series is a single point at `today`.
 */
export function burnUp(
  view: PathView,
  doc: Pick<UserDocument, 'history' | 'progress' | 'study'>,
  today: string,
  /**
   * The same total as everywhere else (tally): the path's hours as it stands today, skipped milestones left out. A
   * caller that has already tallied the path passes it (a report does): a pass less over the milestones.
   */
  totalHours = tally(view.milestones, doc).hoursTotal,
): BurnUpPoint[] {
  const estimate = estimator(doc.study?.estimateOverrides);
  const hoursOf = (id: string) => {
    const m = view.byId.get(id);
    return m ? estimate(m) : 0;
  };
  const history = doc.history;
  const entries = inTimeOrder(history.filter((e) => view.byId.has(e.milestoneId) && dayOfEntry(e.at) <= today));

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
      doneHours = roundHours(doneHours + hoursOf(entry.milestoneId));
    } else if (entry.to !== 'done' && done.has(entry.milestoneId)) {
      done.delete(entry.milestoneId);
      doneHours = roundHours(doneHours - hoursOf(entry.milestoneId));
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

export interface AreaProgress extends Tally {
  key: string;
  label: string;
}

const area = (key: string, label: string, milestones: PathMilestone[], doc: UserDocument): AreaProgress => ({
  key,
  label,
  ...tally(milestones, doc),
});

/** Progress per phase of the path, in path order (key = phase id, label = phase title). */
export function progressByPhase(view: PathView, doc: UserDocument): AreaProgress[] {
  return view.phases.map((phase) => area(phase.id, phase.title, view.inPhase.get(phase.id) ?? [], doc));
}

/** Progress per skill area present on the path, in the roadmap schema's area order (key and label = area id). */
export function progressBySkillArea(view: PathView, doc: UserDocument): AreaProgress[] {
  return SKILL_AREAS.map((area) => ({ area, milestones: view.milestones.filter((m) => m.skillArea === area) }))
    .filter((x) => x.milestones.length > 0)
    .map((x) => area(x.area, x.area, x.milestones, doc));
}
