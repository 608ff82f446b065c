// This week's study plan: the next milestones, in schedule order, that fit the weekly budget.
import type { UserDocument } from './document';
import type { PathView } from './pathView';
import { roundHours } from './progress';
import { scheduleOrder } from './scheduleOrder';
import type { StudySettings } from './study';
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
