// The study plan's calls: hours, weekdays and dates, and the learner's own estimate for a milestone.
import { EstimateHoursSchema } from '../shared/document';
import { fail, ok } from '../shared/result';
import { DEFAULT_STUDY, studySettingsProblems, toDay } from '../shared/study';
import { noMilestone } from './answers';
import type { HandlerContext, Handlers } from './api';

export function planHandlers({ store, clock, milestoneOf, change }: HandlerContext): Pick<Handlers, 'saveStudySettings' | 'setEstimateOverride'> {
  return {
    saveStudySettings: async ({ hoursPerWeek, weekdays, startDate, goalDate }) => {
      const pathId = store.document.activePathId;
      if (!pathId) return fail('INVALID_INPUT', 'Choose a path before planning study time.');
      const current = store.document.study ?? DEFAULT_STUDY(toDay(clock()));
      const problems = studySettingsProblems({ hoursPerWeek, weekdays, startDate, goalDate }, toDay(clock()), current.goalDates[pathId]);
      if (problems.length > 0) return fail('INVALID_INPUT', problems.map((p) => p.message).join(' '));
      return ok(
        await change('Change the study plan', (doc) => {
          const base = doc.study ?? current;
          const goalDates = { ...base.goalDates };
          if (goalDate) goalDates[pathId] = goalDate;
          else delete goalDates[pathId];
          const study = { ...base, hoursPerWeek, weekdays: [...new Set(weekdays)].sort(), startDate, goalDates };
          return JSON.stringify(study) === JSON.stringify(doc.study) ? doc : { ...doc, study };
        }),
      );
    },
    setEstimateOverride: async ({ milestoneId, hours }) => {
      const milestone = milestoneOf(store.document, milestoneId);
      if (!milestone) return noMilestone(milestoneId);
      const checked = hours === null ? null : EstimateHoursSchema.safeParse(hours);
      if (checked && !checked.success) return fail('INVALID_INPUT', checked.error.issues[0]!.message);
      return ok(
        await change(`Change your estimate for ${milestone.title}`, (doc) => {
          const current = doc.study ?? DEFAULT_STUDY(toDay(clock()));
          const estimateOverrides = { ...current.estimateOverrides };
          if (hours === null || hours === milestone.estimateHours) delete estimateOverrides[milestoneId];
          else estimateOverrides[milestoneId] = hours;
          const unchanged = JSON.stringify(estimateOverrides) === JSON.stringify(current.estimateOverrides);
          return unchanged ? doc : { ...doc, study: { ...current, estimateOverrides } };
        }),
      );
    },
  };
}
