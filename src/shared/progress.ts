// Progress rules as pure functions: status changes with their dates and history, and the one definition of a path's
// progress (counts, estimates, hours) that the board, plan, dashboard, report and CLI all use.
import { HISTORY_MAX, type MilestoneProgress, type MilestoneStatus, type UserDocument } from './document';
import type { Milestone } from './roadmap';


export function statusOf(doc: Pick<UserDocument, 'progress'>, milestoneId: string): MilestoneStatus {
  return doc.progress[milestoneId]?.status ?? 'todo';
}

/** Done or skipped: nothing is left to study on it. */
export const isHandled = (status: MilestoneStatus): boolean => status === 'done' || status === 'skipped';

/**
 * Moves a milestone to a status. Only the status and its dates change: notes, checklist ticks, hours, target date and
 * evidence stay. `startedAt` is kept once work began (cleared when the card goes back to To do), `completedAt` is set
 * on reaching Done and cleared on leaving it. Returns the same doc when nothing changes.
 */
export function applyStatus(doc: UserDocument, milestoneId: string, to: MilestoneStatus, now: Date): UserDocument {
  const from = statusOf(doc, milestoneId);
  if (from === to) return doc;
  const at = now.toISOString();
  const { startedAt, completedAt: _completed, ...kept } = doc.progress[milestoneId] ?? { status: 'todo' as const };
  const next: MilestoneProgress = { ...kept, status: to };
  const started = to === 'todo' ? undefined : (startedAt ?? (to === 'skipped' ? undefined : at));
  if (started) next.startedAt = started;
  if (to === 'done') next.completedAt = at;
  return { ...doc, progress: withEntry(doc.progress, milestoneId, next), history: appendHistory(doc.history, [{ at, milestoneId, from, to }]) };
}

/**
 * The progress record with one milestone's entry replaced. An entry that says nothing but "to do" is the same as no entry
 * and is dropped, so no later change can record an undo step that only removes an empty entry.
 */
export function withEntry(progress: UserDocument['progress'], milestoneId: string, entry: MilestoneProgress): UserDocument['progress'] {
  return withEntries(progress, [[milestoneId, Object.keys(entry).length === 1 && entry.status === 'todo' ? null : entry]]);
}

/** A copy of the progress record with these entries set (null: removed). A copy of ~400 entries is a few µs. */
export function withEntries(
  progress: UserDocument['progress'],
  changes: Iterable<readonly [string, MilestoneProgress | null]>,
): UserDocument['progress'] {
  const next = { ...progress };
  for (const [id, entry] of changes) {
    if (entry) next[id] = entry;
    else delete next[id];
  }
  return next;
}

/** Appends status changes to the history, keeping the newest HISTORY_MAX (years of daily study). */
export function appendHistory(history: UserDocument['history'], entries: UserDocument['history']): UserDocument['history'] {
  if (entries.length === 0) return history;
  const all = [...history, ...entries];
  return all.length > HISTORY_MAX ? all.slice(all.length - HISTORY_MAX) : all;
}

type Estimated = Pick<Milestone, 'id' | 'estimateHours'>;
type Overrides = Readonly<Record<string, number>> | undefined;
const usable = (override: unknown): override is number => typeof override === 'number' && Number.isFinite(override) && override > 0;

/** The estimate of each milestone: the learner's own (from the study settings) when they set one, else the built-in one. */
export function estimator(overrides: Overrides): (m: Estimated) => number {
  return (m) => {
    const own = overrides && Object.hasOwn(overrides, m.id) ? overrides[m.id] : undefined;
    return usable(own) ? own : m.estimateHours;
  };
}

export interface Tally {
  total: number;
  todo: number;
  inProgress: number;
  done: number;
  skipped: number;
  /** Done or skipped. */
  handled: number;
  /** Share handled, 0 to 100, rounded down so 100 means really all. */
  percent: number;
  /** Estimated hours (the learner's estimates where set) of the done milestones. */
  hoursDone: number;
  /** Estimated hours of every milestone that is not skipped: what the path asks of the learner. */
  hoursTotal: number;
  /** Optional milestones not in the learner's plan: left out of everything above. */
  optionalLeftOut: number;
}

/** Hours are kept to the hundredth so sums of fractional hours do not print as 5.999999. */
export const roundHours = (h: number): number => Math.round(h * 100) / 100;

type Counted = Pick<Milestone, 'id' | 'estimateHours' | 'optional'>;

/**
 * Whether a milestone counts toward its path, given its progress entry: every required one, and an optional one (a
 * certification, an alternative framework) once the learner added it to their plan or started it.
 */
export function counts(m: Pick<Milestone, 'optional'>, p: MilestoneProgress | undefined): boolean {
  return m.optional !== true || p?.inPlan === true || p?.status === 'in-progress' || p?.status === 'done';
}

/**
 * The one definition of progress over a set of milestones: counts by status, handled share and estimated hours, over
 * the milestones that count toward the path (see counts); `optional` counts the ones left out.
 */
export function tally(milestones: ReadonlyArray<Counted>, doc: Pick<UserDocument, 'progress' | 'study'>): Tally {
  const t = { total: 0, todo: 0, inProgress: 0, done: 0, skipped: 0, hoursDone: 0, hoursTotal: 0 };
  const estimate = estimator(doc.study?.estimateOverrides);
  for (const m of milestones) {
    const p = doc.progress[m.id];
    if (!counts(m, p)) continue;
    t.total++;
    const status = p?.status ?? 'todo';
    const hours = estimate(m);
    if (status === 'todo') t.todo++;
    else if (status === 'in-progress') t.inProgress++;
    else if (status === 'done') t.done++;
    else t.skipped++;
    if (status !== 'skipped') t.hoursTotal += hours;
    if (status === 'done') t.hoursDone += hours;
  }
  const handled = t.done + t.skipped;
  return {
    ...t,
    handled,
    percent: t.total === 0 ? 0 : Math.floor((handled / t.total) * 100),
    hoursDone: roundHours(t.hoursDone),
    hoursTotal: roundHours(t.hoursTotal),
    optionalLeftOut: milestones.length - t.total,
  };
}

export type PathProgress = Tally;

/** Progress over a path's milestones: a roadmap, or a PathView, which includes the learner's own milestones. */
export function pathProgress(path: { milestones: ReadonlyArray<Counted> }, doc: Pick<UserDocument, 'progress' | 'study'>): PathProgress {
  return tally(path.milestones, doc);
}
