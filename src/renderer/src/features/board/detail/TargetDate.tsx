// The milestone's target date, with a pill saying whether the learner's pace reaches it.
import { Field } from '../../../components/Field';
import { useApp } from '../../../store/useApp';

const TARGET_TEXT = { done: 'Done', overdue: 'Overdue', 'at-risk': 'At risk at your pace', 'on-track': 'On track' } as const;

export function TargetDate({ milestoneId, saved, status }: { milestoneId: string; saved: string; status: keyof typeof TARGET_TEXT | null }) {
  const updateProgress = useApp((s) => s.updateProgress);
  return (
    <Field label={<>Target date {status && <span className={`target-pill target-${status}`}>{TARGET_TEXT[status]}</span>}</>}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={saved}
          onChange={(e) => void updateProgress(milestoneId, { targetDate: e.target.value === '' ? null : e.target.value })}
        />
      )}
    </Field>
  );
}
