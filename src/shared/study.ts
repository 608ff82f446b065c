// Study settings as stored, and as the forecast wants them for one path.
import type { StudySettingsData } from './document';
import type { StudySettings } from './forecast';

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
