// Ids of the droppable areas: a column, or one phase's cell of a column when the board is grouped by phase.
import type { MilestoneStatus } from '../../../../shared/document';
import { COLUMNS } from '../../../../shared/board';

export const containerId = (status: MilestoneStatus, phaseId?: string): string =>
  phaseId ? `column:${status}:${phaseId}` : `column:${status}`;

export function parseContainer(id: string): { status: MilestoneStatus; phaseId?: string } | null {
  const [kind, status, phaseId] = id.split(':');
  if (kind !== 'column' || !COLUMNS.includes(status as MilestoneStatus)) return null;
  return { status: status as MilestoneStatus, ...(phaseId ? { phaseId } : {}) };
}
