// A milestone's checklist: one box per item, ticked and saved one at a time.
import type { Milestone } from '../../../../../shared/roadmap';
import { useApp } from '../../../store/useApp';

export function Checklist({ milestone, ticked }: { milestone: Milestone; ticked: readonly number[] }) {
  const updateProgress = useApp((s) => s.updateProgress);
  if (milestone.checklist.length === 0) return null;
  const ticks = new Set(ticked);
  return (
    <fieldset className="checklist">
      <legend>
        Checklist ({milestone.checklist.filter((_, i) => ticks.has(i)).length}/{milestone.checklist.length})
      </legend>
      {milestone.checklist.map((item, i) => (
        <label key={i} className="check-row">
          <input
            type="checkbox"
            checked={ticks.has(i)}
            onChange={(e) => void updateProgress(milestone.id, { step: { index: i, done: e.target.checked } })}
          />
          <span>{item}</span>
        </label>
      ))}
    </fieldset>
  );
}
