// A milestone's target date against its projected finish: done, overdue, at risk or on track.

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
