// What an undoable change is called in Edit > Undo: one wording, used by the service and by the renderer's instant copy.
import { COLUMN_TITLES } from './board';
import type { MilestoneStatus } from './document';
import type { ProgressChanges } from './mutations';

export const statusChangeLabel = (title: string, status: MilestoneStatus) => `Move ${title} to ${COLUMN_TITLES[status]}`;

export function progressChangeLabel(title: string, changes: ProgressChanges): string {
  const what =
    changes.checklist || changes.step
      ? 'Update the checklist of'
      : changes.criterion
        ? 'Update the rubric of'
        : changes.notes !== undefined
          ? 'Edit notes on'
          : changes.targetDate !== undefined
            ? 'Change the target date of'
            : changes.evidenceUrl !== undefined
              ? 'Change the evidence link of'
              : changes.inPlan !== undefined
                ? changes.inPlan
                  ? 'Add to your plan:'
                  : 'Take out of your plan:'
                : 'Change hours spent on';
  return `${what} ${title}`;
}
