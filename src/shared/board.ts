// Board layout as a pure function: which milestones stand in which column, in roadmap order.
import type { MilestoneStatus, UserDocument } from './document';
import { statusOf } from './progress';
import { orderedMilestones, type Milestone, type Phase, type Roadmap } from './roadmap';

export interface BoardCard {
  milestone: Milestone;
  phase: Phase;
  order: number;
  status: MilestoneStatus;
  completedAt?: string;
}

export type BoardColumns = Record<MilestoneStatus, BoardCard[]>;

export const COLUMN_TITLES: Record<MilestoneStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

export function boardColumns(roadmap: Roadmap, doc: UserDocument): BoardColumns {
  const columns: BoardColumns = { todo: [], 'in-progress': [], done: [], skipped: [] };
  for (const { milestone, phase, order } of orderedMilestones(roadmap)) {
    const status = statusOf(doc, milestone.id);
    const completedAt = doc.progress[milestone.id]?.completedAt;
    columns[status].push({ milestone, phase, order, status, ...(completedAt ? { completedAt } : {}) });
  }
  return columns;
}
