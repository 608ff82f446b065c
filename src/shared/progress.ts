// Progress rules as pure functions: status changes with their dates and history, and percentages per path.
import type { MilestoneProgress, MilestoneStatus, UserDocument } from './document';
import type { Roadmap } from './roadmap';

export function statusOf(doc: UserDocument, milestoneId: string): MilestoneStatus {
  return doc.progress[milestoneId]?.status ?? 'todo';
}

/** Moves a milestone to a status, keeping started/completed dates and the history honest. Returns the same doc when nothing changes. */
export function applyStatus(
  doc: UserDocument,
  milestoneId: string,
  to: MilestoneStatus,
  now: Date,
): UserDocument {
  const from = statusOf(doc, milestoneId);
  if (from === to) return doc;
  const at = now.toISOString();
  const previous: MilestoneProgress = doc.progress[milestoneId] ?? { status: 'todo' };
  const next: MilestoneProgress = { status: to };
  const startedAt = to === 'todo' ? undefined : (previous.startedAt ?? (to === 'skipped' ? undefined : at));
  if (startedAt) next.startedAt = startedAt;
  if (to === 'done') next.completedAt = at;
  return {
    ...doc,
    progress: { ...doc.progress, [milestoneId]: next },
    history: [...doc.history, { at, milestoneId, from, to }],
  };
}

export interface PathProgress {
  total: number;
  done: number;
  inProgress: number;
  skipped: number;
  /** Share of milestones handled (done or skipped), 0 to 100, rounded down so 100 means really all. */
  percent: number;
  /** Estimated hours of the done milestones, and of the whole path. */
  hoursDone: number;
  hoursTotal: number;
}

/** Progress over a path's milestones: a roadmap, or a PathView, which includes the learner's own milestones. */
export function pathProgress(roadmap: Pick<Roadmap, 'milestones'>, doc: UserDocument): PathProgress {
  const counts = { total: roadmap.milestones.length, done: 0, inProgress: 0, skipped: 0, hoursDone: 0, hoursTotal: 0 };
  for (const m of roadmap.milestones) {
    const s = statusOf(doc, m.id);
    counts.hoursTotal += m.estimateHours;
    if (s === 'done') counts.hoursDone += m.estimateHours;
    if (s === 'done') counts.done++;
    else if (s === 'in-progress') counts.inProgress++;
    else if (s === 'skipped') counts.skipped++;
  }
  const handled = counts.done + counts.skipped;
  const percent = counts.total === 0 ? 0 : Math.floor((handled / counts.total) * 100);
  return { ...counts, percent };
}
