// Study settings: as stored, as the schedule wants them for one path, and the one rule that checks what a learner enters.
import { z } from 'zod';
import { HoursPerWeekSchema, WeekdaysSchema, type StudySettingsData } from './document';

/** The settings the schedule works from, for one path. */
export interface StudySettings {
  hoursPerWeek: number;
  /** Study days, 0 = Monday ... 6 = Sunday. */
  weekdays: number[];
  startDate: string;
  goalDate?: string;
  /** Milestone id -> hours; replaces the built-in estimate. */
  estimateOverrides?: Record<string, number>;
}

/** The plan a learner starts with until they set their own: 8 hours a week, Monday to Friday, from today. */
export const DEFAULT_STUDY = (today: string): StudySettingsData => ({
  hoursPerWeek: 8,
  weekdays: [0, 1, 2, 3, 4],
  startDate: today,
  goalDates: {},
  estimateOverrides: {},
});

export function studySettingsFor(study: StudySettingsData | undefined, pathId: string, today: string): StudySettings {
  const s = study ?? DEFAULT_STUDY(today);
  const goalDate = s.goalDates[pathId];
  return {
    hoursPerWeek: s.hoursPerWeek,
    weekdays: s.weekdays,
    startDate: s.startDate,
    estimateOverrides: s.estimateOverrides,
    ...(goalDate ? { goalDate } : {}),
  };
}

/** The calendar day of an instant in the learner's local time zone, as YYYY-MM-DD. */
export function toDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** What the plan form sends and the service saves. An empty or null goal date means no goal. */
export const StudyFormSchema = z.object({
  hoursPerWeek: HoursPerWeekSchema,
  weekdays: WeekdaysSchema,
  startDate: z.iso.date({ message: 'Enter the start date as a real date (YYYY-MM-DD).' }),
  goalDate: z.iso.date({ message: 'Enter the goal date as a real date (YYYY-MM-DD).' }).nullish().or(z.literal('')),
});
export type StudyForm = z.input<typeof StudyFormSchema>;

export type SettingsField = 'hoursPerWeek' | 'weekdays' | 'startDate' | 'goalDate';
export interface SettingsProblem {
  field: SettingsField;
  message: string;
}

/**
 * The one rule for study settings: the plan form shows these problems at its fields and the service refuses with
 * them. A goal date must not be before the start date nor in the past, except the goal already saved (`savedGoal`),
 * which may have passed since: that shows as "behind" instead of blocking every other change.
 */
export function studySettingsProblems(form: StudyForm, today: string, savedGoal?: string): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const parsed = StudyFormSchema.safeParse(form);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SettingsField;
      if (!problems.some((p) => p.field === field)) problems.push({ field, message: issue.message });
    }
  }
  const { startDate, goalDate } = form;
  const datesOk = !problems.some((p) => p.field === 'startDate' || p.field === 'goalDate');
  if (datesOk && goalDate) {
    if (goalDate < startDate) {
      problems.push({ field: 'goalDate', message: 'The goal date is before the start date: the dates are in the wrong order.' });
    } else if (goalDate < today && goalDate !== savedGoal) {
      problems.push({ field: 'goalDate', message: 'The goal date is in the past: pick today or a later day.' });
    }
  }
  return problems;
}
